using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Disclosure.Storage.Blobs;

/// <summary>
/// Downloads an upload in one request (so bytes and properties belong to the same version), keeping at
/// most <c>maxBytes</c> in memory while hashing all of it.
/// </summary>
public static class UploadReader
{
    public static async Task<ReceivedBlob> ReadAsync(BlobClient blob, long maxBytes, CancellationToken ct)
    {
        var response = await blob.DownloadStreamingAsync(new BlobDownloadOptions(), ct).ConfigureAwait(false);
        using var download = response.Value;
        var details = download.Details;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var kept = details.ContentLength <= maxBytes ? new MemoryStream((int)Math.Max(0, details.ContentLength)) : null;
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await download.Content.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            total += read;
            if (kept is not null)
            {
                if (total > maxBytes)
                {
                    kept = null;
                }
                else
                {
                    kept.Write(buffer, 0, read);
                }
            }
        }

        return new ReceivedBlob(blob.Name, kept?.ToArray(), total, UploadIds.Hex(hash.GetHashAndReset()),
            details.ETag, details.CreatedOn, details.LastModified, ClientTime.Read(details.Metadata));
    }
}
