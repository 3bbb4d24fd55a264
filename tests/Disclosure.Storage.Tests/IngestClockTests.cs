using Disclosure.Pipeline.Ingest;
using Disclosure.Submissions;
using Disclosure.Validation;
using Microsoft.Extensions.Time.Testing;

namespace Disclosure.Storage.Tests;

/// <summary>
/// Ingest and the sweeper read the clock they are given, not the machine's: the log row's recording time, the current year
/// that decides whether a report year has ended, and the sweeper's grace period.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class IngestClockTests(AzuriteFixture azurite)
{
    private readonly Scenario _s = new(azurite.Storage);

    private IngestService IngestAt(FakeTimeProvider clock) => new(azurite.Storage, new IngestOptions(), clock);

    [Fact]
    public async Task The_log_row_is_recorded_at_the_time_of_the_clock_given()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2023, 3, 14, 1, 59, 26, TimeSpan.Zero));
        var office = await _s.AddOfficeAsync();
        var sent = await _s.SendConsistentAsync(office, 2);

        var outcome = await IngestAt(clock).IngestAsync(sent.BlobName, default);

        Assert.Equal(UploadState.Accepted, outcome.State);
        Assert.Equal(new DateTimeOffset(2023, 3, 14, 1, 59, 26, TimeSpan.Zero), outcome.Record!.RecordedUtc);
        Assert.Equal(new DateTimeOffset(2023, 3, 14, 1, 59, 26, TimeSpan.Zero), Assert.Single(await _s.LogAsync(office)).RecordedUtc);
    }

    [Fact]
    public async Task A_report_year_the_clock_has_not_yet_ended_is_refused()
    {
        // The clock in 2021: the 2022 report cannot be made yet. No CurrentYear option, so the clock decides.
        var clock = new FakeTimeProvider(new DateTimeOffset(2021, 7, 1, 12, 0, 0, TimeSpan.Zero));
        var office = await _s.AddOfficeAsync();
        var sent = await _s.SendConsistentAsync(office, 2);

        var outcome = await IngestAt(clock).IngestAsync(sent.BlobName, default);

        Assert.Equal(UploadState.Rejected, outcome.State);
        var finding = Assert.Single(outcome.Findings);
        Assert.Equal(("meta.year_not_ended", "meta.year"), (finding.Rule, finding.Cell));
        Assert.Equal("报告年度 2022 年尚未结束,无法报送年度报告。", finding.Message);
        Assert.Null(await _s.CurrentAsync(office));
    }

    [Fact]
    public async Task A_report_year_the_clock_has_passed_is_accepted()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2023, 7, 1, 12, 0, 0, TimeSpan.Zero));
        var office = await _s.AddOfficeAsync();
        var sent = await _s.SendConsistentAsync(office, 2);

        var outcome = await IngestAt(clock).IngestAsync(sent.BlobName, default);

        Assert.Equal(UploadState.Accepted, outcome.State);
        Assert.Empty(outcome.Findings);
        Assert.Equal(sent.BlobName, (await _s.CurrentAsync(office))!.BlobName);
    }

    [Theory]
    [InlineData("2022-07-01T12:00:00Z", UploadState.Rejected)] // the report's own year, half over
    [InlineData("2022-12-31T15:59:59Z", UploadState.Rejected)] // 23:59:59 on 31 December in Beijing
    [InlineData("2022-12-31T16:00:00Z", UploadState.Accepted)] // midnight in Beijing, still 31 December in UTC
    public async Task A_report_year_ends_at_midnight_in_Beijing(string utc, UploadState expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        var office = await _s.AddOfficeAsync();
        var sent = await _s.SendConsistentAsync(office, 2); // a 2022 report

        var outcome = await IngestAt(clock).IngestAsync(sent.BlobName, default);

        Assert.Equal(expected, outcome.State);
        Assert.Equal(expected == UploadState.Rejected ? ["meta.year_not_ended"] : [], outcome.Findings.Select(f => f.Rule));
    }

    [Fact]
    public async Task The_current_year_option_outranks_the_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2021, 7, 1, 12, 0, 0, TimeSpan.Zero));
        var office = await _s.AddOfficeAsync();
        var sent = await _s.SendConsistentAsync(office, 2);

        var outcome = await new IngestService(azurite.Storage, new IngestOptions { CurrentYear = 2023 }, clock).IngestAsync(sent.BlobName, default);

        Assert.Equal(UploadState.Accepted, outcome.State);
        Assert.DoesNotContain(outcome.Findings, f => f.Rule == Rules.MetaYearNotEnded.Id);
    }

    [Fact]
    public async Task The_sweeper_takes_an_upload_as_old_enough_by_its_own_clock()
    {
        var office = await _s.AddOfficeAsync();
        await _s.SendConsistentAsync(office, 3);
        // An hour ahead: the upload just made is 60 minutes old, past a grace of one minute (the machine's clock would say seconds).
        var ahead = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(1));
        var sweeper = new UploadSweeper(azurite.Storage, _s.Ingest, ahead) { GracePeriod = TimeSpan.FromMinutes(1) };

        var swept = await sweeper.SweepAsync(default, $"{Scenario.Year}/{office}/");

        Assert.Equal(1, swept);
        Assert.Equal(UploadState.Accepted, Assert.Single(await _s.LogAsync(office)).State);
    }

    [Fact]
    public async Task The_sweeper_leaves_an_upload_younger_than_the_grace_period_by_its_own_clock()
    {
        var office = await _s.AddOfficeAsync();
        await _s.SendConsistentAsync(office, 3);
        // An hour behind: the upload is from the sweeper's future, so not past even a grace of zero (the machine's clock would sweep it).
        var behind = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1));
        var sweeper = new UploadSweeper(azurite.Storage, _s.Ingest, behind) { GracePeriod = TimeSpan.Zero };

        var swept = await sweeper.SweepAsync(default, $"{Scenario.Year}/{office}/");

        Assert.Equal(0, swept);
        Assert.Empty(await _s.LogAsync(office));
    }
}
