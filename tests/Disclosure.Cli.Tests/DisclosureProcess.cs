using System.Diagnostics;
using System.Text;

namespace Disclosure.Cli.Tests;

/// <summary>Runs the real <c>disclosure</c> program, as a user would, and captures what it prints.</summary>
public static class DisclosureProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args) => RunWith(null, args);

    /// <summary>Runs with <c>AzureWebJobsStorage</c> set, as a deployment would configure it.</summary>
    public static Result RunWith(string? storageConnection, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        if (storageConnection is not null)
        {
            start.Environment["AzureWebJobsStorage"] = storageConnection;
        }

        PassOnMutantUnderTest(start);
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "disclosure.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("disclosure " + string.Join(' ', args) + " did not finish");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>
    /// Mutation testing (<c>scripts/mutate.sh cli</c>): Stryker.NET turns a mutant on inside this process, in a static of
    /// the class it injects into the mutated CLI assembly, so the child process would run unmutated. The child's copy of that
    /// class reads the mutant from the environment variable named by <c>STRYKER_MUTANT_ID_CONTROL_VAR</c> instead. Outside
    /// a Stryker run the class does not exist and nothing is passed.
    /// </summary>
    private static void PassOnMutantUnderTest(ProcessStartInfo start)
    {
        var control = typeof(Commands.UploadCommand).Assembly.GetTypes().FirstOrDefault(t => t.Name == "MutantControl");
        if (control?.GetField("ActiveMutant")?.GetValue(null) is int mutant && mutant >= 0)
        {
            start.Environment["STRYKER_MUTANT_ID_CONTROL_VAR"] = "DISCLOSURE_MUTANT_UNDER_TEST";
            start.Environment["DISCLOSURE_MUTANT_UNDER_TEST"] = mutant.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
