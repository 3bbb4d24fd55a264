using Disclosure.Pipeline.Web;
using Disclosure.Pipeline.Web.OfficePages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Disclosure.Host;

/// <summary>
/// The local host's HTTP endpoints on Kestrel: the function app's HTTP API under <c>/api/</c>, on the very same
/// handlers, and the public site from <c>$web</c> at <c>/</c>. The local host has no function keys: it listens on
/// loopback addresses only (<see cref="LocalHostBuilder.CheckLoopback"/>).
/// </summary>
public static class LocalHttp
{
    /// <summary>Where the local host listens unless <c>LocalHost:Urls</c> says otherwise.</summary>
    public const string DefaultUrls = "http://localhost:7071";

    /// <summary>The setting with the URLs to listen on (semicolon-separated, loopback only).</summary>
    public const string UrlsSetting = "LocalHost:Urls";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/status/{year:int}", async (int year, StatusHandler handler, HttpContext context) =>
            await WriteAsync(context, await handler.GetJsonAsync(year, context.RequestAborted)));
        endpoints.MapGet("/api/status/{year:int}/page", async (int year, StatusHandler handler, HttpContext context) =>
            await WriteAsync(context, await handler.GetPageAsync(year, context.Request.Query["sort"], context.RequestAborted)));
        endpoints.MapGet("/api/validation/{**name}", async (string? name, ValidationHandler handler, HttpContext context) =>
            await WriteAsync(context, await handler.GetAsync(name, context.RequestAborted)));
        endpoints.MapPost("/api/publish/{year:int}", async (int year, PublishHandler handler, HttpContext context) =>
            await WriteAsync(context, await handler.PublishAsync(year, await PublishRequestAsync(context.Request), "local-http", context.RequestAborted)));
        // The office pages behind a link (the token is the credential) and the openness office's link administration.
        endpoints.MapGet("/api/office/{year:int}/{token}", async (int year, string token, OfficeHandler handler, HttpContext context) =>
            await WriteAsync(context, await handler.GetPageAsync(year, token, context.RequestAborted)));
        endpoints.MapPost("/api/office/{year:int}/{token}", async (int year, string token, OfficeHandler handler, HttpContext context) =>
            await WriteAsync(context, await handler.UploadAsync(year, token, context.Request.ContentType, context.Request.Body, context.RequestAborted, context.Request.ContentLength)));
        endpoints.MapGet("/api/office/{year:int}/{token}/{file}", async (int year, string token, string file, OfficeHandler handler, HttpContext context) =>
            await WriteAsync(context, await handler.GetFileAsync(year, token, file, context.RequestAborted)));
        endpoints.MapGet("/api/office/{year:int}/{token}/uploads/{upload}", async (int year, string token, string upload, OfficeHandler handler, HttpContext context) =>
            await WriteAsync(context, await handler.GetVerdictAsync(year, token, upload, context.RequestAborted)));
        endpoints.MapPost("/api/offices/{officeId}/links/{year:int}", async (string officeId, int year, OfficeLinkAdminHandler handler, HttpContext context) =>
            await WriteAsync(context, await handler.IssueAsync(officeId, year, context.Request.Query["days"], $"{context.Request.Scheme}://{context.Request.Host}", "local-http", context.RequestAborted)));
        endpoints.MapDelete("/api/offices/{officeId}/links/{year:int}", async (string officeId, int year, OfficeLinkAdminHandler handler, HttpContext context) =>
            await WriteAsync(context, await handler.RevokeAsync(officeId, year, context.RequestAborted)));
        endpoints.Map("/api/{**rest}", async context => await WriteAsync(context, ApiResponse.Error(404, "没有这个接口。")));
        // "{**path}": the default fallback pattern skips paths with a file extension, which the site is made of.
        endpoints.MapFallback("{**path}", async (SiteHandler handler, HttpContext context) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                await WriteAsync(context, ApiResponse.Error(405, "只支持 GET。"));
                return;
            }

            await WriteAsync(context, await handler.GetAsync(context.Request.Path.Value ?? "/", context.RequestAborted));
        });
    }

    /// <summary>A publish request from the query and the optional JSON body (<see cref="PublishRequest.ReadAsync"/>).</summary>
    public static Task<PublishRequest> PublishRequestAsync(HttpRequest request) =>
        PublishRequest.ReadAsync(request.Query["force"], request.Query["reason"], request.Body, request.HttpContext.RequestAborted);

    /// <summary>Copies a handler's answer onto the response.</summary>
    public static async Task WriteAsync(HttpContext context, ApiResponse response)
    {
        context.Response.StatusCode = response.StatusCode;
        context.Response.ContentType = response.ContentType;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (response.Location is { } location)
        {
            context.Response.Headers.Location = location;
        }

        context.Response.ContentLength = response.Body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
        }
    }
}
