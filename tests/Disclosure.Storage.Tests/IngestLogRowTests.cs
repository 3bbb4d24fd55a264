using System.Security.Cryptography;
using Disclosure.Pipeline.Ingest;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Testing;

namespace Disclosure.Storage.Tests;

/// <summary>What each log row carries, field by field: the upload's identity, size and hash, its verdict's counts and rules.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class IngestLogRowTests(AzuriteFixture azurite)
{
    private readonly Scenario _s = new(azurite.Storage);

    [Fact]
    public async Task A_rejected_uploads_row_names_the_file_its_hash_size_verdict_and_reports_and_its_duplicate_copies_them()
    {
        var office = await _s.AddOfficeAsync();
        var figures = SubmissionCsv.ConsistentFigures(requests: 9);
        figures["requests.handled_total.natural_person"] = 10; // handled_sum, column_sum and balance (FORM.md)
        figures["proactive.art20_1.regulations.issued"] = 2; // and proactive.in_force, a warning
        var bytes = SubmissionCsv.Bytes(office, Scenario.Year, figures);
        var sent = await _s.SendAsync(office, bytes, "first.csv");

        var outcome = await _s.Ingest.IngestAsync(sent.BlobName, default);
        var duplicate = await _s.UploadAndIngestAsync(office, bytes, "again.csv");

        var row = outcome.Record!;
        Assert.Equal((UploadState.Rejected, Scenario.Year, office, sent.BlobName), (row.State, row.Year, row.OfficeId, row.BlobName));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), row.Sha256);
        Assert.Equal("upload-" + row.Sha256, row.RowKey);
        Assert.Equal(bytes.Length, row.SizeBytes);
        Assert.Equal(sent.ETag.ToString(), row.BlobETag);
        Assert.Equal(sent.UploadId, row.UploadId);
        Assert.Equal((3, 1), (row.Errors, row.Warnings));
        Assert.Equal(["proactive.in_force", "requests.balance", "requests.column_sum", "requests.handled_sum"], row.Rules!.Split(',').Order(StringComparer.Ordinal));
        Assert.False(row.BecameCurrent);
        Assert.Null(row.Content);
        Assert.Null(row.Error);
        Assert.EndsWith(".json", row.ReportJsonName, StringComparison.Ordinal);
        Assert.EndsWith(".html", row.ReportHtmlName, StringComparison.Ordinal);
        Assert.NotNull(row.ArchiveName);
        Assert.Equal(row, Assert.Single(await _s.LogAsync(office), r => r.RowKey == row.RowKey) with { RecordedUtc = row.RecordedUtc });

        var copy = duplicate.Record!;
        Assert.Equal(UploadState.Duplicate, copy.State);
        Assert.Equal(row.RowKey, copy.DuplicateOf);
        Assert.Equal((row.Errors, row.Warnings, row.Rules), (copy.Errors, copy.Warnings, copy.Rules));
        Assert.Equal((row.ArchiveName, row.ReportJsonName, row.ReportHtmlName), (copy.ArchiveName, copy.ReportJsonName, copy.ReportHtmlName));
        Assert.Equal((3, 1), (duplicate.Errors, duplicate.Warnings));

        // A redelivery of the duplicate's blob returns the row stored the first time, not a new one.
        var redelivered = await _s.Ingest.IngestAsync(duplicate.BlobName, default);
        Assert.True(redelivered.IsRedelivery);
        Assert.Equal(copy.RecordedUtc, redelivered.Record!.RecordedUtc);

        var json = await azurite.Storage.Validation.GetBlobClient(row.ReportJsonName).GetPropertiesAsync();
        var html = await azurite.Storage.Validation.GetBlobClient(row.ReportHtmlName).GetPropertiesAsync();
        Assert.Equal("application/json; charset=utf-8", json.Value.ContentType);
        Assert.Equal("text/html; charset=utf-8", html.Value.ContentType);
    }

    [Fact]
    public async Task A_failure_recorded_twice_returns_the_row_stored_the_first_time()
    {
        var office = await _s.AddOfficeAsync();
        var sent = await _s.SendConsistentAsync(office, 1);

        var failed = await _s.Ingest.RecordFailureAsync(sent.BlobName, "boom", default);
        var again = await _s.Ingest.RecordFailureAsync(sent.BlobName, "boom", default);

        Assert.False(failed.IsRedelivery);
        Assert.True(again.IsRedelivery);
        Assert.Equal(failed.Record!.RecordedUtc, again.Record!.RecordedUtc);
    }

    [Fact]
    public async Task The_last_allowed_delivery_is_still_processed()
    {
        var s = new Scenario(azurite.Storage, new IngestOptions { CurrentYear = 2025, MaxDeliveryAttempts = 2 });
        var office = await s.AddOfficeAsync();
        var sent = await s.SendConsistentAsync(office, 1);
        await s.Submissions.CountAttemptAsync(sent.PartitionKey, sent.UploadId, default);

        var outcome = await s.Ingest.IngestAsync(sent.BlobName, default); // the second delivery of two

        Assert.Equal(UploadState.Accepted, outcome.State);
    }

    [Fact]
    public async Task A_storage_fault_is_thrown_for_a_retry_then_recorded_with_its_message_on_the_last_delivery()
    {
        var s = new Scenario(azurite.Storage, new IngestOptions { CurrentYear = 2025, MaxDeliveryAttempts = 2 });
        var office = await s.AddOfficeAsync();
        var sent = await s.SendConsistentAsync(office, 1);
        // The validation container gone: writing the report fails after the file was read and archived.
        await azurite.Storage.Validation.DeleteAsync();
        IngestOutcome last;
        try
        {
            await Assert.ThrowsAsync<Azure.RequestFailedException>(() => s.Ingest.IngestAsync(sent.BlobName, default));
            Assert.Empty(await s.LogAsync(office)); // nothing recorded: the host retries

            last = await s.Ingest.IngestAsync(sent.BlobName, default);
        }
        finally
        {
            await azurite.Storage.Validation.CreateIfNotExistsAsync();
        }

        Assert.Equal(UploadState.Failed, last.State);
        Assert.Contains("container", last.Error, StringComparison.OrdinalIgnoreCase);
        var row = Assert.Single(await s.LogAsync(office));
        Assert.Equal((UploadState.Failed, last.Error), (row.State, row.Error));

        // A delivery past the last finds the failure recorded with the saved error, and records nothing new.
        var after = await s.Ingest.IngestAsync(sent.BlobName, default);
        Assert.True(after.IsRedelivery);
        Assert.Equal(last.Error, after.Error ?? after.Record!.Error);
        Assert.Single(await s.LogAsync(office));
    }

    [Fact]
    public async Task Deliveries_past_the_maximum_with_no_error_saved_say_processing_failed_repeatedly()
    {
        var s = new Scenario(azurite.Storage, new IngestOptions { CurrentYear = 2025, MaxDeliveryAttempts = 1 });
        var office = await s.AddOfficeAsync();
        var sent = await s.SendConsistentAsync(office, 1);
        await s.Submissions.CountAttemptAsync(sent.PartitionKey, sent.UploadId, default);

        var outcome = await s.Ingest.IngestAsync(sent.BlobName, default);

        Assert.Equal(UploadState.Failed, outcome.State);
        Assert.Equal("处理多次失败。", outcome.Error);
        var row = Assert.Single(await s.LogAsync(office));
        Assert.Equal(("处理多次失败。", sent.BlobName), (row.Error, row.BlobName));
        Assert.NotNull(row.ArchiveName);
    }
}
