namespace Disclosure.Reading;

/// <summary>
/// What a document is, whatever file it came from: an office's submission carries metadata and must state every figure;
/// a published report does not. Decides which structural rules apply.
/// </summary>
public enum DocumentKind
{
    /// <summary>An office's statistics for one year (a workbook, a CSV, or a stored submission).</summary>
    OfficeSubmission,

    /// <summary>A report as published on a portal (text, HTML or PDF), or its figures as printed.</summary>
    PublishedReport,
}
