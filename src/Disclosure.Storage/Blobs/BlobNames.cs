using System.Globalization;

namespace Disclosure.Storage.Blobs;

/// <summary>
/// Names of what ingest writes, all deterministic from the upload so a retry writes the same names:
/// <list type="bullet">
/// <item><c>archive/{year}/{office}/{uploadedUtc:yyyyMMddTHHmmssfffZ}-{sha256[..16]}-{file}</c></item>
/// <item><c>validation/{year}/{office}/{sha256[..16]}.json</c> and <c>.html</c>: one report per content per office and year</item>
/// </list>
/// Uploads whose path is not <c>{year}/{office}/{file}</c> go under <c>_invalid/</c> with the whole path flattened.
/// </summary>
public static class BlobNames
{
    public const string InvalidPathFolder = "_invalid";

    public static string Archive(UploadPath? path, string blobName, DateTimeOffset uploadedUtc, string sha256) =>
        $"{Folder(path)}/{Stamp(uploadedUtc)}-{sha256[..16]}-{FileName(path, blobName)}";

    public static string ReportJson(UploadPath? path, string sha256) => $"{Folder(path)}/{sha256[..16]}.json";

    public static string ReportHtml(UploadPath? path, string sha256) => $"{Folder(path)}/{sha256[..16]}.html";

    public static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);

    private static string Folder(UploadPath? path) => path is null ? InvalidPathFolder : $"{path.Year:D4}/{path.OfficeId}";

    private static string FileName(UploadPath? path, string blobName) => path?.FileName ?? blobName.Replace('/', '_');
}
