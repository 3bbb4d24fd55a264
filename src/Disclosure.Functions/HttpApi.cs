using Disclosure.Pipeline.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Disclosure.Functions;

/// <summary>
/// The HTTP API: bind, call the handler both hosts share (<see cref="Disclosure.Pipeline.Web"/>), return. Authorization
/// level <c>function</c> on every function: a caller needs a function key (never anonymous). The public site is the
/// storage account's static website, not a function. The status page carries a <c>?code=</c> key it was opened with
/// into its links (sorting, validation pages), so they open with the same key.
/// </summary>
public sealed class HttpApi(StatusHandler status, ValidationHandler validation, PublishHandler publish)
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
        if (Response.Location is { } location)
        {
            http.Headers.Location = location;
        }

        http.ContentLength = Response.Body.Length;
        await http.Body.WriteAsync(Response.Body, context.HttpContext.RequestAborted);
    }
}
