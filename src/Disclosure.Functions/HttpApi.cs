using Disclosure.Pipeline.Web;
using Disclosure.Pipeline.Web.OfficePages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Disclosure.Functions;

/// <summary>
/// The HTTP API: bind, call the handler both hosts share (<see cref="Disclosure.Pipeline.Web"/>), return. Authorization
/// level <c>function</c> on every function: a caller needs a function key (never anonymous). The public site is the
/// storage account's static website, not a function. The status page carries a <c>?code=</c> key it was opened with
/// into its links (sorting, validation pages), so they open with the same key. The one exception is the office pages
/// (<see cref="OfficeApi"/>), anonymous because the secret in their path is the credential.
/// </summary>
public sealed class HttpApi(StatusHandler status, ValidationHandler validation, PublishHandler publish, OfficeLinkAdminHandler officeLinks)
{
    [Function("GetStatus")]
    public async Task<IActionResult> GetStatus(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "status/{year:int}")] HttpRequest request, int year) =>
        new ApiResult(await status.GetJsonAsync(year, request.HttpContext.RequestAborted));

    [Function("GetStatusPage")]
    public async Task<IActionResult> GetStatusPage(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "status/{year:int}/page")] HttpRequest request, int year) =>
        new ApiResult(await status.GetPageAsync(year, request.Query["sort"], request.HttpContext.RequestAborted, functionKey: request.Query["code"]));

    [Function("GetValidationPage")]
    public async Task<IActionResult> GetValidationPage(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "validation/{*name}")] HttpRequest request, string? name) =>
        new ApiResult(await validation.GetAsync(name, request.HttpContext.RequestAborted));

    [Function("PublishYear")]
    public async Task<IActionResult> PublishYear(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "publish/{year:int}")] HttpRequest request, int year) =>
        new ApiResult(await publish.PublishAsync(year, await PublishRequest.ReadAsync(request.Query["force"], request.Query["reason"], request.Body, request.HttpContext.RequestAborted), "http", request.HttpContext.RequestAborted));


    [Function("IssueOfficeLink")]
    public async Task<IActionResult> IssueOfficeLink(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "offices/{officeId}/links/{year:int}")] HttpRequest request, string officeId, int year) =>
        new ApiResult(await officeLinks.IssueAsync(officeId, year, request.Query["days"], $"{request.Scheme}://{request.Host}", Caller(request), request.HttpContext.RequestAborted));

    [Function("RevokeOfficeLinks")]
    public async Task<IActionResult> RevokeOfficeLinks(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "offices/{officeId}/links/{year:int}")] HttpRequest request, string officeId, int year) =>
        new ApiResult(await officeLinks.RevokeAsync(officeId, year, request.HttpContext.RequestAborted));

    // With App Service authentication in front (docs/security.md) the signed-in operator's name; else the channel.
    private static string Caller(HttpRequest request) =>
        request.Headers["X-MS-CLIENT-PRINCIPAL-NAME"].FirstOrDefault() is { Length: > 0 } name ? name : "http";
}

/// <summary>
/// The office pages behind a link (<see cref="OfficeHandler"/>): authorization level <c>anonymous</c>, because the link's
/// secret is the credential and an office has no function key; every refusal is the handler's.
/// </summary>
public sealed class OfficeApi(OfficeHandler office)
{
    [Function("GetOfficePage")]
    public async Task<IActionResult> GetOfficePage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "office/{year:int}/{token}")] HttpRequest request, int year, string token) =>
        new ApiResult(await office.GetPageAsync(year, token, request.HttpContext.RequestAborted));

    [Function("UploadOfficeFile")]
    public async Task<IActionResult> UploadOfficeFile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "office/{year:int}/{token}")] HttpRequest request, int year, string token) =>
        new ApiResult(await office.UploadAsync(year, token, request.ContentType, request.Body, request.HttpContext.RequestAborted, request.ContentLength));

    [Function("GetOfficeFile")]
    public async Task<IActionResult> GetOfficeFile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "office/{year:int}/{token}/{file}")] HttpRequest request, int year, string token, string file) =>
        new ApiResult(await office.GetFileAsync(year, token, file, request.HttpContext.RequestAborted));

    [Function("GetOfficeUpload")]
    public async Task<IActionResult> GetOfficeUpload(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "office/{year:int}/{token}/uploads/{upload}")] HttpRequest request, int year, string token, string upload) =>
        new ApiResult(await office.GetVerdictAsync(year, token, upload, request.HttpContext.RequestAborted));
}

/// <summary>A handler's answer as an ASP.NET Core result: status code, content type, body, redirect.</summary>
public sealed class ApiResult(ApiResponse response) : IActionResult
{
    public ApiResponse Response { get; } = response;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext.Response;
        http.StatusCode = Response.StatusCode;
        http.ContentType = Response.ContentType;
        http.Headers.XContentTypeOptions = "nosniff";
        foreach (var (name, value) in Response.Headers)
        {
            http.Headers[name] = value;
        }

        if (Response.Location is { } location)
        {
            http.Headers.Location = location;
        }

        http.ContentLength = Response.Body.Length;
        await http.Body.WriteAsync(Response.Body, context.HttpContext.RequestAborted);
    }
}
