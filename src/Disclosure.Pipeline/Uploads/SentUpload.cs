using Azure;

namespace Disclosure.Pipeline.Uploads;

/// <summary>A file put into <c>uploads</c>: where, which version, and the id its log row will carry.</summary>
public sealed record SentUpload(int Year, string OfficeId, string BlobName, ETag ETag, string Sha256, long Length)
{
    public string UploadId => Storage.Blobs.UploadIds.For(BlobName, ETag);

    public string PartitionKey => Storage.Tables.SubmissionKeys.Partition(Year, OfficeId);
}
