using Disclosure.Form;
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

        return ReportTableParser.Parse(form, SourceFormat.ReportText, ReportTextTokens.Tokenize(lines), lines);
    }
}
