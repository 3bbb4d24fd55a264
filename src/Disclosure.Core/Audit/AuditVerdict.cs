namespace Disclosure.Audit;

/// <summary>How far a report could be read: every figure, some (runs of digits that fit more than one way), or none.</summary>
public enum AuditVerdict
{
    Read,
    ReadInPart,
    Refused,
}
