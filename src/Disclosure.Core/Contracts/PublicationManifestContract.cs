namespace Disclosure.Contracts;

/// <summary>
/// <c>reports/{year}/v{n}/manifest.json</c>: one published version of a year's reports. <c>published_by</c> is the person
/// (CLI user, API caller) or the timer that published it; <c>forced_reason</c> is set when the gate was overridden;
/// <c>fingerprint</c> is the hash of the inputs (uploads, narratives, roster names, renderer version) that decides
/// whether anything changed since the last version.
/// </summary>
public sealed record PublicationManifestContract(
    int Year,
    int Version,
    string PublishedUtc,
    string PublishedBy,
    string? ForcedReason,
    IReadOnlyList<string> GateReasons,
    string Fingerprint,
    string Body,
    IReadOnlyList<ManifestOfficeContract> Offices,
    IReadOnlyList<ManifestOutputContract> Outputs);

/// <summary>One office's submission that went into the version: the upload and the sha256 of its bytes.</summary>
public sealed record ManifestOfficeContract(string OfficeId, string Name, string UploadId, string Sha256, string? NarrativeUploadId);

/// <summary>One output file of the version, its path under <c>reports/{year}/v{n}/</c> and the sha256 of its bytes.</summary>
public sealed record ManifestOutputContract(string Path, long Length, string Sha256);
