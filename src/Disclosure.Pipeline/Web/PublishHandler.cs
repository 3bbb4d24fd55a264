using System.Text.Json;
using Disclosure.Contracts;
using Disclosure.Pipeline.Publishing;

namespace Disclosure.Pipeline.Web;

/// <summary>What a caller asks of <c>POST /api/publish/{year}</c>: force past the gate, with the reason recorded.</summary>
public sealed record PublishRequest(bool Force = false, string? Reason = null)
{
    private const int MaxBody = 64 * 1024;

    /// <summary>
    /// The request from the query (<c>force=true</c>, <c>reason=…</c>) and an optional JSON body
    /// (<c>{"force": true, "reason": "…"}</c>); the body's values add to the query's. A body that is not JSON is ignored.
    /// </summary>
    public static async Task<PublishRequest> ReadAsync(string? force, string? reason, Stream body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var forced = string.Equals(force, "true", StringComparison.OrdinalIgnoreCase);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBody)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length > 0)
        {
            try
            {
                using var json = JsonDocument.Parse(buffer.ToArray());
                if (json.RootElement.ValueKind == JsonValueKind.Object)
                {
                    forced |= json.RootElement.TryGetProperty("force", out var f) && f.ValueKind == JsonValueKind.True;
                    if (string.IsNullOrEmpty(reason) && json.RootElement.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String)
                    {
                        reason = r.GetString();
                    }
                }
            }
            catch (JsonException)
            {
                // Not JSON: the query alone counts.
            }
        }

        return new PublishRequest(forced, string.IsNullOrEmpty(reason) ? null : reason);
    }
}

/// <summary>
/// <c>POST /api/publish/{year}</c>: publishes version n+1 of the year's reports through the publishing service (the
/// service <c>disclosure publish</c> and the timer call). Body (optional) <c>{"force": true, "reason": "说明"}</c>, or
/// the query <c>?force=true&amp;reason=…</c>; forcing needs a reason. Answers 200 with the version, 409 when the gate
/// blocks it (with the reasons).
/// </summary>
public sealed class PublishHandler(PublishingService publishing)
{
    public Task<ApiResponse> PublishAsync(int year, PublishRequest request, string publishedBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ct.ThrowIfCancellationRequested();
        if (!ApiResponse.IsYear(year))
        {
            return Task.FromResult(ApiResponse.Error(400, "年度应为四位数字。"));
        }

        if (request.Force && string.IsNullOrWhiteSpace(request.Reason))
        {
            return Task.FromResult(ApiResponse.Error(400, "强制发布须说明理由(reason)。"));
        }

        return PublishCoreAsync(year, request, publishedBy, ct);
    }

    private async Task<ApiResponse> PublishCoreAsync(int year, PublishRequest request, string publishedBy, CancellationToken ct)
    {
        var result = await publishing.PublishAsync(year, publishedBy, request.Force ? request.Reason : null, ct).ConfigureAwait(false);
        var contract = new PublishResultContract(result.Year, result.Outcome.ToString().ToLowerInvariant(), result.Version, result.Reasons,
            result.ForcedReason, result.ReportsPath, result.SitePath, result.Message);
        return new ApiResponse(result.Outcome == PublishOutcome.Blocked ? 409 : 200, ApiResponse.Json, [.. ContractJson.ToUtf8Bytes(contract), (byte)'\n']);
    }
}
