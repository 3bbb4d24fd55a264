namespace Disclosure.Pipeline.Publishing;

/// <summary>What a publish did: a new version, nothing (inputs unchanged since the last version), or blocked by the gate.</summary>
public enum PublishOutcome
{
    Published,
    Unchanged,
    Blocked,
}

/// <summary>
/// The result of <see cref="PublishingService.PublishAsync"/>. <see cref="Version"/> is the new version when published, the
/// latest version when unchanged, null when blocked. <see cref="Reasons"/> are the gate's reasons (Chinese): why it was
/// blocked, or what a forced publication overrode. Paths are blob paths: <c>reports/{year}/v{n}/</c> and <c>$web/{year}/</c>.
/// </summary>
public sealed record PublishResult(
    int Year,
    PublishOutcome Outcome,
    int? Version,
    IReadOnlyList<string> Reasons,
    string? ForcedReason,
    string? ReportsPath,
    string? SitePath,
    string Message);

/// <summary>The result of assembling a year's drafts: how many reports (offices + the consolidated) and where.</summary>
public sealed record DraftsResult(int Year, int Reports, string Path, DateTimeOffset AssembledUtc, IReadOnlyList<string> GateReasons);

/// <summary>What the debounced drafts check did: assembled (with the result) or skipped, and why.</summary>
public sealed record DraftsCheck(bool Assembled, string Message, DraftsResult? Drafts);
