namespace Disclosure.Contracts;

/// <summary>
/// <c>disclosure audit --json</c>: every report audited, then counts. <c>verdict</c> is <c>read</c>, <c>read_in_part</c>
/// (some runs of digits fit more than one way; <c>unread_figures</c> names them) or <c>refused</c>.
/// </summary>
public sealed record AuditContract(IReadOnlyList<AuditReportContract> Reports, AuditSummaryContract Summary);

/// <summary>One report: the file, body and year from its title (null when not found), the verdict, counts, last year's file if matched.</summary>
public sealed record AuditReportContract(
    string File,
    string? Body,
    int? Year,
    string Verdict,
    int Errors,
    int Warnings,
    string? PreviousFile,
    IReadOnlyList<string> UnreadFigures,
    IReadOnlyList<FindingContract> Findings);

/// <summary>Counts over the reports audited.</summary>
public sealed record AuditSummaryContract(int Reports, int Read, int ReadInPart, int Refused, int WithErrors, int Errors, int Warnings);
