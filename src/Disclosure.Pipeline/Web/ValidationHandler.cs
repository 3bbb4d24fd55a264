using System.Text.RegularExpressions;
using Azure;
using Disclosure.Rendering.Site;
using Disclosure.Storage.Configuration;

namespace Disclosure.Pipeline.Web;

/// <summary>
/// <c>GET /api/validation/{year}/{office}/{hash}.html</c>: an upload's validation page from the <c>validation</c>
/// container, by the name status gives (<c>report_html</c>). Only names of that shape are served: no other container,
/// no JSON, no path outside it.
/// </summary>
public sealed partial class ValidationHandler(StorageClients storage)
{
    public async Task<ApiResponse> GetAsync(string? name, CancellationToken ct)
    {
        if (name is null || !IsReportName(name))
        {
            return ApiResponse.HtmlPage(NotFoundPage.Render("没有这份校验结果。"), 404);
        }

        try
        {
            var content = await storage.Validation.GetBlobClient(name).DownloadContentAsync(ct).ConfigureAwait(false);
            return new ApiResponse(200, ApiResponse.Html, content.Value.Content.ToArray());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return ApiResponse.HtmlPage(NotFoundPage.Render("没有这份校验结果。"), 404);
        }
    }

    /// <summary>A validation page's blob name as ingest writes it (<c>BlobNames.ReportHtml</c>): <c>{yyyy}/{office}/{16 hex}.html</c>.</summary>
    public static bool IsReportName(string name) => ReportName().IsMatch(name) && !name.Split('/')[1].All(c => c == '.');

    [GeneratedRegex(@"^[0-9]{4}/[^/\\%\u0000-\u001f]{1,128}/[0-9a-f]{16}\.html\z")]
    private static partial Regex ReportName();
}
