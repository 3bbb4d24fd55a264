using Disclosure.Form;
using Disclosure.Reading;

namespace Disclosure.Validation;

/// <summary>The verdict on one file: its document (when readable) and every finding, in the form's order (<see cref="FindingOrder"/>).</summary>
public sealed record ValidationReport(FormDocument? Document, IReadOnlyList<Finding> Findings)
{
    // Sorted here, where every report is made, so the CLI, the JSON and the validation page list findings alike.
    public IReadOnlyList<Finding> Findings { get; } = FindingOrder.Sort(Findings, Document?.Form ?? NationalForm.Current);

    public ValidationStatus Status =>
        Document is null ? ValidationStatus.Unreadable
        : Findings.Any(f => f.Severity == Severity.Error) ? ValidationStatus.Rejected
        : ValidationStatus.Accepted;

    public int ErrorCount => Findings.Count(f => f.Severity == Severity.Error);

    public int WarningCount => Findings.Count(f => f.Severity == Severity.Warning);
}
