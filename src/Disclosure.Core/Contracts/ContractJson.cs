using System.Text.Encodings.Web;
using System.Text.Json;

namespace Disclosure.Contracts;

/// <summary>
/// Writes the JSON contracts, the same bytes wherever they are written (CLI, stored reports, HTTP API): UTF-8, indented,
/// Chinese as is rather than escaped, so a stored report reads in any editor.
/// </summary>
public static class ContractJson
{
    private static readonly ContractJsonContext Context = new(new JsonSerializerOptions(ContractJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static void Write(Stream output, ValidationReportContract report) => JsonSerializer.Serialize(output, report, Context.ValidationReportContract);

    public static void Write(Stream output, StatusContract status) => JsonSerializer.Serialize(output, status, Context.StatusContract);

    public static void Write(Stream output, AuditContract audit) => JsonSerializer.Serialize(output, audit, Context.AuditContract);

    public static AuditContract? ReadAudit(string json) => JsonSerializer.Deserialize(json, Context.AuditContract);

    public static void Write(Stream output, ReportContract report) => JsonSerializer.Serialize(output, report, Context.ReportContract);

    public static byte[] ToUtf8Bytes(ReportContract report) => JsonSerializer.SerializeToUtf8Bytes(report, Context.ReportContract);

    public static byte[] ToUtf8Bytes(ValidationReportContract report) => JsonSerializer.SerializeToUtf8Bytes(report, Context.ValidationReportContract);

    public static byte[] ToUtf8Bytes(StatusContract status) => JsonSerializer.SerializeToUtf8Bytes(status, Context.StatusContract);

    public static byte[] ToUtf8Bytes(PublishResultContract result) => JsonSerializer.SerializeToUtf8Bytes(result, Context.PublishResultContract);

    public static byte[] ToUtf8Bytes(OfficeLinkContract link) => JsonSerializer.SerializeToUtf8Bytes(link, Context.OfficeLinkContract);

    public static byte[] ToUtf8Bytes(OfficeLinkRevocationContract revocation) => JsonSerializer.SerializeToUtf8Bytes(revocation, Context.OfficeLinkRevocationContract);

    public static byte[] ToUtf8Bytes(OfficeUploadVerdictContract verdict) => JsonSerializer.SerializeToUtf8Bytes(verdict, Context.OfficeUploadVerdictContract);

    public static OfficeUploadVerdictContract? ReadOfficeUploadVerdict(string json) => JsonSerializer.Deserialize(json, Context.OfficeUploadVerdictContract);

    public static OfficeLinkContract? ReadOfficeLink(string json) => JsonSerializer.Deserialize(json, Context.OfficeLinkContract);

    public static byte[] ToUtf8Bytes(PublicationManifestContract manifest) => JsonSerializer.SerializeToUtf8Bytes(manifest, Context.PublicationManifestContract);

    /// <summary>A published version's manifest read back; null when the text is JSON <c>null</c>.</summary>
    public static PublicationManifestContract? ReadManifest(string json) => JsonSerializer.Deserialize(json, Context.PublicationManifestContract);

    /// <summary>A report's open data read back (a published <c>report.json</c>); null when the text is JSON <c>null</c>.</summary>
    public static ReportContract? ReadReport(string json) => JsonSerializer.Deserialize(json, Context.ReportContract);

    /// <summary>A stored validation report read back; null when the text is JSON <c>null</c>.</summary>
    public static ValidationReportContract? ReadValidationReport(string json) => JsonSerializer.Deserialize(json, Context.ValidationReportContract);
}
