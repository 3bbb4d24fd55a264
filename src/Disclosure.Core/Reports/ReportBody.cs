namespace Disclosure.Reports;

/// <summary>
/// Whose report it is: an office on the roster (its own report), or the government whose consolidated
/// report sums every office (<see cref="IsConsolidated"/>).
/// </summary>
public sealed record ReportBody(string OfficeId, string Name, bool IsConsolidated);
