using Azure;

namespace Disclosure.Storage.Blobs;

/// <summary>
/// One version of an uploaded blob as read for ingest: its bytes (null when over the size limit), the
/// SHA-256 of all its bytes, and the properties that identify the version.
/// </summary>
public sealed record ReceivedBlob(
    string BlobName,
    byte[]? Content,
    long Length,
    string Sha256,
    ETag ETag,
    DateTimeOffset CreatedOn,
    DateTimeOffset LastModified,
    DateTimeOffset? ClientUploadedUtc)
{
    /// <summary>
    /// The upload's time as the service saw it: when this content was written (Last-Modified; for a blob
    /// written once, its creation time; for a blob overwritten under the same name, the overwrite's time).
    /// The service gives it to the second only.
    /// </summary>
    public DateTimeOffset UploadedUtc => LastModified > CreatedOn ? LastModified : CreatedOn;

    /// <summary>
    /// Sortable order of uploads: the service's time to the second, then the uploader's own clock (metadata
    /// set by the upload client) to order uploads within the same second, then the content hash.
    /// The uploader's clock only breaks ties, so a wrong clock cannot move an upload across seconds.
    /// </summary>
    public string Order => Tables.UploadRecord.OrderOf(UploadedUtc, ClientUploadedUtc, Sha256);

    /// <summary>Identifies this version of the blob: the same name and ETag is the same delivery.</summary>
    public string UploadId => UploadIds.For(BlobName, ETag);
}
