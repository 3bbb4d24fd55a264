using Disclosure.Rendering.Pages;
using Disclosure.Reports;

namespace Disclosure.Rendering.Report;

/// <summary>
/// The report's public web page, <c>index.html</c>: one self-contained document (inline CSS, no script, no request
/// to anywhere) drawn from the <see cref="AnnualReport"/> alone. Links to the report's other outputs are relative
/// (report.pdf, report.json, report.csv), so the page works wherever the four files are written together.
/// </summary>
public static class ReportPage
{
    /// <summary>The name the page is published under, beside report.pdf, report.json and report.csv.</summary>
    public const string FileName = "index.html";

    public static string Render(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return PageRenderer.Render<ReportDocument>(new Dictionary<string, object?> { [nameof(ReportDocument.Report)] = report });
    }
}
