namespace Disclosure.Contracts;

/// <summary>An office link the admin function issued: the URL (the secret, shown once), whose, which year, until when.</summary>
public sealed record OfficeLinkContract(string OfficeId, string Name, int Year, string Url, DateTimeOffset ExpiresUtc);

/// <summary>The answer to revoking an office's links for a year: how many live links were revoked.</summary>
public sealed record OfficeLinkRevocationContract(string OfficeId, int Year, int Revoked);

/// <summary>
/// One upload's verdict as an office link serves it to <c>disclosure upload --link</c>: <c>pending</c> while ingest runs,
/// then <c>accepted</c>, <c>rejected</c>, <c>duplicate</c> or <c>failed</c>, with the upload's validation report.
/// </summary>
public sealed record OfficeUploadVerdictContract(
    string State,
    string FileName,
    int Errors,
    int Warnings,
    bool BecameCurrent,
    string? Error,
    ValidationReportContract? Report);
