using Microsoft.Extensions.Configuration;
using Disclosure.Functions;
using Disclosure.Pipeline.Publishing;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Testing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;

namespace Disclosure.Hosts.Tests;

/// <summary>The publishing timers called with real storage (their own Azurite: the gate reads the whole roster).</summary>
public sealed class PublishingTimersTests : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();

    public Task InitializeAsync() => _azurite.InitializeAsync();

    public Task DisposeAsync() => _azurite.DisposeAsync();

    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task The_timers_draft_and_publish_the_year_the_calendar_says_is_due()
    {
        var storage = _azurite.Storage;
        // 2023-01-01 02:00 Beijing is still 2022-12-31 in UTC: the due report is 2022's.
        var publishing = new PublishingService(storage, new At(new DateTimeOffset(2022, 12, 31, 18, 0, 0, TimeSpan.Zero)), PublishingOptions.Default);
        await new OfficeRoster(storage.Offices).UpsertAsync([new Office("gov", "测试区人民政府办公室", "government", true)], CancellationToken.None);
        var timers = new PublishingTimers(publishing, NullLogger<PublishingTimers>.Instance);

        await timers.AssembleDrafts(new TimerInfo(), CancellationToken.None);
        await timers.PublishAnnualReport(new TimerInfo(), CancellationToken.None);
        await timers.DraftsWhenQuiet(new TimerInfo(), CancellationToken.None);

        Assert.True(await storage.Reports.GetBlobClient("2022/drafts/consolidated/report.pdf").ExistsAsync());
        var blocked = Assert.Single(await publishing.BlockedAsync(2022));
        Assert.Equal("timer:PublishAnnualReport", blocked.AttemptedBy);
        Assert.Contains(blocked.Reasons, r => r.Contains("（gov）", StringComparison.Ordinal));
    }
}

/// <summary>The local host's schedules: the same NCRONTAB expressions, from the same settings.</summary>
public sealed class PublishingScheduleTests
{
    [Fact]
    public void Default_schedules_fire_at_their_UTC_times()
    {
        var from = new DateTimeOffset(2023, 1, 10, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2023, 1, 10, 18, 0, 0, TimeSpan.Zero), Disclosure.Host.PublishingScheduleService.Next(PublishingSchedules.AssembleDrafts, from));
        Assert.Equal(new DateTimeOffset(2023, 1, 10, 12, 10, 0, TimeSpan.Zero), Disclosure.Host.PublishingScheduleService.Next(PublishingSchedules.DraftsWhenQuiet, from));
        Assert.Equal(new DateTimeOffset(2023, 1, 11, 1, 0, 0, TimeSpan.Zero), Disclosure.Host.PublishingScheduleService.Next(PublishingSchedules.PublishAnnualReport, from));
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 1, 0, 0, TimeSpan.Zero),
            Disclosure.Host.PublishingScheduleService.Next(PublishingSchedules.PublishAnnualReport, new DateTimeOffset(2023, 4, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_setting_replaces_the_default_schedule()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Schedules:AssembleDrafts"] = "0 30 19 * * *" }).Build();

        Assert.Equal("0 30 19 * * *", Disclosure.Host.PublishingScheduleService.ScheduleOf(configuration, "AssembleDrafts"));
        Assert.Equal(PublishingSchedules.PublishAnnualReport, Disclosure.Host.PublishingScheduleService.ScheduleOf(configuration, "PublishAnnualReport"));
    }
}
