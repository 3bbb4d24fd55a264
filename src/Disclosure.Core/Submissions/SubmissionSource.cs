namespace Disclosure.Submissions;

/// <summary>Where a submission came from: the upload (one version of one blob), its blob name, its content hash and when it was uploaded.</summary>
public sealed record SubmissionSource(string UploadId, string BlobName, string Sha256, DateTimeOffset UploadedUtc);
