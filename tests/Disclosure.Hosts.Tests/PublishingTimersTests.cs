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
