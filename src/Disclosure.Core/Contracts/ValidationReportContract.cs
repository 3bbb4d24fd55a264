namespace Disclosure.Contracts;

/// <summary>
/// The validation report as published (DESIGN.md, <c>validate --json</c>): written by the CLI, stored beside every upload
/// in <c>validation/</c>, and served by the HTTP API, always through <see cref="ContractJson"/>.
/// </summary>
/// <param name="Status"><c>accepted</c> or <c>rejected</c> (an unreadable file is rejected).</param>
/// <param name="Meta">Metadata by key, in the form's order.</param>
/// <param name="Figures">Figures by cell key, in the form's order.</param>
/// <param name="ReadInPart">
/// True when the file was read but some figures could not be read with certainty (a published report whose digits ran
/// together): the other figures were read and checked, and each figure left out has a finding.
/// </param>
/// <param name="UnreadFigures">The cell keys of the figures left out, in the form's order; empty when all were read.</param>
/// <param name="Findings">Every finding, reading findings first.</param>
public sealed record ValidationReportContract(
    string Status,
    OrderedDictionary<string, string> Meta,
    OrderedDictionary<string, decimal> Figures,
    bool ReadInPart,
    IReadOnlyList<string> UnreadFigures,
    IReadOnlyList<FindingContract> Findings);

/// <summary>One finding: rule id, <c>error</c> or <c>warning</c>, the cell key and the place in the file (each may be null), the message.</summary>
public sealed record FindingContract(string Rule, string Severity, string? Cell, string? Location, string Message);
