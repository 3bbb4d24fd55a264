using System.Globalization;

namespace Disclosure.Storage.Blobs;

/// <summary>
/// The uploader's own time of an upload, kept in blob metadata. The service's blob times have one-second
/// resolution, so this orders uploads made within the same second (it never overrides the service's time).
/// </summary>
public static class ClientTime
{
    public const string MetadataName = "disclosure_uploaded_utc";

    public static KeyValuePair<string, string> Metadata(DateTimeOffset now) =>
        new(MetadataName, now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));

    public static DateTimeOffset? Read(IDictionary<string, string>? metadata) =>
        metadata is not null && metadata.TryGetValue(MetadataName, out var text) &&
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
}
