using Disclosure.Contracts;
using Disclosure.Validation;

namespace Disclosure.Audit;

/// <summary>An audit as its JSON contract (<see cref="AuditContract"/>), written by <see cref="ContractJson"/>.</summary>
public static class AuditJson
{
    public static AuditContract ToContract(IReadOnlyList<AuditEntry> entries) => new(
        [
            .. entries.Select(e => new AuditReportContract(
                e.File, e.Body, e.Year, AuditEntry.VerdictName(e.Verdict), e.Errors, e.Warnings, e.PreviousFile, e.UnreadFigures,
                [.. e.Report.Findings.Select(f => new FindingContract(f.Rule, ValidationReportJson.SeverityName(f.Severity), f.Cell, f.Location, f.Message))])),
        ],
        Summary(entries));

    public static AuditSummaryContract Summary(IReadOnlyList<AuditEntry> entries) => new(
        entries.Count,
        entries.Count(e => e.Verdict == AuditVerdict.Read),
        entries.Count(e => e.Verdict == AuditVerdict.ReadInPart),
        entries.Count(e => e.Verdict == AuditVerdict.Refused),
        entries.Count(e => e.Errors > 0),
        entries.Sum(e => e.Errors),
        entries.Sum(e => e.Warnings));
}
