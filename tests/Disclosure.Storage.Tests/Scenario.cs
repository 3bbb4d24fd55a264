using Azure.Data.Tables;
using Disclosure.Pipeline.Ingest;
using Disclosure.Pipeline.Roster;
using Disclosure.Pipeline.Uploads;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Testing;

namespace Disclosure.Storage.Tests;

/// <summary>Helpers for one test: a fresh office on the roster, uploads, and reading back what ingest wrote.</summary>
internal sealed class Scenario(StorageClients storage, IngestOptions? options = null)
{
    public const int Year = 2022;

    public StorageClients Storage { get; } = storage;

    public IngestService Ingest { get; } = new(storage, options ?? new IngestOptions { CurrentYear = 2025 });

    public UploadClient Client { get; } = new(storage);

    public SubmissionTable Submissions { get; } = new(storage.Submissions);

    public static string NewOfficeId(string prefix = "o") => $"{prefix}{Guid.NewGuid():N}"[..16];

    public async Task<string> AddOfficeAsync(string? officeId = null, bool required = true)
    {
        officeId ??= NewOfficeId();
        await new OfficeRoster(Storage.Offices).UpsertAsync([new Office(officeId, $"测试机关{officeId}", "department", required)], CancellationToken.None);
        return officeId;
    }

    public Task<SentUpload> SendAsync(string officeId, byte[] content, string fileName = "统计表.csv", int year = Year) =>
        Client.SendAsync(content, fileName, year, officeId, null, CancellationToken.None);

    public Task<SentUpload> SendConsistentAsync(string officeId, int requests, int year = Year, string fileName = "统计表.csv") =>
        SendAsync(officeId, SubmissionCsv.Consistent(officeId, year, requests), fileName, year);

    public async Task<IngestOutcome> UploadAndIngestAsync(string officeId, byte[] content, string fileName = "统计表.csv", int year = Year)
    {
        var sent = await SendAsync(officeId, content, fileName, year);
        return await Ingest.IngestAsync(sent.BlobName, CancellationToken.None);
    }

    public Task<List<UploadRecord>> LogAsync(string officeId, int year = Year) =>
        Submissions.ListLogAsync(SubmissionKeys.Partition(year, officeId), CancellationToken.None);

    public Task<CurrentSubmission?> CurrentAsync(string officeId, int year = Year) =>
        Submissions.GetCurrentAsync(SubmissionKeys.Partition(year, officeId), CancellationToken.None);

    public async Task<List<string>> BlobsAsync(string container, string prefix)
    {
        var names = new List<string>();
        await foreach (var blob in Storage.Blobs.GetBlobContainerClient(container).GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix, default))
        {
            names.Add(blob.Name);
        }

        return names;
    }

    public async Task<List<TableEntity>> RowsAsync(string officeId, int year = Year)
    {
        var rows = new List<TableEntity>();
        var pk = SubmissionKeys.Partition(year, officeId);
        await foreach (var row in Storage.Submissions.QueryAsync<TableEntity>(e => e.PartitionKey == pk))
        {
            rows.Add(row);
        }

        return rows;
    }
}
