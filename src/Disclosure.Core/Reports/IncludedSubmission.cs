namespace Disclosure.Reports;

/// <summary>One office's submission that went into a report: which upload, and the hash of its bytes.</summary>
public sealed record IncludedSubmission(string OfficeId, string Name, string UploadId, string Sha256);
