using Disclosure.Reading;

namespace Disclosure.Pipeline.Ingest;

/// <summary>Limits and retry settings of <see cref="IngestService"/>.</summary>
public sealed record IngestOptions
{
    public static IngestOptions Default { get; } = new();

    /// <summary>Bounds on the file and cells read; a larger file is rejected (and still archived and logged).</summary>
    public ReadLimits ReadLimits { get; init; } = ReadLimits.Default;

    /// <summary>
    /// Deliveries of one blob version <see cref="IngestService.IngestAsync"/> tries before it records the
    /// upload as failed instead of throwing. 5 matches the WebJobs blob trigger's default maxDequeueCount, so
    /// the last delivery a host makes records the failure itself.
    /// </summary>
    public int MaxDeliveryAttempts { get; init; } = 5;

    /// <summary>How often a commit that lost a race (409/412) is re-read and tried again.</summary>
    public int MaxCommitConflicts { get; init; } = 50;

    /// <summary>The current year for the validator's "year not yet over" check; null means the clock's year in Beijing time.</summary>
    public int? CurrentYear { get; init; }
}
