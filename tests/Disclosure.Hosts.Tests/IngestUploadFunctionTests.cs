using Disclosure.Functions;
using Disclosure.Pipeline.Ingest;
using Disclosure.Pipeline.Roster;
using Disclosure.Pipeline.Status;
using Disclosure.Pipeline.Uploads;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Disclosure.Hosts.Tests;

[Collection(AzuriteCollection.Name)]
public class IngestUploadFunctionTests(AzuriteFixture azurite)
{
    private const int Year = 2022;

    [Fact]
    public async Task The_function_records_an_upload_with_real_clients()
    {
        var storage = azurite.Storage;
        var officeId = $"fn{Guid.NewGuid():N}"[..12];
        await new OfficeRoster(storage.Offices).UpsertAsync([new Office(officeId, "二道区测试局", "department", true)], CancellationToken.None);
        var sent = await new UploadClient(storage).SendAsync(SubmissionCsv.Consistent(officeId, Year, 7), "统计表.csv", Year, officeId, null, CancellationToken.None);
        var function = new IngestUpload(new IngestService(storage), NullLogger<IngestUpload>.Instance);

        await function.Run(storage.Uploads.GetBlobClient(sent.BlobName), CancellationToken.None);

        var office = Assert.Single((await new StatusService(storage).GetAsync(Year, CancellationToken.None)).Offices, o => o.OfficeId == officeId);
        Assert.Equal(OfficeState.Accepted, office.State);
        Assert.Equal(sent.BlobName, office.CurrentBlobName);
    }
}
