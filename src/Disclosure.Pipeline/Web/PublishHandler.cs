using System.Text.Json;

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
public sealed class PublishHandler
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

        // MERGE(publish): call PublishingService here (constructor-inject it) with year, force, reason and publishedBy;
        // map its result to 200 {version, where} or 409 {reasons}. The service is on the publish branch, not on this one.
        return Task.FromResult(ApiResponse.Error(501, "发布服务尚未接入。"));
    }
}
