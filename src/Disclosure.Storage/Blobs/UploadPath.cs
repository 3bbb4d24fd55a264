using System.Globalization;

namespace Disclosure.Storage.Blobs;

/// <summary>
/// A path inside the <c>uploads</c> container: <c>{year}/{officeId}/{file}</c>. Office ids are also
/// Table Storage keys, so they may not hold characters the service forbids there.
/// </summary>
public sealed record UploadPath(int Year, string OfficeId, string FileName)
{
    public string BlobName => $"{Year:D4}/{OfficeId}/{FileName}";

    public static bool TryParse(string blobName, out UploadPath path)
    {
        path = null!;
        var parts = blobName.Split('/');
        if (parts.Length != 3 || parts[0].Length != 4 ||
            !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            !IsValidOfficeId(parts[1]) || parts[2].Trim().Length == 0)
        {
            return false;
        }

        path = new UploadPath(year, parts[1], parts[2]);
        return true;
    }

    /// <summary>Office ids: 1–64 characters, none of <c>/ \ # ?</c>, whitespace or control characters.</summary>
    public static bool IsValidOfficeId(string officeId) =>
        officeId.Length is > 0 and <= 64 &&
        !officeId.Any(c => c is '/' or '\\' or '#' or '?' or '\'' || char.IsWhiteSpace(c) || char.IsControl(c));
}
