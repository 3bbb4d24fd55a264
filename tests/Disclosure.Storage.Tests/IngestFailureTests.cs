using Disclosure.Pipeline.Ingest;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Testing;

namespace Disclosure.Storage.Tests;

/// <summary>Uploads that are gone before ingest runs: the attempt is still logged, with the reason a person reads.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class IngestFailureTests(AzuriteFixture azurite)
{
    private readonly Scenario _s = new(azurite.Storage);

    [Fact]
    public async Task A_blob_deleted_before_ingest_is_logged_as_failed_saying_it_was_gone()
    {
        var office = await _s.AddOfficeAsync();
        var sent = await _s.SendConsistentAsync(office, 1);
        await azurite.Storage.Uploads.GetBlobClient(sent.BlobName).DeleteAsync();

        var outcome = await _s.Ingest.IngestAsync(sent.BlobName, default);
        var again = await _s.Ingest.IngestAsync(sent.BlobName, default);

        Assert.Equal(UploadState.Failed, outcome.State);
        Assert.False(outcome.IsRedelivery);
        Assert.Equal("上传的文件在处理前已不存在。", outcome.Error);
        Assert.True(again.IsRedelivery);
        var log = Assert.Single(await _s.LogAsync(office));
        Assert.Equal((UploadState.Failed, "上传的文件在处理前已不存在。", sent.BlobName), (log.State, log.Error, log.BlobName));
        Assert.Equal(SubmissionKeys.Partition(Scenario.Year, office), log.PartitionKey);
        Assert.Null(log.ArchiveName);
        Assert.Null(await _s.CurrentAsync(office));
    }

    [Fact]
    public async Task A_host_giving_up_on_a_blob_that_is_gone_logs_its_own_error()
    {
        var office = await _s.AddOfficeAsync();
        var blobName = $"{Scenario.Year}/{office}/gone.csv";

        var outcome = await _s.Ingest.RecordFailureAsync(blobName, "队列重试次数已用完", default);

        Assert.Equal(UploadState.Failed, outcome.State);
        Assert.Equal("队列重试次数已用完", outcome.Error);
        var log = Assert.Single(await _s.LogAsync(office));
        Assert.Equal((UploadState.Failed, "队列重试次数已用完"), (log.State, log.Error));
    }
}
