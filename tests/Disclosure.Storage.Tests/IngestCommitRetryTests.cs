using Azure.Data.Tables;
using Disclosure.Pipeline.Ingest;
using Disclosure.Pipeline.Uploads;
using Disclosure.Submissions;

namespace Disclosure.Storage.Tests;

/// <summary>
/// A second writer between the service's read of the office's rows and its commit, forced rather than left to luck: the
/// service's table client holds each commit (<c>$batch</c>) until a competing ingest, through a plain service, has
/// committed another upload of the same office and year. The held commit then fails (409 when it adds a row the competitor
/// added, 412 when it replaces a row the competitor replaced) and the service must read again and decide again.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class IngestCommitRetryTests(AzuriteFixture azurite)
{
    private readonly Scenario _s = new(azurite.Storage);

    /// <summary>A service whose n-th commit first lets <paramref name="competitors"/>[n] run to its end (none past the list).</summary>
    private static (IngestService Service, Func<int> Commits) Racing(AzuriteFixture azurite, IngestOptions options, params Func<Task>[] competitors)
    {
        var commits = 0;
        var hook = new RequestHook(async message =>
        {
            if (RequestHook.IsBatch(message) && Interlocked.Increment(ref commits) is var n && n <= competitors.Length)
            {
                await competitors[n - 1]();
            }
        });
        return (new IngestService(HookedStorage.Create(azurite, tableHook: hook), options), () => Volatile.Read(ref commits));
    }

    private static readonly IngestOptions Options = new() { CurrentYear = 2025 };

    private Func<Task> Ingests(SentUpload upload) => async () => Assert.Equal(UploadState.Accepted, (await _s.Ingest.IngestAsync(upload.BlobName, default)).State);

    [Fact]
    public async Task The_newest_upload_becomes_current_after_losing_three_races_to_older_ones()
    {
        var office = await _s.AddOfficeAsync();
        var a = await _s.SendConsistentAsync(office, 1, fileName: "a.csv");
        var b = await _s.SendConsistentAsync(office, 2, fileName: "b.csv");
        var c = await _s.SendConsistentAsync(office, 3, fileName: "c.csv");
        var d = await _s.SendConsistentAsync(office, 4, fileName: "d.csv");
        // Commit 1 adds the first current row, which a's ingest has just added (409); commits 2 and 3 replace the row they read,
        // which b's and then c's ingest have just replaced (412); commit 4 finds no competitor.
        var (service, commits) = Racing(azurite, Options, Ingests(a), Ingests(b), Ingests(c));

        var outcome = await service.IngestAsync(d.BlobName, default);

        Assert.Equal(4, commits());
        Assert.Equal(UploadState.Accepted, outcome.State);
        Assert.True(outcome.IsCurrent);
        Assert.True(outcome.Record!.BecameCurrent);
        var current = (await _s.CurrentAsync(office))!;
        Assert.Equal((d.BlobName, outcome.Record.RowKey, 4m), (current.BlobName, current.UploadRowKey, current.Figures["requests.received.total"]));
        var log = await _s.LogAsync(office);
        Assert.Equal([a.BlobName, b.BlobName, c.BlobName, d.BlobName], log.Select(r => r.BlobName).Order(StringComparer.Ordinal));
        Assert.All(log, r => Assert.Equal((UploadState.Accepted, true), (r.State, r.BecameCurrent)));
    }

    [Fact]
    public async Task An_older_upload_that_lost_the_race_to_a_newer_one_is_logged_without_becoming_current()
    {
        var office = await _s.AddOfficeAsync();
        var older = await _s.SendConsistentAsync(office, 1, fileName: "old.csv");
        var newer = await _s.SendConsistentAsync(office, 2, fileName: "new.csv");
        var (service, commits) = Racing(azurite, Options, Ingests(newer));

        var outcome = await service.IngestAsync(older.BlobName, default);

        Assert.Equal(2, commits());
        Assert.Equal(UploadState.Accepted, outcome.State);
        Assert.False(outcome.IsCurrent);
        Assert.False(outcome.Record!.BecameCurrent);
        Assert.Equal(newer.BlobName, (await _s.CurrentAsync(office))!.BlobName);
        var log = await _s.LogAsync(office);
        Assert.Equal(2, log.Count);
        Assert.False(Assert.Single(log, r => r.BlobName == older.BlobName).BecameCurrent);
        Assert.True(Assert.Single(log, r => r.BlobName == newer.BlobName).BecameCurrent);
    }

    [Fact]
    public async Task A_redelivery_of_the_same_blob_that_commits_first_makes_the_held_ingest_a_redelivery_of_its_row()
    {
        var office = await _s.AddOfficeAsync();
        var sent = await _s.SendConsistentAsync(office, 5);
        IngestOutcome? winner = null;
        var (service, commits) = Racing(azurite, Options, async () => winner = await _s.Ingest.IngestAsync(sent.BlobName, default));

        var outcome = await service.IngestAsync(sent.BlobName, default);

        Assert.Equal(1, commits());
        Assert.Equal(UploadState.Accepted, winner!.State);
        Assert.Equal(UploadState.Duplicate, outcome.State);
        Assert.True(outcome.IsRedelivery);
        Assert.True(outcome.IsCurrent);
        Assert.Equal(winner.Record!.RowKey, outcome.Record!.RowKey);
        Assert.Equal(winner.Record.RecordedUtc, outcome.Record.RecordedUtc);
        Assert.Equal(UploadState.Accepted, outcome.Record.State);
        Assert.Single(await _s.LogAsync(office));
    }

    [Fact]
    public async Task With_no_conflicts_allowed_the_lost_commit_is_thrown_for_the_host_to_retry()
    {
        var office = await _s.AddOfficeAsync();
        var older = await _s.SendConsistentAsync(office, 1, fileName: "old.csv");
        var newer = await _s.SendConsistentAsync(office, 2, fileName: "new.csv");
        var (service, commits) = Racing(azurite, Options with { MaxCommitConflicts = 0 }, Ingests(older));

        var thrown = await Assert.ThrowsAsync<TableTransactionFailedException>(() => service.IngestAsync(newer.BlobName, default));

        Assert.Equal(409, thrown.Status); // it added a current row the older upload's ingest had just added
        Assert.Equal(1, commits());
        Assert.Equal(older.BlobName, (await _s.CurrentAsync(office))!.BlobName);
        Assert.Equal([older.BlobName], (await _s.LogAsync(office)).Select(r => r.BlobName));
        Assert.Equal(thrown.Message, await _s.Submissions.GetAttemptErrorAsync(newer.PartitionKey, newer.UploadId, default));

        // The host's retry finds no competitor.
        var retried = await _s.Ingest.IngestAsync(newer.BlobName, default);
        Assert.True(retried.IsCurrent);
        Assert.Equal(newer.BlobName, (await _s.CurrentAsync(office))!.BlobName);
    }

    [Fact]
    public async Task With_one_conflict_allowed_the_second_lost_commit_is_thrown()
    {
        var office = await _s.AddOfficeAsync();
        var a = await _s.SendConsistentAsync(office, 1, fileName: "a.csv");
        var b = await _s.SendConsistentAsync(office, 2, fileName: "b.csv");
        var c = await _s.SendConsistentAsync(office, 3, fileName: "c.csv");
        var (service, commits) = Racing(azurite, Options with { MaxCommitConflicts = 1 }, Ingests(a), Ingests(b));

        var thrown = await Assert.ThrowsAsync<TableTransactionFailedException>(() => service.IngestAsync(c.BlobName, default));

        Assert.Equal(412, thrown.Status); // it replaced, under a's ETag, the current row b's ingest had just replaced
        Assert.Equal(2, commits());
        Assert.Equal(b.BlobName, (await _s.CurrentAsync(office))!.BlobName);
        Assert.Equal(2, (await _s.LogAsync(office)).Count);
    }
}
