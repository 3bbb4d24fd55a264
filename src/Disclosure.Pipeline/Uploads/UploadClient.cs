using System.Globalization;
using Azure;
using Azure.Storage.Blobs.Models;
using Disclosure.Storage.Blobs;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;

namespace Disclosure.Pipeline.Uploads;

/// <summary>
/// The office's side: puts a file into <c>uploads/{year}/{office}/{file}</c> and waits for ingest's verdict
/// in the upload log. Used by <c>disclosure upload</c>, tests and benchmarks.
/// </summary>
public sealed class UploadClient(StorageClients storage, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>
    /// Uploads without ever replacing a blob already there: when the name is taken, a UTC time stamp is added
    /// to the file name, so each upload is its own blob and its own log row.
    /// </summary>
    public async Task<SentUpload> SendAsync(byte[] content, string fileName, int year, string officeId, IProgress<long>? progress, CancellationToken ct)
    {
        if (!UploadPath.IsValidOfficeId(officeId))
        {
            throw new ArgumentException($"Invalid office id '{officeId}'.", nameof(officeId));
        }

        fileName = Path.GetFileName(fileName);
        var sha256 = UploadIds.Sha256(content);
        for (var attempt = 0; ; attempt++)
        {
            var name = attempt == 0 ? fileName : Stamped(fileName, _time.GetUtcNow(), attempt);
            var blobName = new UploadPath(year, officeId, name).BlobName;
            var blob = storage.Uploads.GetBlobClient(blobName);
            try
            {
                var options = new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypes.For(name) },
                    ProgressHandler = progress,
                    Metadata = new Dictionary<string, string>([ClientTime.Metadata(_time.GetUtcNow())]),
                };
                var response = await blob.UploadAsync(BinaryData.FromBytes(content), options, ct).ConfigureAwait(false);
                return new SentUpload(year, officeId, blobName, response.Value.ETag, sha256, content.LongLength);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < 10)
            {
                // Name taken: try a stamped name.
            }
        }
    }

    /// <summary>Polls the upload log until ingest has recorded the upload, or the timeout passes (then null).</summary>
    public async Task<UploadRecord?> WaitForVerdictAsync(SentUpload upload, TimeSpan timeout, CancellationToken ct, TimeSpan? pollInterval = null)
    {
        var table = new SubmissionTable(storage.Submissions);
        var deadline = _time.GetUtcNow() + timeout;
        var interval = pollInterval ?? TimeSpan.FromMilliseconds(500);
        while (true)
        {
            if (await table.FindByUploadIdAsync(upload.PartitionKey, upload.UploadId, ct).ConfigureAwait(false) is { } record)
            {
                return record;
            }

            if (_time.GetUtcNow() >= deadline)
            {
                return null;
            }

            await Task.Delay(interval, _time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>The JSON validation report of a log row (DESIGN.md's <c>validate --json</c> shape), or null when there is none.</summary>
    public async Task<string?> GetReportJsonAsync(UploadRecord record, CancellationToken ct)
    {
        if (record.ReportJsonName is null)
        {
            return null;
        }

        try
        {
            var response = await storage.Validation.GetBlobClient(record.ReportJsonName).DownloadContentAsync(ct).ConfigureAwait(false);
            return response.Value.Content.ToString();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private static string Stamped(string fileName, DateTimeOffset now, int attempt)
    {
        var stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        var suffix = attempt > 1 ? $"-{attempt}" : string.Empty;
        return $"{Path.GetFileNameWithoutExtension(fileName)}-{stamp}{suffix}{Path.GetExtension(fileName)}";
    }
}
