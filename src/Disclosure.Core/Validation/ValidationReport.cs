using Disclosure.Form;
using Disclosure.Reading;

namespace Disclosure.Validation;

/// <summary>The verdict on one file: its document (when readable) and every finding, reading findings first.</summary>
public sealed record ValidationReport(FormDocument? Document, IReadOnlyList<Finding> Findings)
{
    public ValidationStatus Status =>
        Document is null ? ValidationStatus.Unreadable
        : Findings.Any(f => f.Severity == Severity.Error) ? ValidationStatus.Rejected
        : ValidationStatus.Accepted;

    public int ErrorCount => Findings.Count(f => f.Severity == Severity.Error);

    public int WarningCount => Findings.Count(f => f.Severity == Severity.Warning);
}
