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
    DateTimeOffset LastModified)
{
    public bool IsOverLimit => Content is null;

    /// <summary>Identifies this version of the blob: the same name and ETag is the same delivery.</summary>
    public string UploadId => UploadIds.For(BlobName, ETag);
}
