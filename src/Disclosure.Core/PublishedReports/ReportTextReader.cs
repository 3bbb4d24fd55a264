using Disclosure.Form;
using Disclosure.PublishedReports.Flattened;
using Disclosure.PublishedReports.Fragments;
using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.PublishedReports;

/// <summary>Reads a published report as text (the seed's one-cell-per-line layout, Markdown tables, or pdftotext output).</summary>
public static class ReportTextReader
{
    public static bool LooksLikeReport(string text) => text.Contains("政府信息公开申请", StringComparison.Ordinal);

    public static ReadResult Read(string text, ReadLimits limits, FormEdition form)
    {
        var lines = ReportTextTokens.Lines(text);
        if (lines.Count > limits.MaxCells)
        {
            return ReadResult.Unreadable(Rules.FileTooManyCells.Raise($"文本的行数({lines.Count})", $"{limits.MaxCells} 行"));
        }

        var result = ReportTableParser.Parse(form, SourceFormat.ReportText, ReportTextTokens.Tokenize(lines), lines, out var ranTogether);

        if (!result.IsUnreadable)
        {
            return result;
        }

        // Cells that lost their separators: the digits are cut by the form's own arithmetic, or the report stays refused.
        // Rows broken into fragments: re-assembled by the form's labels and row order, or the report stays refused.
        return (ranTogether
            ? FlattenedReportReader.Read(form, SourceFormat.ReportText, lines)
            : FragmentedReportReader.Read(form, SourceFormat.ReportText, lines)) ?? result;
    }
}
