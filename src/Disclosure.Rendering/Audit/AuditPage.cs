using System.Globalization;
using System.Text;
using Disclosure.Audit;
using Disclosure.Form;
using Disclosure.Rendering.OpenData;
using Disclosure.Rendering.Pages;
using Disclosure.Validation;

namespace Disclosure.Rendering.Audit;

/// <summary>
/// The audit's summary page (<see cref="AuditDocument"/>) and its CSV: one row per report with body, year, verdict,
/// counts and the figures not read. Text comes from reports, so Razor encodes it and the CSV neutralises it.
/// </summary>
public static class AuditPage
{
    private const int FindingsShown = 5;


    public static string Render(IReadOnlyList<AuditEntry> entries, DateTimeOffset generated) =>
        PageRenderer.Render<AuditDocument>(new Dictionary<string, object?>
        {
            [nameof(AuditDocument.Entries)] = entries,
            [nameof(AuditDocument.Generated)] = generated,
        });

    /// <summary>UTF-8 with BOM, CRLF: file,body,year,verdict,errors,warnings,previous_file,unread_figures,rules.</summary>
    public static byte[] Csv(IReadOnlyList<AuditEntry> entries)
    {
        var csv = new StringBuilder();
        CsvText.AppendRecord(csv, "file", "body", "year", "verdict", "errors", "warnings", "previous_file", "unread_figures", "rules");
        foreach (var e in entries)
        {
            CsvText.AppendRecord(csv,
                CsvText.TextField(e.File),
                CsvText.TextField(e.Body ?? ""),
                e.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
                AuditEntry.VerdictLabel(e.Verdict),
                e.Errors.ToString(CultureInfo.InvariantCulture),
                e.Warnings.ToString(CultureInfo.InvariantCulture),
                CsvText.TextField(e.PreviousFile ?? ""),
                CsvText.TextField(string.Join(" ", e.UnreadFigures)),
                CsvText.TextField(string.Join(" ", e.Report.Findings.Where(f => f.Rule != Rules.ReportSplit.Id).Select(f => f.Rule).Distinct())));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }


    internal static string Figures(IReadOnlyList<string> keys)
    {
        var form = NationalForm.Current;
        var rows = keys.Select(k => form.Figure(k)).Select(f => f.Table.Code is null ? f.Row.FullLabel : f.Row.Label).Distinct().ToList();
        return string.Join("、", rows.Select(r => $"“{r}”一行"));
    }

    /// <summary>The errors first, then warnings other than the split notes (one per split figure), grouped, a few at most.</summary>
    internal static IEnumerable<FindingLine> MainFindings(AuditEntry entry) =>
        FindingLines.Group([.. entry.Report.Findings.Where(f => f.Rule != Rules.ReportSplit.Id)], entry.Report.Document?.Form ?? NationalForm.Current)
            .OrderBy(l => l.Severity == Severity.Error ? 0 : 1)
            .Take(FindingsShown);
}
