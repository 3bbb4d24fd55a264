namespace Disclosure.Contracts;

/// <summary>A year's status (<c>disclosure status --json</c>, and the HTTP API's <c>GET /api/status/{year}</c>).</summary>
public sealed record StatusContract(
    int Year,
    IReadOnlyList<OfficeStatusContract> Offices,
    StatusSummaryContract Summary,
    IReadOnlyList<string> UnlistedOffices);

/// <summary>
/// One office on the roster: <c>state</c> is <c>accepted</c>/<c>rejected</c>/<c>missing</c>/<c>failed</c>;
/// <c>last_upload_utc</c> is ISO 8601 to the second, in UTC; <c>report</c> names the latest HTML validation report;
/// <c>has_narrative</c> says whether a narrative (一、五、六) is in force, from the workbook or a narrative file.
/// </summary>
public sealed record OfficeStatusContract(
    string OfficeId,
    string Name,
    string Kind,
    bool Required,
    string State,
    int Errors,
    int Warnings,
    string? LastUploadUtc,
    int Uploads,
    bool HasCurrent,
    string? Report,
    string? Error,
    bool HasNarrative);

/// <summary>Counts of the year; <c>completeness</c> is the share of required offices with a submission in force (0–1, four decimals).</summary>
public sealed record StatusSummaryContract(
    int Offices,
    int Accepted,
    int Rejected,
    int Missing,
    int Failed,
    int Required,
    int RequiredComplete,
    double Completeness);
