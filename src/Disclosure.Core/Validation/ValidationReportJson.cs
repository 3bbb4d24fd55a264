using System.Text.Json;
using Disclosure.Contracts;
using Disclosure.Form;

namespace Disclosure.Validation;

/// <summary>
/// The validation report as JSON (DESIGN.md's contract, <see cref="ValidationReportContract"/>): status, meta, figures in
/// the form's order, whether the file was read in part and which figures were not, findings; written by <see cref="ContractJson"/>.
/// </summary>
public static class ValidationReportJson
{
    public static string StatusName(ValidationStatus status) => status == ValidationStatus.Accepted ? "accepted" : "rejected";

    public static string SeverityName(Severity severity) => severity == Severity.Error ? "error" : "warning";

    /// <summary>The report as its JSON contract: metadata and figures in the form's order.</summary>
    public static ValidationReportContract ToContract(ValidationReport report)
    {
        var meta = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        var figures = new OrderedDictionary<string, decimal>(StringComparer.Ordinal);
        var unread = new List<string>();
        if (report.Document is { } document)
        {
            foreach (var field in document.Form.Metadata)
            {
                if (document.Metadata.TryGetValue(field.Key, out var value))
                {
                    meta.Add(field.Key, value);
                }
            }

            foreach (var figure in document.Form.Figures)
            {
                if (document.Figures.TryGetValue(figure.Key, out var value))
                {
                    figures.Add(figure.Key, value);
                }
                else if (document.UnreadFigures.Contains(figure.Key))
                {
                    unread.Add(figure.Key);
                }
            }
        }

        return new ValidationReportContract(StatusName(report.Status), meta, figures, unread.Count > 0, unread,
            [.. report.Findings.Select(f => new FindingContract(f.Rule, SeverityName(f.Severity), f.Cell, f.Location, f.Message))]);
    }

    public static void Write(Stream output, ValidationReport report) => ContractJson.Write(output, ToContract(report));

    /// <summary>The findings of a report written by <see cref="Write"/>, e.g. one fetched from the validation container.</summary>
    public static IReadOnlyList<Finding> ReadFindings(string json)
    {
        using var report = JsonDocument.Parse(json);
        if (!report.RootElement.TryGetProperty("findings", out var findings))
        {
            return [];
        }

        return
        [
            .. findings.EnumerateArray().Select(f => new Finding(
                f.GetProperty("rule").GetString() ?? string.Empty,
                f.GetProperty("severity").GetString() == SeverityName(Severity.Error) ? Severity.Error : Severity.Warning,
                f.GetProperty("cell").GetString(),
                f.GetProperty("location").GetString(),
                f.GetProperty("message").GetString() ?? string.Empty)),
        ];
    }

    /// <summary>The findings of a report contract read back (e.g. inside an office link's verdict).</summary>
    public static IReadOnlyList<Finding> FindingsOf(ValidationReportContract report) =>
        [.. report.Findings.Select(f => new Finding(f.Rule, f.Severity == SeverityName(Severity.Error) ? Severity.Error : Severity.Warning, f.Cell, f.Location, f.Message))];

    public static string ToJson(ValidationReport report) => System.Text.Encoding.UTF8.GetString(ContractJson.ToUtf8Bytes(ToContract(report)));
}
