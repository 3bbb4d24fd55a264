using System.Globalization;

namespace Disclosure.Storage.Tables;

/// <summary>
/// Keys of the <c>submissions</c> table. One partition per office and year, <c>"{year}-{officeId}"</c>, holds
/// every row that must agree, so the current submission and the log row that makes it current are written
/// in one entity-group transaction; a year's status is one range query over <c>"{year}-"</c> to <c>"{year}."</c>.
/// <list type="table">
/// <item><term><c>current</c></term><description>the office's accepted submission in force, with all 200 figures as properties</description></item>
/// <item><term><c>narrative</c></term><description>the office's narrative in force (sections 一、五、六 as canonical Markdown), from a workbook's 文字部分 or a narrative file, the newest by upload order</description></item>
/// <item><term><c>upload-{sha256}</c></term><description>log: the first upload of these bytes (accepted or rejected); the key makes the same bytes one record</description></item>
/// <item><term><c>duplicate-{uploadId}</c></term><description>log: a later upload of bytes already recorded (another blob or version)</description></item>
/// <item><term><c>failed-{uploadId}</c></term><description>log: an upload whose ingest failed after the host's retries</description></item>
/// <item><term><c>attempt-{uploadId}</c></term><description>delivery attempts of one blob version (not a log row)</description></item>
/// </list>
/// <c>uploadId</c> is <see cref="Blobs.UploadIds.For"/> (blob name and ETag).
/// </summary>
public static class SubmissionKeys
{
    /// <summary>Partition of uploads whose blob path is not <c>{year}/{office}/{file}</c>.</summary>
    public const string InvalidPathPartition = "invalid-path";

    public const string CurrentRow = "current";
    public const string NarrativeRow = "narrative";
    public const string UploadPrefix = "upload-";
    public const string DuplicatePrefix = "duplicate-";
    public const string FailedPrefix = "failed-";
    public const string AttemptPrefix = "attempt-";

    public static string Partition(int year, string officeId) => $"{year.ToString("D4", CultureInfo.InvariantCulture)}-{officeId}";

    public static string UploadRow(string sha256) => UploadPrefix + sha256;

    public static string DuplicateRow(string uploadId) => DuplicatePrefix + uploadId;

    public static string FailedRow(string uploadId) => FailedPrefix + uploadId;

    public static string AttemptRow(string uploadId) => AttemptPrefix + uploadId;

    /// <summary>OData filter for every partition of a year.</summary>
    public static string YearFilter(int year) =>
        $"PartitionKey ge '{year.ToString("D4", CultureInfo.InvariantCulture)}-' and PartitionKey lt '{year.ToString("D4", CultureInfo.InvariantCulture)}.'";

    public static string OfficeOf(string partitionKey) => partitionKey.Length > 5 ? partitionKey[5..] : partitionKey;

    public static bool IsLogRow(string rowKey) =>
        rowKey.StartsWith(UploadPrefix, StringComparison.Ordinal) ||
        rowKey.StartsWith(DuplicatePrefix, StringComparison.Ordinal) ||
        rowKey.StartsWith(FailedPrefix, StringComparison.Ordinal);
}
