using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Disclosure.Submissions;

namespace Disclosure.Storage.Tables;

/// <summary>
/// The <c>narrative</c> row of an office and year: the narrative in force (sections 一、五、六 in the canonical
/// stored form, Markdown per section code, see <c>NarrativeMarkdown</c>) and the upload it came from: a workbook's
/// 文字部分 sheet or a narrative file (.docx/.md/.txt) uploaded beside it. The newest narrative wins by
/// <see cref="Order"/>, whichever way it came; the row is rewritten only under its ETag, in the same transaction as
/// the upload's log row. It lives beside <c>current</c>, not in it, so a narrative uploaded before any workbook is kept
/// and applies when the workbook comes.
/// </summary>
public sealed record StoredNarrative
{
    /// <summary>Table Storage keeps at most 64 KiB in a string property; sections are split into parts of this many characters.</summary>
    internal const int PartChars = 30_000;

    /// <summary>A narrative longer than this (all sections) is not stored: the entity would pass Table Storage's 1 MiB.</summary>
    public const int MaxChars = 400_000;

    private const string SectionPrefix = "Narrative_";

    public required string PartitionKey { get; init; }

    public required int Year { get; init; }

    public required string OfficeId { get; init; }

    /// <summary>Row key of the log row of the upload it came from.</summary>
    public required string UploadRowKey { get; init; }

    public required string UploadId { get; init; }

    public required string BlobName { get; init; }

    public required string Sha256 { get; init; }

    public required DateTimeOffset UploadedUtc { get; init; }

    public required string Order { get; init; }

    /// <summary><see cref="WorkbookOrigin"/> or <see cref="FileOrigin"/>.</summary>
    public required string Origin { get; init; }

    public required IReadOnlyDictionary<string, string> Sections { get; init; }

    public ETag ETag { get; init; }

    public const string WorkbookOrigin = "workbook";
    public const string FileOrigin = "file";

    public static int Length(IReadOnlyDictionary<string, string> sections) => sections.Values.Sum(s => s.Length);

    public static StoredNarrative From(IReadOnlyDictionary<string, string> sections, string origin, UploadRecord log) => new()
    {
        PartitionKey = log.PartitionKey,
        Year = log.Year ?? 0,
        OfficeId = log.OfficeId ?? SubmissionKeys.OfficeOf(log.PartitionKey),
        UploadRowKey = log.RowKey,
        UploadId = log.UploadId,
        BlobName = log.BlobName,
        Sha256 = log.Sha256 ?? string.Empty,
        UploadedUtc = log.UploadedUtc,
        Order = log.Order,
        Origin = origin,
        Sections = sections,
    };

    /// <summary>The submission with this narrative as its own (the current row does not keep one).</summary>
    public Submission ApplyTo(Submission submission) => submission with { Narrative = new Dictionary<string, string>(Sections, StringComparer.Ordinal) };

    public TableEntity ToEntity()
    {
        var entity = new TableEntity(PartitionKey, SubmissionKeys.NarrativeRow)
        {
            ["Kind"] = "narrative",
            ["Year"] = Year,
            ["OfficeId"] = OfficeId,
            ["UploadRowKey"] = UploadRowKey,
            ["UploadId"] = UploadId,
            ["BlobName"] = BlobName,
            ["Sha256"] = Sha256,
            ["UploadedUtc"] = UploadedUtc,
            ["Order"] = Order,
            ["Origin"] = Origin,
        };
        foreach (var (code, text) in Sections)
        {
            for (int part = 0, at = 0; at < text.Length || part == 0; part++, at += PartChars)
            {
                entity[$"{SectionPrefix}{code}_{part.ToString(CultureInfo.InvariantCulture)}"] = text.Substring(at, Math.Min(PartChars, text.Length - at));
            }
        }

        return entity;
    }

    public static StoredNarrative FromEntity(TableEntity entity)
    {
        var parts = new SortedDictionary<(string Code, int Part), string>();
        foreach (var (name, value) in entity)
        {
            var split = name.LastIndexOf('_');
            if (name.StartsWith(SectionPrefix, StringComparison.Ordinal) && split > SectionPrefix.Length && value is string text &&
                int.TryParse(name.AsSpan(split + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var part))
            {
                parts[(name[SectionPrefix.Length..split], part)] = text;
            }
        }

        return new StoredNarrative
        {
            PartitionKey = entity.PartitionKey,
            Year = entity.GetInt("Year") ?? 0,
            OfficeId = entity.GetString("OfficeId") ?? SubmissionKeys.OfficeOf(entity.PartitionKey),
            UploadRowKey = entity.GetString("UploadRowKey") ?? string.Empty,
            UploadId = entity.GetString("UploadId") ?? string.Empty,
            BlobName = entity.GetString("BlobName") ?? string.Empty,
            Sha256 = entity.GetString("Sha256") ?? string.Empty,
            UploadedUtc = entity.GetDateTimeOffset("UploadedUtc") ?? default,
            Order = entity.GetString("Order") ?? string.Empty,
            Origin = entity.GetString("Origin") ?? FileOrigin,
            Sections = parts.GroupBy(p => p.Key.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => string.Concat(g.Select(p => p.Value)), StringComparer.Ordinal),
            ETag = entity.ETag,
        };
    }
}
