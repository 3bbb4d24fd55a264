using System.Globalization;
using Disclosure.Contracts;
using Disclosure.Reports;
using Disclosure.Validation;

namespace Disclosure.Rendering.OpenData;

/// <summary>
/// <c>report.json</c>: the report as its open-data contract (<see cref="ReportContract"/>, schema
/// <c>docs/report.schema.json</c>), written by <see cref="ContractJson"/>: UTF-8 without BOM, Chinese unescaped,
/// figures as JSON numbers with every digit and no exponent.
/// </summary>
public static class ReportJson
{
    public const string FileName = "report.json";

    public static ReportContract ToContract(AnnualReport report)
    {
        var figures = new OrderedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var figure in report.Edition.Figures)
        {
            figures.Add(figure.Key, Consolidation.Trim(report.Figure(figure.Key)));
        }

        var narrative = new ReportNarrativeContract(
            NarrativePlainText.Of(report.Narrative.Section("overview")),
            NarrativePlainText.Of(report.Narrative.Section("problems")),
            NarrativePlainText.Of(report.Narrative.Section("other_matters")));

        return new ReportContract(
            report.Title,
            report.Year,
            new ReportBodyContract(report.Body.OfficeId, report.Body.Name),
            figures,
            narrative,
            [.. report.Offices.Select(o => new ReportOfficeContract(o.OfficeId, o.Name, o.UploadId, o.Sha256))],
            [.. report.Findings.Select(f => new FindingContract(f.Rule, ValidationReportJson.SeverityName(f.Severity), f.Cell, f.Location, f.Message))],
            report.Version,
            report.PublishedUtc?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }

    public static byte[] Render(AnnualReport report) => ContractJson.ToUtf8Bytes(ToContract(report));
}
