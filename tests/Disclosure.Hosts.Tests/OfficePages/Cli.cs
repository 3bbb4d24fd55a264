using System.Diagnostics;

namespace Disclosure.Hosts.Tests.OfficePages;

/// <summary>The <c>disclosure</c> command run as a process from its own build output, with no storage setting: exit code and everything it printed.</summary>
internal static class Cli
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment.Remove("AzureWebJobsStorage");
        var root = Disclosure.Development.Azurite.RepositoryRoot.Find(AppContext.BaseDirectory)!;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        start.ArgumentList.Add(Path.Combine(root, "src", "Disclosure.Cli", "bin", configuration, "net10.0", "disclosure.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(guard.Token);
        return (process.ExitCode, await output + await error);
    }
}
