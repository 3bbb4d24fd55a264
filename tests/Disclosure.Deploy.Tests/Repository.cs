using System.Diagnostics;
using System.Reflection;

namespace Disclosure.Deploy.Tests;

/// <summary>The repository's folders and the processes the tests run (the Bicep CLI, bash).</summary>
internal static class Repository
{
    /// <summary>The folder holding azure.yaml, found upwards from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    public static string Infra => Path.Combine(Root, "infra");

    /// <summary>The Bicep CLI of the PackageDownload in Directory.Packages.props.</summary>
    public static string BicepCli
    {
        get
        {
            var path = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCli").Value!;
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The Bicep CLI is missing at {path}: restore tests/Disclosure.Deploy.Tests (PackageDownload Azure.Bicep.CommandLine.linux-x64).", path);
            }

            // NuGet may extract the binary without its execute bit.
            if (!OperatingSystem.IsWindows() && File.GetUnixFileMode(path) is var mode && !mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
            }

            return path;
        }
    }

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The Bicep CLI's telemetry and update checks stay off: CI has no network.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A guard against a hang, not a speed assertion.
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish.");
        }

        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "azure.yaml")) && Directory.Exists(Path.Combine(dir.FullName, "infra")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (azure.yaml beside infra/) was not found above the test assembly.");
    }
}

internal sealed record ProcessResult(int ExitCode, string Output, string Error);
