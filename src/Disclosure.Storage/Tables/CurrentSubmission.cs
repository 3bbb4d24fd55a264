using Azure;
using Azure.Data.Tables;
using Disclosure.Form;
using Disclosure.Submissions;

namespace Disclosure.Storage.Tables;

/// <summary>
/// The <c>current</c> row of an office and year: which upload is in force and its figures (all 200, as
/// properties named by <see cref="FigureProperties"/>). Rewritten only under its ETag. The domain's view of it is a
/// <see cref="Submission"/> (<see cref="ToSubmission"/>, <see cref="FromSubmission"/>); the rest is storage bookkeeping.
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

    /// <summary>The name of the form's edition the figures are on (the report year's edition when written).</summary>
    public required string FormEdition { get; init; }

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

        FigureProperties.Write(entity, NationalForm.ForReportYear(Year), Figures);
        return entity;
    }

    public static CurrentSubmission FromEntity(TableEntity entity)
    {
        var year = entity.GetInt("Year") ?? 0;
        var edition = NationalForm.ForReportYear(year);
        return new CurrentSubmission
        {
            PartitionKey = entity.PartitionKey,
            Year = year,
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
            FormEdition = entity.GetString("FormEdition") ?? edition.Name,
            Figures = FigureProperties.Read(entity, edition),
            ETag = entity.ETag,
        };
    }

    /// <summary>The submission in force, without its storage bookkeeping (and without a narrative: <see cref="StoredNarrative.ApplyTo"/> adds it).</summary>
    public Submission ToSubmission() => new()
    {
        OfficeId = OfficeId,
        Year = Year,
        OfficeName = OfficeName,
        Edition = NationalForm.ForReportYear(Year),
        Figures = Figures,
        Source = new SubmissionSource(UploadId, BlobName, Sha256, UploadedUtc),
    };

    /// <summary>
    /// The row that makes <paramref name="submission"/> current: its figures and source, and the log row, order and
    /// reports of the upload it came from. The narrative is not kept in this row but in the <c>narrative</c> row
    /// beside it (<see cref="StoredNarrative"/>): the newest narrative, from a workbook or a file uploaded beside it.
    /// </summary>
    public static CurrentSubmission FromSubmission(Submission submission, UploadRecord log) => new()
    {
        PartitionKey = log.PartitionKey,
        Year = submission.Year,
        OfficeId = submission.OfficeId,
        OfficeName = submission.OfficeName,
        UploadRowKey = log.RowKey,
        UploadId = submission.Source.UploadId,
        BlobName = submission.Source.BlobName,
        Sha256 = submission.Source.Sha256,
        UploadedUtc = submission.Source.UploadedUtc,
        Order = log.Order,
        ArchiveName = log.ArchiveName,
        ReportJsonName = log.ReportJsonName,
        ReportHtmlName = log.ReportHtmlName,
        Warnings = log.Warnings,
        FormEdition = submission.Edition.Name,
        Figures = submission.Figures,
    };
}
