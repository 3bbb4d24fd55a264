using Disclosure.Pipeline.Ingest;
using Disclosure.Submissions;

namespace Disclosure.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public class UploadSweeperTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task An_upload_no_trigger_delivered_is_ingested_once_by_the_sweep()
    {
        var scenario = new Scenario(azurite.Storage);
        var officeId = await scenario.AddOfficeAsync();
        var sent = await scenario.SendConsistentAsync(officeId, requests: 3);
        var sweeper = new UploadSweeper(azurite.Storage, scenario.Ingest) { GracePeriod = TimeSpan.Zero };

        var swept = await sweeper.SweepAsync(CancellationToken.None, $"{Scenario.Year}/{officeId}/");
        var again = await sweeper.SweepAsync(CancellationToken.None, $"{Scenario.Year}/{officeId}/");

        Assert.Equal(1, swept);
        Assert.Equal(0, again);
        var record = Assert.Single(await scenario.LogAsync(officeId));
        Assert.Equal(UploadState.Accepted, record.State);
        Assert.Equal(sent.BlobName, (await scenario.CurrentAsync(officeId))!.BlobName);
    }

    [Fact]
    public async Task Uploads_younger_than_the_grace_period_are_left_to_the_trigger()
    {
        var scenario = new Scenario(azurite.Storage);
        var officeId = await scenario.AddOfficeAsync();
        await scenario.SendConsistentAsync(officeId, requests: 4);
        var sweeper = new UploadSweeper(azurite.Storage, scenario.Ingest) { GracePeriod = TimeSpan.FromHours(1) };

        await sweeper.SweepAsync(CancellationToken.None, $"{Scenario.Year}/{officeId}/");

        Assert.Empty(await scenario.LogAsync(officeId));
    }
}
