namespace Disclosure.Reading;

/// <summary>
/// The file format figures were read from (the document's kind is <see cref="DocumentKind"/>). The names keep the
/// published-report formats apart from the office formats they share a file type with.
/// </summary>
public enum SourceFormat
{
    /// <summary>An office workbook (xlsx): the product's template, or an office's own copy of the form.</summary>
    Workbook,

    /// <summary>A <c>key,value</c> CSV.</summary>
    Csv,

    /// <summary>A published report as text (the seed's layout, or text extracted from a PDF).</summary>
    ReportText,

    /// <summary>A published report as an HTML page.</summary>
    ReportHtml,

    /// <summary>A published report as a PDF.</summary>
    ReportPdf,
}

public static class SourceFormatExtensions
{
    /// <summary>What a file of this format holds: workbooks and CSV files are office submissions, the rest published reports.</summary>
    public static DocumentKind Kind(this SourceFormat format) =>
        format is SourceFormat.Workbook or SourceFormat.Csv ? DocumentKind.OfficeSubmission : DocumentKind.PublishedReport;
}
