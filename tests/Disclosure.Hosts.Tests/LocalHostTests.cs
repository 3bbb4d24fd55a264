using Disclosure.Host;
using Disclosure.Pipeline.Roster;
using Disclosure.Pipeline.Status;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Testing;
using Microsoft.Extensions.Hosting;

namespace Disclosure.Hosts.Tests;

[Collection(AzuriteCollection.Name)]
public class LocalHostTests(AzuriteFixture azurite)
{
    private const int Year = 2022;

    [Fact]
    public async Task A_blob_dropped_into_uploads_gets_a_verdict_from_the_local_host()
    {
        var storage = azurite.Storage;
        var accepted = $"lh{Guid.NewGuid():N}"[..12];
        var rejected = $"lh{Guid.NewGuid():N}"[..12];
        await new OfficeRoster(storage.Offices).UpsertAsync(
            [new Office(accepted, "二道区测试局", "department", true), new Office(rejected, "二道区测试街道", "street", true)], CancellationToken.None);
        using var host = LocalHostBuilder.Build(azurite.ConnectionString, urls: LocalHttpTests.FreePort);
        await host.StartAsync();
        try
        {
            // Dropped straight into the container, as an office's tool or the portal would, not through our client.
            await storage.Uploads.UploadBlobAsync($"{Year}/{accepted}/统计表.csv", BinaryData.FromBytes(SubmissionCsv.Consistent(accepted, Year, 5)));
            var broken = SubmissionCsv.ConsistentFigures(requests: 5);
            broken["requests.handled_total.natural_person"] += 1;
            await storage.Uploads.UploadBlobAsync($"{Year}/{rejected}/统计表.csv", BinaryData.FromBytes(SubmissionCsv.Bytes(rejected, Year, broken)));

            var status = await WaitForVerdictsAsync(storage, [accepted, rejected], TimeSpan.FromSeconds(90));

            Assert.Equal(OfficeState.Accepted, status[accepted].State);
            Assert.Equal(OfficeState.Rejected, status[rejected].State);
            Assert.True(status[rejected].Errors >= 1);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Blobs_dropped_in_the_same_second_all_get_a_verdict()
    {
        // The polling blob trigger skips blobs that share a second with one it has seen; the sweep catches them.
        var storage = azurite.Storage;
        var offices = Enumerable.Range(0, 24).Select(_ => $"lh{Guid.NewGuid():N}"[..12]).ToArray();
        await new OfficeRoster(storage.Offices).UpsertAsync([.. offices.Select(o => new Office(o, "二道区测试局", "department", true))], CancellationToken.None);
        using var host = LocalHostBuilder.Build(azurite.ConnectionString, urls: LocalHttpTests.FreePort);
        await host.StartAsync();
        try
        {
            await Parallel.ForEachAsync(offices.Select((office, i) => (office, i)), async (upload, ct) =>
                await storage.Uploads.UploadBlobAsync($"{Year}/{upload.office}/统计表.csv", BinaryData.FromBytes(SubmissionCsv.Consistent(upload.office, Year, upload.i + 1)), ct));

            var status = await WaitForVerdictsAsync(storage, offices, TimeSpan.FromSeconds(90));

            Assert.All(status.Values, office => Assert.Equal(OfficeState.Accepted, office.State));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<Dictionary<string, OfficeStatus>> WaitForVerdictsAsync(Disclosure.Storage.Configuration.StorageClients storage, string[] offices, TimeSpan timeout)
    {
        var service = new StatusService(storage);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var status = (await service.GetAsync(Year, CancellationToken.None)).Offices
                .Where(o => offices.Contains(o.OfficeId))
                .ToDictionary(o => o.OfficeId);
            if (status.Count == offices.Length && status.Values.All(o => o.State != OfficeState.Missing))
            {
                return status;
            }

            Assert.True(DateTime.UtcNow < deadline, "the local host gave no verdict in time");
            await Task.Delay(250);
        }
    }
}
