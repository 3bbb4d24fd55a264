namespace Disclosure.Storage.Blobs;

/// <summary>Content types for archived uploads, so a browser or Storage Explorer opens them sensibly.</summary>
public static class ContentTypes
{
    public static string For(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".csv" => "text/csv",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".md" or ".markdown" => "text/markdown",
        ".txt" => "text/plain",
        ".html" or ".htm" => "text/html",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };
}
