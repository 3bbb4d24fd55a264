using Azure.Data.Tables;
using Disclosure.Form;
using Disclosure.Pipeline.Ingest;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Testing;
using Disclosure.Validation;

namespace Disclosure.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class IngestTests(AzuriteFixture azurite)
{
    private readonly Scenario _s = new(azurite.Storage);

    [Fact]
    public async Task Accepted_upload_becomes_current_with_all_figures_queryable()
    {
        var office = await _s.AddOfficeAsync();
        var outcome = await _s.UploadAndIngestAsync(office, SubmissionCsv.Consistent(office, Scenario.Year, 7));

        Assert.Equal(UploadState.Accepted, outcome.State);
        Assert.True(outcome.IsCurrent);
        Assert.Equal(0, outcome.Errors);

        var current = await _s.CurrentAsync(office);
        Assert.NotNull(current);
        Assert.Equal(200, current.Figures.Count);
        Assert.Equal(7m, current.Figures["requests.received.natural_person"]);
        Assert.Equal(outcome.Record!.RowKey, current.UploadRowKey);

        // Figures are plain properties: a query by figure finds the office.
        var pk = SubmissionKeys.Partition(Scenario.Year, office);
        var found = azurite.Storage.Submissions.QueryAsync<TableEntity>($"PartitionKey eq '{pk}' and requests_handled_total_total eq 7");
        Assert.Single(await found.ToListAsync());

        var log = Assert.Single(await _s.LogAsync(office));
        Assert.Equal(UploadState.Accepted, log.State);
        Assert.True(log.BecameCurrent);
        Assert.Single(await _s.BlobsAsync(StorageNames.ArchiveContainer, $"{Scenario.Year}/{office}/"));
        Assert.Equal(2, (await _s.BlobsAsync(StorageNames.ValidationContainer, $"{Scenario.Year}/{office}/")).Count);
        var html = (await azurite.Storage.Validation.GetBlobClient(log.ReportHtmlName).DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("通过", html);
    }

    [Fact]
    public async Task Arithmetic_error_is_rejected_with_a_readable_report_and_no_submission()
    {
        var office = await _s.AddOfficeAsync();
        var figures = SubmissionCsv.ConsistentFigures(5);
        figures["requests.handled_total.natural_person"] = 6; // the seed's own slip: (七)总计 one more than its rows
        var outcome = await _s.UploadAndIngestAsync(office, SubmissionCsv.Bytes(office, Scenario.Year, figures));

        Assert.Equal(UploadState.Rejected, outcome.State);
        Assert.Contains(outcome.Findings, f => f.Rule == "requests.handled_sum" && f.Cell == "requests.handled_total.natural_person");
        Assert.Null(await _s.CurrentAsync(office));

        var log = Assert.Single(await _s.LogAsync(office));
        Assert.Equal(UploadState.Rejected, log.State);
        Assert.True(log.Errors > 0);
        Assert.Contains("requests.handled_sum", log.Rules);
        var html = (await azurite.Storage.Validation.GetBlobClient(log.ReportHtmlName).DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("退回", html);
        Assert.Contains("(七)总计 · 自然人", html);
        var json = (await azurite.Storage.Validation.GetBlobClient(log.ReportJsonName).DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("\"status\": \"rejected\"", json);
        Assert.Single(await _s.BlobsAsync(StorageNames.ArchiveContainer, $"{Scenario.Year}/{office}/"));
    }

    [Fact]
    public async Task Newer_upload_supersedes_and_the_earlier_stays_in_log_and_archive()
    {
        var office = await _s.AddOfficeAsync();
        var first = await _s.UploadAndIngestAsync(office, SubmissionCsv.Consistent(office, Scenario.Year, 1));
        var second = await _s.UploadAndIngestAsync(office, SubmissionCsv.Consistent(office, Scenario.Year, 2));

        Assert.True(first.IsCurrent);
        Assert.True(second.IsCurrent);
        var current = await _s.CurrentAsync(office);
        Assert.Equal(second.Record!.RowKey, current!.UploadRowKey);
        Assert.Equal(2m, current.Figures["requests.received.total"]);
        Assert.Equal(2, (await _s.LogAsync(office)).Count);
        Assert.Equal(2, (await _s.BlobsAsync(StorageNames.ArchiveContainer, $"{Scenario.Year}/{office}/")).Count);
    }

    [Fact]
    public async Task Rejected_reupload_keeps_the_accepted_submission_in_force()
    {
        var office = await _s.AddOfficeAsync();
        var good = await _s.UploadAndIngestAsync(office, SubmissionCsv.Consistent(office, Scenario.Year, 3));
        var figures = SubmissionCsv.ConsistentFigures(4);
        figures["requests.received.total"] = 5;
        var bad = await _s.UploadAndIngestAsync(office, SubmissionCsv.Bytes(office, Scenario.Year, figures));

        Assert.Equal(UploadState.Rejected, bad.State);
        Assert.Equal(good.Record!.RowKey, (await _s.CurrentAsync(office))!.UploadRowKey);
    }

    [Fact]
    public async Task Same_blob_delivered_twice_writes_one_record_and_one_report()
    {
        var office = await _s.AddOfficeAsync();
        var sent = await _s.SendConsistentAsync(office, 4);
        var first = await _s.Ingest.IngestAsync(sent.BlobName, default);
        var again = await _s.Ingest.IngestAsync(sent.BlobName, default);

        Assert.Equal(UploadState.Accepted, first.State);
        Assert.Equal(UploadState.Duplicate, again.State);
        Assert.True(again.IsRedelivery);
        Assert.Single(await _s.LogAsync(office));
        Assert.Equal(2, (await _s.BlobsAsync(StorageNames.ValidationContainer, $"{Scenario.Year}/{office}/")).Count); // one report: .json + .html
        Assert.Single(await _s.BlobsAsync(StorageNames.ArchiveContainer, $"{Scenario.Year}/{office}/"));
    }

    [Fact]
    public async Task Same_bytes_uploaded_again_are_a_duplicate_with_no_second_report_or_submission()
    {
        var office = await _s.AddOfficeAsync();
        var bytes = SubmissionCsv.Consistent(office, Scenario.Year, 4);
        var first = await _s.UploadAndIngestAsync(office, bytes, "a.csv");
        var second = await _s.UploadAndIngestAsync(office, bytes, "b.csv");
        var redelivered = await _s.Ingest.IngestAsync(second.BlobName, default);

        Assert.Equal(UploadState.Duplicate, second.State);
        Assert.False(second.IsRedelivery);
        Assert.Equal(first.Record!.RowKey, second.Record!.DuplicateOf);
        Assert.True(redelivered.IsRedelivery);

        var log = await _s.LogAsync(office);
        Assert.Equal(2, log.Count);
        Assert.Single(log, r => r.State == UploadState.Accepted);
        Assert.Single(log, r => r.State == UploadState.Duplicate);
        Assert.Equal(2, (await _s.BlobsAsync(StorageNames.ValidationContainer, $"{Scenario.Year}/{office}/")).Count);
        Assert.Single(await _s.BlobsAsync(StorageNames.ArchiveContainer, $"{Scenario.Year}/{office}/"));
        Assert.Equal(first.Record.RowKey, (await _s.CurrentAsync(office))!.UploadRowKey);
    }

    [Fact]
    public async Task Older_upload_arriving_late_never_replaces_the_newer()
    {
        var office = await _s.AddOfficeAsync();
        var older = await _s.SendConsistentAsync(office, 1, fileName: "old.csv");
        var newer = await _s.SendConsistentAsync(office, 2, fileName: "new.csv");

        var newerOutcome = await _s.Ingest.IngestAsync(newer.BlobName, default);
        var olderOutcome = await _s.Ingest.IngestAsync(older.BlobName, default);

        Assert.True(newerOutcome.IsCurrent);
        Assert.Equal(UploadState.Accepted, olderOutcome.State);
        Assert.False(olderOutcome.IsCurrent);
        var current = await _s.CurrentAsync(office);
        Assert.Equal(newer.BlobName, current!.BlobName);
        Assert.Equal(2, (await _s.LogAsync(office)).Count);
        Assert.Equal(2, (await _s.BlobsAsync(StorageNames.ArchiveContainer, $"{Scenario.Year}/{office}/")).Count);
    }

    [Fact]
    public async Task Year_in_workbook_must_match_the_path()
    {
        var office = await _s.AddOfficeAsync();
        var outcome = await _s.UploadAndIngestAsync(office, SubmissionCsv.Consistent(office, 2021, 1), year: Scenario.Year);

        Assert.Equal(UploadState.Rejected, outcome.State);
        var finding = Assert.Single(outcome.Findings, f => f.Rule == Rules.IdentityYearMismatch.Id);
        Assert.Contains("2021", finding.Message);
        Assert.Null(await _s.CurrentAsync(office));
    }

    [Fact]
    public async Task Office_in_workbook_must_match_the_path()
    {
        var office = await _s.AddOfficeAsync();
        var outcome = await _s.UploadAndIngestAsync(office, SubmissionCsv.Consistent("someone-else", Scenario.Year, 1));

        Assert.Equal(UploadState.Rejected, outcome.State);
        Assert.Contains(outcome.Findings, f => f.Rule == Rules.IdentityOfficeMismatch.Id);
    }

    [Fact]
    public async Task A_file_that_does_not_state_office_and_year_is_taken_from_the_path_with_a_warning()
    {
        var office = await _s.AddOfficeAsync();
        var csv = Disclosure.Workbooks.CsvFormWriter.Write(SubmissionCsv.ConsistentFigures(requests: 2));
        var outcome = await _s.UploadAndIngestAsync(office, System.Text.Encoding.UTF8.GetBytes(csv));

        Assert.Equal(UploadState.Accepted, outcome.State);
        Assert.Equal(
            [NationalForm.MetaOfficeId, NationalForm.MetaYear],
            outcome.Findings.Where(f => f.Rule == Rules.IdentityNotStated.Id).Select(f => f.Cell));
        Assert.All(outcome.Findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public async Task Office_not_on_the_roster_is_rejected_but_kept()
    {
        var office = Scenario.NewOfficeId("unknown");
        var outcome = await _s.UploadAndIngestAsync(office, SubmissionCsv.Consistent(office, Scenario.Year, 1));

        Assert.Equal(UploadState.Rejected, outcome.State);
        Assert.Contains(outcome.Findings, f => f.Rule == Rules.IdentityUnknownOffice.Id && f.Message.Contains("名单"));
        Assert.Single(await _s.LogAsync(office));
        Assert.Single(await _s.BlobsAsync(StorageNames.ArchiveContainer, $"{Scenario.Year}/{office}/"));
    }

    [Fact]
    public async Task Upload_outside_the_path_layout_is_rejected_and_logged()
    {
        var name = $"misplaced-{Guid.NewGuid():N}.csv";
        await azurite.Storage.Uploads.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(SubmissionCsv.Consistent("x", Scenario.Year, 1)));
        var outcome = await _s.Ingest.IngestAsync(name, default);

        Assert.Equal(UploadState.Rejected, outcome.State);
        Assert.Contains(outcome.Findings, f => f.Rule == Rules.IdentityBadPath.Id);
        Assert.Equal(SubmissionKeys.InvalidPathPartition, outcome.Record!.PartitionKey);
        Assert.Single(await _s.BlobsAsync(StorageNames.ArchiveContainer, $"_invalid/"), n => n.EndsWith(name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Previous_year_submission_is_used_for_carry_continuity()
    {
        var office = await _s.AddOfficeAsync();
        var lastYear = SubmissionCsv.ConsistentFigures(requests: 5, carriedForward: 2);
        Assert.Equal(UploadState.Accepted, (await _s.UploadAndIngestAsync(office, SubmissionCsv.Bytes(office, Scenario.Year - 1, lastYear), year: Scenario.Year - 1)).State);

        var outcome = await _s.UploadAndIngestAsync(office, SubmissionCsv.Consistent(office, Scenario.Year, 3));

        Assert.Equal(UploadState.Accepted, outcome.State);
        Assert.Contains(outcome.Findings, f => f.Rule == "carry.continuity" && f.Cell == "requests.carried_over.natural_person");
        Assert.True(outcome.Warnings > 0);
    }

    [Fact]
    public async Task File_over_the_size_limit_is_rejected_and_still_archived()
    {
        var s = new Scenario(azurite.Storage, new IngestOptions { CurrentYear = 2025, ReadLimits = Reading.ReadLimits.Default with { MaxFileBytes = 1024 } });
        var office = await s.AddOfficeAsync();
        var outcome = await s.UploadAndIngestAsync(office, SubmissionCsv.Consistent(office, Scenario.Year, 1));

        Assert.Equal(UploadState.Rejected, outcome.State);
        Assert.Contains(outcome.Findings, f => f.Rule == "file.too_large");
        var archived = Assert.Single(await s.BlobsAsync(StorageNames.ArchiveContainer, $"{Scenario.Year}/{office}/"));
        var copy = (await azurite.Storage.Archive.GetBlobClient(archived).DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(SubmissionCsv.Consistent(office, Scenario.Year, 1), copy);
    }

    [Fact]
    public async Task Failure_after_retries_is_recorded_and_a_redelivery_changes_nothing()
    {
        var office = await _s.AddOfficeAsync();
        var sent = await _s.SendConsistentAsync(office, 1);
        var failed = await _s.Ingest.RecordFailureAsync(sent.BlobName, "boom", default);
        var again = await _s.Ingest.RecordFailureAsync(sent.BlobName, "boom", default);

        Assert.Equal(UploadState.Failed, failed.State);
        Assert.True(again.IsRedelivery);
        var log = Assert.Single(await _s.LogAsync(office));
        Assert.Equal("boom", log.Error);
        Assert.NotNull(log.ArchiveName);
    }

    [Fact]
    public async Task Deliveries_past_the_maximum_record_a_failure_instead_of_throwing()
    {
        var s = new Scenario(azurite.Storage, new IngestOptions { CurrentYear = 2025, MaxDeliveryAttempts = 2 });
        var office = await s.AddOfficeAsync();
        var sent = await s.SendConsistentAsync(office, 1);
        await s.Submissions.CountAttemptAsync(sent.PartitionKey, sent.UploadId, default);
        await s.Submissions.CountAttemptAsync(sent.PartitionKey, sent.UploadId, default);

        var outcome = await s.Ingest.IngestAsync(sent.BlobName, default);

        Assert.Equal(UploadState.Failed, outcome.State);
        Assert.Equal(UploadState.Failed, Assert.Single(await s.LogAsync(office)).State);
    }
}
