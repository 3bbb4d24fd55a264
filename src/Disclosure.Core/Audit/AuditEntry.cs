using Disclosure.Validation;

namespace Disclosure.Audit;

/// <summary>
/// One audited report: the file, whose report it is and for which year (from its title, when found), the validation
/// report (with continuity when last year's report of the same body was among the files), and that file.
/// </summary>
public sealed record AuditEntry(string File, string? Body, int? Year, ValidationReport Report, string? PreviousFile)
{
    public AuditVerdict Verdict =>
        Report.Document is null ? AuditVerdict.Refused
        : Report.Document.IsReadInPart ? AuditVerdict.ReadInPart
        : AuditVerdict.Read;

    public int Errors => Report.ErrorCount;

    public int Warnings => Report.WarningCount;

    /// <summary>The figures that could not be read, in the form's order.</summary>
    public IReadOnlyList<string> UnreadFigures => Report.Document is { } document
        ? [.. document.Form.Figures.Where(f => document.UnreadFigures.Contains(f.Key)).Select(f => f.Key)]
        : [];

    public static string VerdictLabel(AuditVerdict verdict) => verdict switch
    {
        AuditVerdict.Read => "已读取",
        AuditVerdict.ReadInPart => "部分读取",
        _ => "无法读取",
    };

    public static string VerdictName(AuditVerdict verdict) => verdict switch
    {
        AuditVerdict.Read => "read",
        AuditVerdict.ReadInPart => "read_in_part",
        _ => "refused",
    };
}
