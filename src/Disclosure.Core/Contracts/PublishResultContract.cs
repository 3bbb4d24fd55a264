namespace Disclosure.Contracts;

/// <summary>
/// What <c>POST /api/publish/{year}</c> answers: <c>outcome</c> <c>published</c>, <c>unchanged</c> or <c>blocked</c>, the version
/// (new, or the latest when unchanged), the gate's reasons (Chinese), the forced reason, where the version and the site are.
/// </summary>
public sealed record PublishResultContract(
    int Year,
    string Outcome,
    int? Version,
    IReadOnlyList<string> Reasons,
    string? ForcedReason,
    string? ReportsPath,
    string? SitePath,
    string Message);
