namespace Disclosure.Reading;

/// <summary>What kind of file the figures came from; decides which structural rules apply.</summary>
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
    /// <summary>Office submissions carry metadata and must state every figure; published reports do not.</summary>
    public static bool IsSubmission(this SourceFormat format) => format is SourceFormat.Workbook or SourceFormat.Csv;
}
