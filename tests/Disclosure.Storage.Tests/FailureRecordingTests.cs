using Azure;
using Disclosure.Pipeline.Ingest;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;

namespace Disclosure.Storage.Tests;

/// <summary>
/// Recording a failure at its edges: a version already judged, archiving that fails on the way, and which storage faults the
/// best-effort steps (archiving a failed upload, saving an attempt's error, recording the last delivery's failure) swallow:
/// the transport's faults, while any other exception is a bug and reaches the caller.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FailureRecordingTests(AzuriteFixture azurite)
{
    private const string Injected = "注入的故障";

    private readonly Scenario _s = new(azurite.Storage);

    /// <summary>The faults the best-effort steps take as storage or network trouble.</summary>
    public static TheoryData<string> StorageFaults => ["RequestFailed", "IO", "HttpRequest", "Aggregate", "TaskCanceled"];

    private static Exception Fault(string kind) => kind switch
    {
        "RequestFailed" => new RequestFailedException(500, Injected),
        "IO" => new IOException(Injected),
        "HttpRequest" => new HttpRequestException(Injected),
        "Aggregate" => new AggregateException(Injected, new IOException(Injected)),
        "TaskCanceled" => new TaskCanceledException(Injected),
        "InvalidOperation" => new InvalidOperationException(Injected),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    [Fact]
    public async Task A_failure_reported_for_a_version_already_judged_returns_the_judged_row_and_writes_nothing()
    {
        var office = await _s.AddOfficeAsync();
        var sent = await _s.SendConsistentAsync(office, 2);
        var judged = await _s.Ingest.IngestAsync(sent.BlobName, default);

        var outcome = await _s.Ingest.RecordFailureAsync(sent.BlobName, "队列重试次数已用完", default);

        Assert.Equal((UploadState.Duplicate, true, true, null), (outcome.State, outcome.IsRedelivery, outcome.IsCurrent, outcome.Error));
        Assert.Equal(judged.Record!.RowKey, outcome.Record!.RowKey);
        Assert.Equal((UploadState.Accepted, judged.Record.RecordedUtc), (outcome.Record.State, outcome.Record.RecordedUtc));
        var row = Assert.Single(await _s.LogAsync(office));
        Assert.Equal((UploadState.Accepted, null), (row.State, row.Error));
    }

    [Fact]
    public async Task A_failure_reported_for_another_blob_with_bytes_already_judged_is_logged_as_its_own_failure()
    {
        var office = await _s.AddOfficeAsync();
        var bytes = SubmissionCsv.Consistent(office, Scenario.Year, 2);
        var judged = await _s.UploadAndIngestAsync(office, bytes, "a.csv");
        var copy = await _s.SendAsync(office, bytes, "b.csv");

        var outcome = await _s.Ingest.RecordFailureAsync(copy.BlobName, "队列重试次数已用完", default);

        Assert.Equal((UploadState.Failed, false, "队列重试次数已用完"), (outcome.State, outcome.IsRedelivery, outcome.Error));
        Assert.Equal(copy.UploadId, outcome.Record!.UploadId);
        var log = await _s.LogAsync(office);
        Assert.Equal(2, log.Count);
        Assert.Equal(UploadState.Failed, Assert.Single(log, r => r.BlobName == copy.BlobName).State);
        Assert.Equal(judged.Record!.RowKey, (await _s.CurrentAsync(office))!.UploadRowKey);
    }

    [Theory]
    [MemberData(nameof(StorageFaults))]
    public async Task A_failure_whose_archiving_fails_is_logged_with_its_error_and_no_archive(string fault)
    {
        var office = await _s.AddOfficeAsync();
        var sent = await _s.SendConsistentAsync(office, 2);
        var ingest = new IngestService(HookedStorage.Create(azurite, blobHook: ArchiveFault(fault)), new IngestOptions { CurrentYear = 2025 });

        var outcome = await ingest.RecordFailureAsync(sent.BlobName, "队列重试次数已用完", default);

        Assert.Equal((UploadState.Failed, false, "队列重试次数已用完"), (outcome.State, outcome.IsRedelivery, outcome.Error));
        Assert.Null(outcome.Record!.ArchiveName);
        var row = Assert.Single(await _s.LogAsync(office));
        Assert.Equal((UploadState.Failed, "队列重试次数已用完", null), (row.State, row.Error, row.ArchiveName));
        Assert.Empty(await _s.BlobsAsync(StorageNames.ArchiveContainer, $"{Scenario.Year}/{office}/"));
    }

    [Fact]
    public async Task An_exception_other_than_a_storage_fault_while_archiving_a_failure_reaches_the_caller_and_records_nothing()
    {
        var office = await _s.AddOfficeAsync();
        var sent = await _s.SendConsistentAsync(office, 2);
        var ingest = new IngestService(HookedStorage.Create(azurite, blobHook: ArchiveFault("InvalidOperation")), new IngestOptions { CurrentYear = 2025 });

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => ingest.RecordFailureAsync(sent.BlobName, "队列重试次数已用完", default));

        Assert.Equal(Injected, thrown.Message);
        Assert.Empty(await _s.LogAsync(office));
    }

    [Theory]
    [MemberData(nameof(StorageFaults))]
    public async Task A_storage_fault_saving_the_attempts_error_is_swallowed_and_the_commit_fault_is_thrown(string fault)
    {
        var office = await _s.AddOfficeAsync();
        var sent = await _s.SendConsistentAsync(office, 2);
        var ingest = new IngestService(HookedStorage.Create(azurite, tableHook: CommitFaultThen(fault, RequestHook.IsPatchOrPut)), new IngestOptions { CurrentYear = 2025 });

        var thrown = await Assert.ThrowsAsync<IOException>(() => ingest.IngestAsync(sent.BlobName, default));

        Assert.Equal("提交时连接中断", thrown.Message);
        Assert.Null(await _s.Submissions.GetAttemptErrorAsync(sent.PartitionKey, sent.UploadId, default));
        Assert.Empty(await _s.LogAsync(office));
    }

    [Fact]
    public async Task An_exception_other_than_a_storage_fault_saving_the_attempts_error_reaches_the_caller()
    {
        var office = await _s.AddOfficeAsync();
        var sent = await _s.SendConsistentAsync(office, 2);
        var ingest = new IngestService(HookedStorage.Create(azurite, tableHook: CommitFaultThen("InvalidOperation", RequestHook.IsPatchOrPut)), new IngestOptions { CurrentYear = 2025 });

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => ingest.IngestAsync(sent.BlobName, default));

        Assert.Equal(Injected, thrown.Message);
        Assert.Empty(await _s.LogAsync(office));
    }

    [Theory]
    [MemberData(nameof(StorageFaults))]
    public async Task On_the_last_delivery_a_storage_fault_recording_the_failure_is_swallowed_and_the_commit_fault_is_thrown(string fault)
    {
        var office = await _s.AddOfficeAsync();
        var sent = await _s.SendConsistentAsync(office, 2);
        var options = new IngestOptions { CurrentYear = 2025, MaxDeliveryAttempts = 1 };
        var ingest = new IngestService(HookedStorage.Create(azurite, tableHook: CommitFaultThen(fault, RequestHook.IsPost)), options);

        var thrown = await Assert.ThrowsAsync<IOException>(() => ingest.IngestAsync(sent.BlobName, default));

        Assert.Equal("提交时连接中断", thrown.Message);
        Assert.Equal("提交时连接中断", await _s.Submissions.GetAttemptErrorAsync(sent.PartitionKey, sent.UploadId, default));
        Assert.Empty(await _s.LogAsync(office));
    }

    [Fact]
    public async Task On_the_last_delivery_an_exception_other_than_a_storage_fault_recording_the_failure_reaches_the_caller()
    {
        var office = await _s.AddOfficeAsync();
        var sent = await _s.SendConsistentAsync(office, 2);
        var options = new IngestOptions { CurrentYear = 2025, MaxDeliveryAttempts = 1 };
        var ingest = new IngestService(HookedStorage.Create(azurite, tableHook: CommitFaultThen("InvalidOperation", RequestHook.IsPost)), options);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => ingest.IngestAsync(sent.BlobName, default));

        Assert.Equal(Injected, thrown.Message);
        Assert.Empty(await _s.LogAsync(office));
    }

    /// <summary>Every write into the archive container throws <paramref name="fault"/>.</summary>
    private static RequestHook ArchiveFault(string fault) => new(message =>
        RequestHook.IsBlobPut(message, StorageNames.ArchiveContainer) ? Task.FromException(Fault(fault)) : Task.CompletedTask);

    /// <summary>
    /// The commit (<c>$batch</c>) throws an <see cref="IOException"/>; after it, the first request that <paramref name="target"/>
    /// picks throws <paramref name="fault"/>.
    /// </summary>
    private static RequestHook CommitFaultThen(string fault, Func<Azure.Core.HttpMessage, bool> target)
    {
        var committed = false;
        var struck = false;
        return new RequestHook(message =>
        {
            if (RequestHook.IsBatch(message))
            {
                committed = true;
                return Task.FromException(new IOException("提交时连接中断"));
            }

            if (committed && !struck && target(message))
            {
                struck = true;
                return Task.FromException(Fault(fault));
            }

            return Task.CompletedTask;
        });
    }
}
