using Azure;
using Azure.Storage.Blobs;
using Disclosure.Rendering.Site;
using Disclosure.Storage.Blobs;
using Disclosure.Storage.Configuration;

namespace Disclosure.Pipeline.Web;

/// <summary>
/// The public site from the <c>$web</c> container, as the storage account's static website serves it in Azure:
/// <c>index.html</c> for <c>/</c> and for folder paths (<c>/2022/</c>; <c>/2022</c> redirects there), content types
/// by extension, a Chinese 404 page. A path that could leave the container (<c>..</c>, <c>.</c>, backslashes, encoded
/// slashes or any escape left after decoding, control characters) is refused with the 404 page.
/// </summary>
public sealed class SiteHandler(StorageClients storage)
{
    /// <summary>The static website's container.</summary>
    public const string WebContainer = "$web";

    private BlobContainerClient Container => storage.Blobs.GetBlobContainerClient(WebContainer);

    /// <summary>Serves <paramref name="path"/>: the request path as the server decoded it (an encoded slash stays <c>%2F</c>), starting with <c>/</c>.</summary>
    public async Task<ApiResponse> GetAsync(string path, CancellationToken ct)
    {
        if (BlobName(path) is not { } name)
        {
            return NotFound();
        }

        var response = await DownloadAsync(name, ct).ConfigureAwait(false);
        if (response is not null)
        {
            return response;
        }

        // A folder named without its slash: send the browser to the folder, so the page's relative links work.
        if (!name.EndsWith("index.html", StringComparison.Ordinal) && !Path.HasExtension(name)
            && await Container.GetBlobClient(name + "/index.html").ExistsAsync(ct).ConfigureAwait(false))
        {
            return ApiResponse.Redirect(path + "/");
        }

        return NotFound();
    }

    /// <summary>The blob a request path names, or null when the path is refused.</summary>
    public static string? BlobName(string path)
    {
        if (string.IsNullOrEmpty(path) || path[0] != '/' || path.Length > 1024)
        {
            return null;
        }

        var relative = path[1..];
        if (relative.Contains('\\') || relative.Contains('%') || relative.Contains("//", StringComparison.Ordinal) || relative.Any(char.IsControl))
        {
            return null;
        }

        var segments = relative.Split('/');
        // The last segment may be empty (a folder path); no other may be, and none may be "." or "..".
        if (segments.SkipLast(1).Any(s => s.Length == 0) || segments.Any(s => s is "." or ".."))
        {
            return null;
        }

        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    private async Task<ApiResponse?> DownloadAsync(string name, CancellationToken ct)
    {
        try
        {
            var content = await Container.GetBlobClient(name).DownloadContentAsync(ct).ConfigureAwait(false);
            return new ApiResponse(200, ContentType(name), content.Value.Content.ToArray());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private static string ContentType(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".html" or ".htm" => ApiResponse.Html,
        ".json" => ApiResponse.Json,
        ".csv" => "text/csv; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        _ => ContentTypes.For(name),
    };

    private static ApiResponse NotFound() => ApiResponse.HtmlPage(NotFoundPage.Render(), 404);
}
