using System.Security.Cryptography;
using System.Text;
using Disclosure.Rendering.Pdf;
using Disclosure.Rendering.Report;
using Disclosure.Rendering.OpenData;
using Disclosure.Reports;

namespace Disclosure.Rendering;

/// <summary>One file of a report's outputs, as rendered: its name in the report's folder and its bytes.</summary>
public sealed record RenderedOutput(string FileName, string ContentType, byte[] Content)
{
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Content));
}

/// <summary>One file written by <see cref="ReportOutputs.WriteAll"/>: where, how large, and the sha256 of its bytes.</summary>
public sealed record WrittenOutput(string FileName, string Path, long Length, string Sha256);

/// <summary>
/// Every output of one report, in one place, for every caller (the offline <c>disclosure report</c>, drafts, publishing):
/// DESIGN.md's four files <c>report.pdf</c>, <c>index.html</c>, <c>report.json</c>, <c>report.csv</c>. Each is one line of
/// <see cref="Renderers"/>.
/// </summary>
public static class ReportOutputs
{
    /// <summary>
    /// The renderers, in the order their files are written.
    /// </summary>
    private static readonly (string FileName, string ContentType, Func<AnnualReport, byte[]> Render)[] Renderers =
    [
        (ReportPdfRenderer.FileName, "application/pdf", report => ReportPdfRenderer.Shared.Render(report)),
        (ReportPage.FileName, "text/html; charset=utf-8", report => Encoding.UTF8.GetBytes(ReportPage.Render(report))),
        (ReportJson.FileName, "application/json; charset=utf-8", ReportJson.Render),
        (ReportCsv.FileName, "text/csv; charset=utf-8", ReportCsv.Render),
    ];

    /// <summary>The names of the files a report has, in the order they are rendered.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [.. Renderers.Select(r => r.FileName)];

    /// <summary>Every output of the report, in memory (for write-once storage and the manifest's hashes).</summary>
    public static IReadOnlyList<RenderedOutput> RenderAll(AnnualReport report) =>
        [.. Renderers.Select(r => new RenderedOutput(r.FileName, r.ContentType, r.Render(report)))];

    /// <summary>Renders every output into <paramref name="directory"/> (created when absent; files of the same name are replaced).</summary>
    public static IReadOnlyList<WrittenOutput> WriteAll(AnnualReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<WrittenOutput>();
        foreach (var output in RenderAll(report))
        {
            var path = Path.Combine(directory, output.FileName);
            File.WriteAllBytes(path, output.Content);
            written.Add(new WrittenOutput(output.FileName, path, output.Content.LongLength, output.Sha256));
        }

        return written;
    }
}
