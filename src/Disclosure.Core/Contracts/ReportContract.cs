namespace Disclosure.Contracts;

/// <summary>
/// A report's open data, <c>report.json</c> (DESIGN.md, "The report and its publication"): title, year, whose it is, all
/// 200 figures by cell key in the form's order, the narrative sections as plain text, the submission of each office that
/// went in, the findings of the form's rules on the figures, and the version (null for a draft or an offline render).
/// Written through <see cref="ContractJson"/>; <c>docs/report.schema.json</c> is its JSON Schema.
/// </summary>
/// <param name="PublishedUtc">ISO 8601 in UTC to the second ("2023-03-31T08:00:00Z"); null when not published.</param>
public sealed record ReportContract(
    string Title,
    int Year,
    ReportBodyContract Body,
    OrderedDictionary<string, decimal> Figures,
    ReportNarrativeContract Narrative,
    IReadOnlyList<ReportOfficeContract> Offices,
    IReadOnlyList<FindingContract> Findings,
    int? Version,
    string? PublishedUtc);

/// <summary>Whose report: the office's id and name (for the consolidated report, the government's).</summary>
public sealed record ReportBodyContract(string OfficeId, string Name);

/// <summary>Sections 一 (overall), 五 (problems) and 六 (other) as plain text, sub-headings on their own lines; null when not written.</summary>
public sealed record ReportNarrativeContract(string? Overall, string? Problems, string? Other);

/// <summary>The submission of one office that went in: its upload and the sha256 of the bytes received.</summary>
public sealed record ReportOfficeContract(string OfficeId, string Name, string UploadId, string Sha256);
