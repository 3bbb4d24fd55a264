using Azure.Storage.Blobs;
using Disclosure.Pipeline.Ingest;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Disclosure.Functions;

/// <summary>
/// An office's upload lands in <c>uploads/{year}/{office}/{name}</c>: read, validate, record, archive.
/// Event Grid source, as Flex Consumption requires. The trigger is at-least-once; the service is idempotent
/// and counts deliveries, recording the upload as failed once retries are spent.
/// </summary>
public sealed class IngestUpload(IngestService ingest, ILogger<IngestUpload> logger)
{
    public const string UploadsPath = "uploads/{year}/{office}/{name}";

    [Function(nameof(IngestUpload))]
    public async Task Run(
        [BlobTrigger(UploadsPath, Source = BlobTriggerSource.EventGrid, Connection = "AzureWebJobsStorage")] BlobClient blob,
        CancellationToken cancellationToken)
    {
        var outcome = await ingest.IngestAsync(blob.Name, cancellationToken);
        logger.LogInformation("Upload {Blob}: {State}, {Errors} errors, {Warnings} warnings", blob.Name, outcome.State, outcome.Errors, outcome.Warnings);
    }
}
