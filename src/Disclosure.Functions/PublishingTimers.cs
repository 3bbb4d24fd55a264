using Disclosure.Pipeline.Publishing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Disclosure.Functions;

/// <summary>
/// The publishing timers: thin, each binds its schedule from the setting <c>Schedules:{name}</c> (NCRONTAB, UTC; defaults in
/// <see cref="PublishingSchedules"/>, docs/publishing.md) and calls <see cref="PublishingService"/> for the report year the
/// legal calendar says is due (Beijing time).
/// </summary>
public sealed class PublishingTimers(PublishingService publishing, ILogger<PublishingTimers> logger)
{
    /// <summary>Nightly drafts of every body's report and the consolidated one, to <c>reports/{year}/drafts/</c>.</summary>
    [Function(nameof(PublishingSchedules.AssembleDrafts))]
    public async Task AssembleDrafts([TimerTrigger("%Schedules:AssembleDrafts%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var result = await publishing.AssembleDraftsAsync(publishing.Calendar.CurrentReportYear, cancellationToken);
        logger.LogInformation("Drafts of {Year}: {Reports} reports at {Path}", result.Year, result.Reports, result.Path);
    }

    /// <summary>Drafts once ingest has been quiet for a while after uploads (debounced: one set of drafts per burst).</summary>
    [Function(nameof(PublishingSchedules.DraftsWhenQuiet))]
    public async Task DraftsWhenQuiet([TimerTrigger("%Schedules:DraftsWhenQuiet%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var check = await publishing.AssembleDraftsIfQuietAsync(publishing.Calendar.CurrentReportYear, cancellationToken);
        logger.LogInformation("Drafts when quiet: {Message}", check.Message);
    }

    /// <summary>Publishes the due year's report when the gate passes; blocked attempts are recorded, unchanged ones write nothing.</summary>
    [Function(nameof(PublishingSchedules.PublishAnnualReport))]
    public async Task PublishAnnualReport([TimerTrigger("%Schedules:PublishAnnualReport%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var result = await publishing.PublishAsync(publishing.Calendar.CurrentReportYear,
            PublishingSchedules.Publisher(nameof(PublishingSchedules.PublishAnnualReport)), null, cancellationToken);
        logger.LogInformation("Publish {Year}: {Outcome}, version {Version}. {Message} {Reasons}",
            result.Year, result.Outcome, result.Version, result.Message, string.Join("；", result.Reasons));
    }
}
