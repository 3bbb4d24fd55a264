using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Disclosure.Storage.Blobs;

/// <summary>
/// Writes a blob only if no blob of that name exists (If-None-Match: *). Names are deterministic, so a
/// retry after a crash finds its own earlier write and moves on: never an overwrite, never a second copy.
/// </summary>
public static class WriteOnce
{
    public static async Task<bool> UploadAsync(BlobClient blob, BinaryData content, string contentType, CancellationToken ct)
    {
        try
        {
            await blob.UploadAsync(content, Options(contentType), ct).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (IsAlreadyThere(e))
        {
            return false;
        }
    }

    public static async Task<bool> UploadAsync(BlobClient blob, Stream content, string contentType, CancellationToken ct)
    {
        try
        {
            await blob.UploadAsync(content, Options(contentType), ct).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (IsAlreadyThere(e))
        {
            return false;
        }
    }

    private static BlobUploadOptions Options(string contentType) => new()
    {
        Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
    };

    // 409 BlobAlreadyExists; some emulators answer a failed If-None-Match with 412.
    private static bool IsAlreadyThere(RequestFailedException e) => e.Status is 409 or 412;
}
