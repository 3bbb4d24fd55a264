using System.Text.Encodings.Web;
using System.Text.Json;
using Disclosure.Form;

namespace Disclosure.Validation;

/// <summary>
/// The validation report as JSON (DESIGN.md's contract): status, meta, figures in the form's order,
/// findings. Chinese is written as is, not escaped, so the file reads in any editor.
/// </summary>
public static class ValidationReportJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string StatusName(ValidationStatus status) => status == ValidationStatus.Accepted ? "accepted" : "rejected";

    public static string SeverityName(Severity severity) => severity == Severity.Error ? "error" : "warning";

    public static void Write(Stream output, ValidationReport report)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("status", StatusName(report.Status));
        json.WriteStartObject("meta");
        if (report.Document is { } document)
        {
            foreach (var field in document.Form.Metadata)
            {
                if (document.Metadata.TryGetValue(field.Key, out var value))
                {
                    json.WriteString(field.Key, value);
                }
            }
        }

        json.WriteEndObject();
        json.WriteStartObject("figures");
        if (report.Document is { } read)
        {
            foreach (var figure in read.Form.Figures)
            {
                if (read.Figures.TryGetValue(figure.Key, out var value))
                {
                    json.WriteNumber(figure.Key, value);
                }
            }
        }

        json.WriteEndObject();
        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("rule", finding.Rule);
            json.WriteString("severity", SeverityName(finding.Severity));
            json.WriteString("cell", finding.Cell);
            json.WriteString("location", finding.Location);
            json.WriteString("message", finding.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

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

    public static string ToJson(ValidationReport report)
    {
        using var buffer = new MemoryStream();
        Write(buffer, report);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
