using System.Diagnostics;

namespace Disclosure.Rendering.Tests.Pdf;

/// <summary>
/// Debian's poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm), run on a PDF file. A missing tool fails the test
/// with the line that installs it: CI installs the package (.ci/run), nothing passes silently without it.
/// </summary>
internal static class Poppler
{
    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"{tool} is not installed: the PDF tests read the report with poppler-utils (apt-get install -y poppler-utils; .ci/run installs it).", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} exited {process.ExitCode}: {error}");
            return output.Result;
        }
    }
}
