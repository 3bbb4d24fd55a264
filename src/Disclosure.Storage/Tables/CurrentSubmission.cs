using Azure;
using Azure.Data.Tables;
using Disclosure.Form;
using Disclosure.Reading;

namespace Disclosure.Storage.Tables;

/// <summary>
/// The <c>current</c> row of an office and year: which upload is in force and its figures (all 200, as
/// properties named by <see cref="FigureProperties"/>). Rewritten only under its ETag.
/// </summary>
public sealed record CurrentSubmission
{
    public required string PartitionKey { get; init; }

    public required int Year { get; init; }

    public required string OfficeId { get; init; }

    public string? OfficeName { get; init; }

    /// <summary>Row key of the log row of the upload in force.</summary>
    public required string UploadRowKey { get; init; }

    public required string UploadId { get; init; }

    public required string BlobName { get; init; }

    public required string Sha256 { get; init; }

    public required DateTimeOffset UploadedUtc { get; init; }

    public required string Order { get; init; }

    public string? ArchiveName { get; init; }

    public string? ReportJsonName { get; init; }

    public string? ReportHtmlName { get; init; }

    public int Warnings { get; init; }

    public string FormEdition { get; init; } = NationalForm.Current.Name;

    public required IReadOnlyDictionary<string, decimal> Figures { get; init; }

    public ETag ETag { get; init; }

    public TableEntity ToEntity()
    {
        var entity = new TableEntity(PartitionKey, SubmissionKeys.CurrentRow)
        {
            ["Kind"] = "current",
            ["Year"] = Year,
            ["OfficeId"] = OfficeId,
            ["UploadRowKey"] = UploadRowKey,
            ["UploadId"] = UploadId,
            ["BlobName"] = BlobName,
            ["Sha256"] = Sha256,
            ["UploadedUtc"] = UploadedUtc,
            ["Order"] = Order,
            ["Warnings"] = Warnings,
            ["FormEdition"] = FormEdition,
        };
        if (OfficeName is not null)
        {
            entity["OfficeName"] = OfficeName;
        }

        if (ArchiveName is not null)
        {
            entity["ArchiveName"] = ArchiveName;
        }

        if (ReportJsonName is not null)
        {
            entity["ReportJsonName"] = ReportJsonName;
        }

        if (ReportHtmlName is not null)
        {
            entity["ReportHtmlName"] = ReportHtmlName;
        }

        FigureProperties.Write(entity, NationalForm.Current, Figures);
        return entity;
    }

    public static CurrentSubmission FromEntity(TableEntity entity) => new()
    {
        PartitionKey = entity.PartitionKey,
        Year = entity.GetInt("Year") ?? 0,
        OfficeId = entity.GetString("OfficeId") ?? SubmissionKeys.OfficeOf(entity.PartitionKey),
        OfficeName = entity.GetString("OfficeName"),
        UploadRowKey = entity.GetString("UploadRowKey") ?? string.Empty,
        UploadId = entity.GetString("UploadId") ?? string.Empty,
        BlobName = entity.GetString("BlobName") ?? string.Empty,
        Sha256 = entity.GetString("Sha256") ?? string.Empty,
        UploadedUtc = entity.GetDateTimeOffset("UploadedUtc") ?? default,
        Order = entity.GetString("Order") ?? string.Empty,
        ArchiveName = entity.GetString("ArchiveName"),
        ReportJsonName = entity.GetString("ReportJsonName"),
        ReportHtmlName = entity.GetString("ReportHtmlName"),
        Warnings = entity.GetInt("Warnings") ?? 0,
        FormEdition = entity.GetString("FormEdition") ?? NationalForm.Current.Name,
        Figures = FigureProperties.Read(entity, NationalForm.Current),
        ETag = entity.ETag,
    };

    /// <summary>The submission as a read document, to stand in as the previous year for carry.continuity.</summary>
    public ReadResult ToReadResult()
    {
        var document = new FormDocument(NationalForm.Current, SourceFormat.Csv);
        foreach (var (key, value) in Figures)
        {
            document.SetFigure(key, value, null);
        }

        document.SetMetadata(NationalForm.MetaOfficeId, OfficeId, null);
        document.SetMetadata(NationalForm.MetaYear, Year.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        if (OfficeName is not null)
        {
            document.SetMetadata(NationalForm.MetaOfficeName, OfficeName, null);
        }

        return new ReadResult(document, []);
    }
}
