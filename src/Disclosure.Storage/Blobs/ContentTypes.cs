namespace Disclosure.Storage.Blobs;

/// <summary>Content types for archived uploads, so a browser or Storage Explorer opens them sensibly.</summary>
public static class ContentTypes
{
    public static string For(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".csv" => "text/csv",
        ".txt" => "text/plain",
        ".html" or ".htm" => "text/html",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };
}
