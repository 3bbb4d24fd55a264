using Azure.Storage.Blobs;
using Disclosure.Pipeline.Ingest;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Logging;

namespace Disclosure.Host;

/// <summary>The local twins of the function app's triggers: bind, call the service, return.</summary>
public sealed class LocalTriggers(IngestService ingest, ILogger<LocalTriggers> logger)
{
    /// <summary>The WebJobs blob trigger retries a failing blob 5 times; the service records it as failed on the last.</summary>
    [FunctionName("IngestUpload")]
    public async Task IngestUpload([BlobTrigger("uploads/{year}/{office}/{name}", Connection = "AzureWebJobsStorage")] BlobClient blob, CancellationToken cancellationToken)
    {
        var outcome = await ingest.IngestAsync(blob.Name, cancellationToken);
        logger.LogInformation("Upload {Blob}: {State}, {Errors} errors, {Warnings} warnings", blob.Name, outcome.State, outcome.Errors, outcome.Warnings);
    }
}
