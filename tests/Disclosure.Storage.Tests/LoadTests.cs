using System.Diagnostics;
using Disclosure.Development.Azurite;
using Disclosure.Pipeline.Ingest;
using Disclosure.Pipeline.Uploads;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Testing;
using Xunit.Abstractions;

namespace Disclosure.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class LoadTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task Thousand_distinct_uploads_end_with_a_thousand_log_records()
    {
        var s = new Scenario(azurite.Storage);
        var offices = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            offices.Add(await s.AddOfficeAsync(Scenario.NewOfficeId("k")));
        }

        // 20 distinct uploads per office, sent with bounded parallelism.
        var jobs = Enumerable.Range(0, 1000).Select(i => (Office: offices[i % 50], Requests: i)).ToList();
        var sent = new SentUpload[jobs.Count];
        await Parallel.ForAsync(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            sent[i] = await s.SendConsistentAsync(jobs[i].Office, jobs[i].Requests, fileName: $"u{i}.csv"));

        var clock = Stopwatch.StartNew();
        var outcomes = new IngestOutcome[jobs.Count];
        await Parallel.ForAsync(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            outcomes[i] = await s.Ingest.IngestAsync(sent[i].BlobName, ct));
        output.WriteLine($"1,000 ingests, 16 in parallel: {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.All(outcomes, o => Assert.Equal(UploadState.Accepted, o.State));
        var logRows = 0;
        foreach (var office in offices)
        {
            var log = await s.LogAsync(office);
            logRows += log.Count;
            var current = await s.CurrentAsync(office);
            var newest = log.MaxBy(r => r.Order, StringComparer.Ordinal)!;
            Assert.Equal(newest.RowKey, current!.UploadRowKey);
        }

        Assert.Equal(1000, logRows);
        Assert.Equal(1000, sent.Select(u => u.UploadId).Distinct().Count());
    }

    [Fact]
    public async Task Parallel_uploads_for_one_office_end_with_one_current_submission_the_newest()
    {
        var s = new Scenario(azurite.Storage);
        var office = await s.AddOfficeAsync();
        var sent = new List<SentUpload>();
        for (var i = 1; i <= 30; i++)
        {
            sent.Add(await s.SendConsistentAsync(office, i, fileName: $"v{i}.csv"));
        }

        // Deliver in random order, every upload twice, all at once.
        var deliveries = sent.Concat(sent).OrderBy(_ => Random.Shared.Next()).ToList();
        await Task.WhenAll(deliveries.Select(u => Task.Run(() => s.Ingest.IngestAsync(u.BlobName, default))));

        var rows = await s.RowsAsync(office);
        var current = Assert.Single(rows, r => r.RowKey == SubmissionKeys.CurrentRow);
        Assert.Equal(sent[^1].BlobName, current.GetString("BlobName"));
        Assert.Equal(30, current.GetInt("requests_received_total"));
        var log = await s.LogAsync(office);
        Assert.Equal(30, log.Count);
        Assert.All(log, r => Assert.Equal(UploadState.Accepted, r.State));
        Assert.Equal(30, (await s.BlobsAsync(StorageNames.ArchiveContainer, $"{Scenario.Year}/{office}/")).Count);
        Assert.Equal(60, (await s.BlobsAsync(StorageNames.ValidationContainer, $"{Scenario.Year}/{office}/")).Count);
    }

    [Fact]
    public async Task Storage_fault_mid_ingest_ends_consistent_after_retry()
    {
        var location = Path.Combine(Path.GetTempPath(), $"azurite-fault-{Guid.NewGuid():N}");
        await using var azuriteWithDisk = await AzuriteLauncher.StartAsync(new AzuriteOptions { Location = location });
        try
        {
            var storage = StorageClients.ForConnectionString(azuriteWithDisk.ConnectionString);
            await storage.EnsureCreatedAsync();
            var s = new Scenario(storage, new IngestOptions { CurrentYear = 2025, MaxDeliveryAttempts = 1_000 });
            var offices = new List<string>();
            for (var i = 0; i < 5; i++)
            {
                offices.Add(await s.AddOfficeAsync());
            }

            var sent = new List<SentUpload>();
            for (var i = 0; i < 150; i++)
            {
                sent.Add(await s.SendConsistentAsync(offices[i % 5], i, fileName: $"f{i}.csv"));
            }

            // Ingest everything, and stop the storage while ingests are in flight.
            var running = sent.Select(u => Task.Run(() => s.Ingest.IngestAsync(u.BlobName, default))).ToList();
            while (running.Count(t => t.IsCompleted) < 20)
            {
                await Task.Delay(5);
            }

            await azuriteWithDisk.StopAsync();
            var results = await Task.WhenAll(running.Select(async t =>
            {
                try
                {
                    await t;
                    return true;
                }
                catch (Exception)
                {
                    return false;
                }
            }));
            output.WriteLine($"{results.Count(r => r)} of {sent.Count} ingests finished before the fault");
            Assert.Contains(false, results);

            // Storage comes back with what it had written; the host retries every upload.
            await azuriteWithDisk.RestartAsync();
            await Parallel.ForEachAsync(sent, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (u, ct) =>
            {
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        await s.Ingest.IngestAsync(u.BlobName, ct);
                        return;
                    }
                    catch (Exception) when (attempt < 10)
                    {
                        await Task.Delay(200, ct);
                    }
                }
            });

            var logRows = 0;
            foreach (var office in offices)
            {
                var log = await s.LogAsync(office);
                logRows += log.Count;
                Assert.All(log, r => Assert.Equal(UploadState.Accepted, r.State));
                Assert.Equal(log.Count, log.Select(r => r.Sha256).Distinct().Count());
                var newest = sent.Where(u => u.OfficeId == office).Last();
                Assert.Equal(newest.BlobName, (await s.CurrentAsync(office))!.BlobName);
                var archived = await s.BlobsAsync(StorageNames.ArchiveContainer, $"{Scenario.Year}/{office}/");
                Assert.Equal(log.Count, archived.Count);
                Assert.Equal(log.Count * 2, (await s.BlobsAsync(StorageNames.ValidationContainer, $"{Scenario.Year}/{office}/")).Count);
            }

            Assert.Equal(sent.Count, logRows);
        }
        finally
        {
            await azuriteWithDisk.StopAsync();
            try
            {
                Directory.Delete(location, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
