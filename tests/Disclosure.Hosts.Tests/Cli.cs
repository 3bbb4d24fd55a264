using System.Diagnostics;
using System.Text;

namespace Disclosure.Hosts.Tests;

/// <summary>What a run of the <c>disclosure</c> command gave: its exit code, its standard output as bytes, its standard error.</summary>
internal sealed record CliRun(int ExitCode, byte[] Output, string Error)
{
    /// <summary>Everything it printed, for assertions and failure messages.</summary>
    public string Text => Encoding.UTF8.GetString(Output) + Error;
}

/// <summary>
/// The <c>disclosure</c> command run as a process from its own build output (built through the project reference):
/// beside this test's assemblies its dependencies are those of an ASP.NET Core application, which the CLI's runtime
/// configuration does not load.
/// </summary>
internal static class Cli
{
    /// <summary>Runs it with <paramref name="storage"/> as its <c>AzureWebJobsStorage</c> (null: no storage setting at all).</summary>
    public static async Task<CliRun> RunAsync(string? storage, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (storage is null)
        {
            start.Environment.Remove("AzureWebJobsStorage");
        }
        else
        {
            start.Environment["AzureWebJobsStorage"] = storage;
        }

        var root = Disclosure.Development.Azurite.RepositoryRoot.Find(AppContext.BaseDirectory)!;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        start.ArgumentList.Add(Path.Combine(root, "src", "Disclosure.Cli", "bin", configuration, "net10.0", "disclosure.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var error = process.StandardError.ReadToEndAsync();
        // A guard against a hang, not a time limit on the command.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(guard.Token);
        await copy;
        return new CliRun(process.ExitCode, output.ToArray(), await error);
    }
}
