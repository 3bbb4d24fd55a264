namespace Disclosure.PublishedReports;

internal enum ReportTokenKind
{
    /// <summary>Label or heading text.</summary>
    Text,

    /// <summary>A printed figure.</summary>
    Number,

    /// <summary>An empty table cell (only where the format has cells: seed lines, Markdown, HTML).</summary>
    Blank,
}

/// <summary>One cell or word of a published report, in reading order, with where it was printed.</summary>
internal sealed record ReportToken(ReportTokenKind Kind, string Text, decimal Value, string Location)
{
    public static ReportToken FromCell(string cell, string location)
    {
        var text = cell.Trim();
        if (text.Length == 0)
        {
            return new(ReportTokenKind.Blank, text, 0, location);
        }

        return ReportLabels.TryParseNumber(text, out var value)
            ? new(ReportTokenKind.Number, text, value, location)
            : new(ReportTokenKind.Text, text, 0, location);
    }
}
