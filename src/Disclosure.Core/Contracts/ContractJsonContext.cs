using System.Text.Json.Serialization;

namespace Disclosure.Contracts;

/// <summary>Source-generated serialization of every JSON contract: snake_case names, indented, nulls written.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ValidationReportContract))]
[JsonSerializable(typeof(StatusContract))]
[JsonSerializable(typeof(ReportContract))]
[JsonSerializable(typeof(PublicationManifestContract))]
[JsonSerializable(typeof(PublishResultContract))]
[JsonSerializable(typeof(AuditContract))]
[JsonSerializable(typeof(OfficeLinkContract))]
[JsonSerializable(typeof(OfficeLinkRevocationContract))]
[JsonSerializable(typeof(OfficeUploadVerdictContract))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;
