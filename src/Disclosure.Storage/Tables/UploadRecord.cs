using Azure;
using Azure.Data.Tables;
using Disclosure.Submissions;

namespace Disclosure.Storage.Tables;

/// <summary>
/// One row of the upload log (<c>upload-</c>, <c>duplicate-</c> or <c>failed-</c> rows of the submissions
/// table): what was received, when, what became of it and where its archive copy and report are.
/// </summary>
public sealed record UploadRecord
{
    public required string PartitionKey { get; init; }

    public required string RowKey { get; init; }

    public required UploadState State { get; init; }

    /// <summary>The blob version this row is about (<see cref="Blobs.UploadIds.For"/>).</summary>
    public required string UploadId { get; init; }

    /// <summary>Path inside <c>uploads</c>.</summary>
    public required string BlobName { get; init; }

    public int? Year { get; init; }

    public string? OfficeId { get; init; }

    public string? Sha256 { get; init; }

    public long SizeBytes { get; init; }

    public string? BlobETag { get; init; }

    /// <summary>The upload's time as the service gave it (see <see cref="Blobs.ReceivedBlob.UploadedUtc"/>).</summary>
    public DateTimeOffset UploadedUtc { get; init; }

    /// <summary>When ingest recorded it.</summary>
    public DateTimeOffset RecordedUtc { get; init; }

    /// <summary>Sortable order of uploads (see <see cref="Blobs.ReceivedBlob.Order"/>): decides which upload is newer.</summary>
    public string Order { get; init; } = string.Empty;

    public string? ArchiveName { get; init; }

    public string? ReportJsonName { get; init; }

    public string? ReportHtmlName { get; init; }

    public int Errors { get; init; }

    public int Warnings { get; init; }

    /// <summary>Distinct rule ids of the findings, comma-separated (the report has the details).</summary>
    public string? Rules { get; init; }

    /// <summary>Whether this upload became the current submission (for a narrative file: the narrative in force) when it was recorded.</summary>
    public bool BecameCurrent { get; init; }

    /// <summary><see cref="NarrativeContent"/> for a narrative file (.docx/.md/.txt), null for a workbook or CSV.</summary>
    public string? Content { get; init; }

    public const string NarrativeContent = "narrative";

    /// <summary>For a duplicate: the row key of the record of the same bytes.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>For a failure: the error.</summary>
    public string? Error { get; init; }

    public static string OrderOf(DateTimeOffset uploadedUtc, DateTimeOffset? clientUploadedUtc, string? sha256)
    {
        var seconds = uploadedUtc.UtcTicks - (uploadedUtc.UtcTicks % TimeSpan.TicksPerSecond);
        return $"{seconds:D19}-{clientUploadedUtc?.UtcTicks ?? 0:D19}-{sha256 ?? string.Empty}";
    }

    public TableEntity ToEntity()
    {
        var entity = new TableEntity(PartitionKey, RowKey)
        {
            ["Kind"] = "log",
            ["State"] = State.Name(),
            ["UploadId"] = UploadId,
            ["BlobName"] = BlobName,
            ["SizeBytes"] = SizeBytes,
            ["UploadedUtc"] = UploadedUtc,
            ["RecordedUtc"] = RecordedUtc,
            ["Order"] = Order,
            ["Errors"] = Errors,
            ["Warnings"] = Warnings,
            ["BecameCurrent"] = BecameCurrent,
        };
        Set(entity, "Year", Year);
        Set(entity, "OfficeId", OfficeId);
        Set(entity, "Sha256", Sha256);
        Set(entity, "BlobETag", BlobETag);
        Set(entity, "ArchiveName", ArchiveName);
        Set(entity, "ReportJsonName", ReportJsonName);
        Set(entity, "ReportHtmlName", ReportHtmlName);
        Set(entity, "Rules", Truncate(Rules, 2_000));
        Set(entity, "DuplicateOf", DuplicateOf);
        Set(entity, "Content", Content);
        Set(entity, "Error", Truncate(Error, 8_000));
        return entity;
    }

    public static UploadRecord FromEntity(TableEntity entity) => new()
    {
        PartitionKey = entity.PartitionKey,
        RowKey = entity.RowKey,
        State = UploadStateNames.Parse(entity.GetString("State")),
        UploadId = entity.GetString("UploadId") ?? string.Empty,
        BlobName = entity.GetString("BlobName") ?? string.Empty,
        Year = entity.GetInt("Year"),
        OfficeId = entity.GetString("OfficeId"),
        Sha256 = entity.GetString("Sha256"),
        SizeBytes = entity.GetLong("SizeBytes") ?? 0,
        BlobETag = entity.GetString("BlobETag"),
        UploadedUtc = entity.GetDateTimeOffset("UploadedUtc") ?? default,
        RecordedUtc = entity.GetDateTimeOffset("RecordedUtc") ?? default,
        Order = entity.GetString("Order") ?? string.Empty,
        ArchiveName = entity.GetString("ArchiveName"),
        ReportJsonName = entity.GetString("ReportJsonName"),
        ReportHtmlName = entity.GetString("ReportHtmlName"),
        Errors = entity.GetInt("Errors") ?? 0,
        Warnings = entity.GetInt("Warnings") ?? 0,
        Rules = entity.GetString("Rules"),
        BecameCurrent = entity.GetBoolean("BecameCurrent") ?? false,
        DuplicateOf = entity.GetString("DuplicateOf"),
        Content = entity.GetString("Content"),
        Error = entity.GetString("Error"),
    };

    private static void Set(TableEntity entity, string name, object? value)
    {
        if (value is not null)
        {
            entity[name] = value;
        }
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
