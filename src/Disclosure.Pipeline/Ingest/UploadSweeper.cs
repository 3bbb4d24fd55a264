using Azure.Storage.Blobs.Models;
using Disclosure.Storage.Blobs;
using Disclosure.Storage.Configuration;

namespace Disclosure.Pipeline.Ingest;

/// <summary>
/// Finds uploads that no trigger delivered and ingests them. A polling blob trigger can miss a blob: it
/// asks for blobs modified after the latest time it has seen, and storage reports times to the second,
/// so a blob written in the same second as one already seen is skipped (seen with Azurite). Ingest is
/// idempotent, so sweeping a blob the trigger is handling at the same moment does no harm. One sweeper
/// runs at a time (its set of recorded versions is not shared between threads).
/// </summary>
public sealed class UploadSweeper(StorageClients storage, IngestService ingest, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    // Blob versions already known to be recorded: each is looked up in the log once, not at every sweep.
    private readonly HashSet<string> _recorded = new(StringComparer.Ordinal);

    /// <summary>Blobs younger than this are left to the trigger.</summary>
    public TimeSpan GracePeriod { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Ingests every upload (under <paramref name="prefix"/>, e.g. "2022/") older than the grace period that has no record yet; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken ct, string? prefix = null)
    {
        var swept = 0;
        var cutoff = _time.GetUtcNow() - GracePeriod;
        await foreach (var blob in storage.Uploads.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, ct).ConfigureAwait(false))
        {
            if (blob.Properties.LastModified is not { } modified || modified > cutoff || blob.Properties.ETag is not { } etag)
            {
                continue;
            }

            var uploadId = UploadIds.For(blob.Name, etag);
            if (_recorded.Contains(uploadId))
            {
                continue;
            }

            if (!await ingest.IsRecordedAsync(blob.Name, etag, ct).ConfigureAwait(false))
            {
                await ingest.IngestAsync(blob.Name, ct).ConfigureAwait(false);
                swept++;
            }

            _recorded.Add(uploadId);
        }

        return swept;
    }
}
