using Cronos;
using Disclosure.Pipeline.Publishing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Disclosure.Host;

/// <summary>
/// The function app's publishing timers in the local host (the WebJobs timer extension does not work here: docs/hosts.md):
/// <c>AssembleDrafts</c>, <c>DraftsWhenQuiet</c> and <c>PublishAnnualReport</c> on the same NCRONTAB schedules, from the same
/// settings <c>Schedules:{name}</c> (defaults in <see cref="PublishingSchedules"/>), in UTC, calling the same service.
/// </summary>
public sealed class PublishingScheduleService(
    PublishingService publishing,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<PublishingScheduleService> logger) : BackgroundService
{
    private static readonly TimeSpan MaxStep = TimeSpan.FromDays(1);

    /// <summary>The next time a six-field NCRONTAB schedule (seconds first) fires after <paramref name="after"/>, in UTC.</summary>
    public static DateTimeOffset? Next(string schedule, DateTimeOffset after) =>
        CronExpression.Parse(schedule, CronFormat.IncludeSeconds).GetNextOccurrence(after, TimeZoneInfo.Utc);

    /// <summary>The schedule of a timer: its setting, else the default.</summary>
    public static string ScheduleOf(IConfiguration configuration, string name) =>
        configuration[$"{PublishingSchedules.Section}:{name}"] is { Length: > 0 } setting ? setting : PublishingSchedules.Defaults[name];

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(
        RunAsync(nameof(PublishingSchedules.AssembleDrafts), async ct =>
        {
            var result = await publishing.AssembleDraftsAsync(publishing.Calendar.CurrentReportYear, ct);
            return $"{result.Reports} drafts at {result.Path}";
        }, stoppingToken),
        RunAsync(nameof(PublishingSchedules.DraftsWhenQuiet), async ct =>
            (await publishing.AssembleDraftsIfQuietAsync(publishing.Calendar.CurrentReportYear, ct)).Message, stoppingToken),
        RunAsync(nameof(PublishingSchedules.PublishAnnualReport), async ct =>
        {
            var result = await publishing.PublishAsync(publishing.Calendar.CurrentReportYear,
                PublishingSchedules.Publisher(nameof(PublishingSchedules.PublishAnnualReport)), null, ct);
            return $"{result.Outcome} {result.Version}: {result.Message} {string.Join("；", result.Reasons)}";
        }, stoppingToken));

    private async Task RunAsync(string name, Func<CancellationToken, Task<string>> job, CancellationToken ct)
    {
        var schedule = ScheduleOf(configuration, name);
        while (!ct.IsCancellationRequested && Next(schedule, time.GetUtcNow()) is { } next)
        {
            // Wait in steps of at most a day (Task.Delay takes at most ~24.8 days; PublishAnnualReport waits from April to January).
            for (var wait = next - time.GetUtcNow(); wait > TimeSpan.Zero; wait = next - time.GetUtcNow())
            {
                try
                {
                    await Task.Delay(wait < MaxStep ? wait : MaxStep, time, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            try
            {
                logger.LogInformation("{Timer}: {Result}", name, await job(ct));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "{Timer} failed; it runs again at its next time", name);
            }
        }
    }
}
