using Disclosure.Contracts;
using Disclosure.Pipeline.OfficeLinks;
using Disclosure.Storage.Blobs;

namespace Disclosure.Pipeline.Web.OfficePages;

/// <summary>
/// The openness office's side of the links (authorization level <c>function</c>, like the status API):
/// <c>POST /api/offices/{officeId}/links/{year}[?days=N]</c> issues a link (revoking the office's earlier links for the
/// year) and answers its URL once; <c>DELETE</c> on the same route revokes the office's links for the year.
/// </summary>
public sealed class OfficeLinkAdminHandler(OfficeLinkService links)
{
    public async Task<ApiResponse> IssueAsync(string officeId, int year, string? days, string? requestBase, string issuedBy, CancellationToken ct)
    {
        if (Invalid(officeId, year) is { } invalid)
        {
            return invalid;
        }

        int? validDays = null;
        if (!string.IsNullOrEmpty(days))
        {
            if (!int.TryParse(days, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) || parsed is < 1 or > 3660)
            {
                return ApiResponse.Error(400, "有效天数(days)应为 1 到 3660 之间的整数。");
            }

            validDays = parsed;
        }

        var issued = await links.IssueAsync(officeId, year, validDays, issuedBy, requestBase, ct).ConfigureAwait(false);
        if (issued is null)
        {
            return ApiResponse.Error(404, $"名单中没有这个机关:{officeId}。");
        }

        var contract = new OfficeLinkContract(issued.Office.OfficeId, issued.Office.Name, year, issued.Url, issued.Record.ExpiresUtc);
        return new ApiResponse(200, ApiResponse.Json, [.. ContractJson.ToUtf8Bytes(contract), (byte)'\n']) { Headers = ApiResponse.PrivateJsonHeaders };
    }

    public async Task<ApiResponse> RevokeAsync(string officeId, int year, CancellationToken ct)
    {
        if (Invalid(officeId, year) is { } invalid)
        {
            return invalid;
        }

        var revoked = await links.RevokeAsync(officeId, year, ct).ConfigureAwait(false);
        return new ApiResponse(200, ApiResponse.Json, [.. ContractJson.ToUtf8Bytes(new OfficeLinkRevocationContract(officeId, year, revoked)), (byte)'\n']);
    }

    private static ApiResponse? Invalid(string officeId, int year) =>
        !ApiResponse.IsYear(year) ? ApiResponse.Error(400, "年度应为四位数字。")
        : !UploadPath.IsValidOfficeId(officeId) ? ApiResponse.Error(400, "机关代码无效。")
        : null;
}
