using System.Text;
using Disclosure.Functions;
using Disclosure.Pipeline.Publishing;
using Disclosure.Pipeline.Status;
using Disclosure.Pipeline.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace Disclosure.Hosts.Tests;

/// <summary>The function app's HTTP functions called as the worker calls them, on real storage: thin over the shared handlers.</summary>
[Collection(AzuriteCollection.Name)]
public class HttpApiFunctionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task GetStatus_answers_the_CLI_s_bytes_and_the_page_and_refusals_come_from_the_same_handlers()
    {
        var storage = azurite.Storage;
        var statusService = new StatusService(storage);
        var publishing = new PublishingService(storage, TimeProvider.System, PublishingOptions.Default);
        var api = new HttpApi(
            new StatusHandler(statusService, storage, new ReportCalendar(TimeProvider.System, PublishingOptions.Default), TimeProvider.System, new PublishedYearSummary(publishing)),
            new ValidationHandler(storage),
            new PublishHandler(publishing),
            new Disclosure.Pipeline.Web.OfficePages.OfficeLinkAdminHandler(new Disclosure.Pipeline.OfficeLinks.OfficeLinkService(storage,
                new Disclosure.Storage.Tables.OfficeRoster(storage.Offices), Disclosure.Pipeline.OfficeLinks.OfficeLinkOptions.Default, TimeProvider.System)));

        var (code, type, body) = await ExecuteAsync(await api.GetStatus(Request(), 2022));
        Assert.Equal(200, code);
        Assert.Equal(ApiResponse.Json, type);
        Assert.Equal(StatusHandler.Bytes(await statusService.GetAsync(2022, CancellationToken.None)), body);

        (code, type, body) = await ExecuteAsync(await api.GetStatusPage(Request("?sort=state&code=k%2By"), 2022));
        Assert.Equal(200, code);
        Assert.Equal(ApiResponse.Html, type);
        var page = Encoding.UTF8.GetString(body);
        Assert.Contains("报送情况", page, StringComparison.Ordinal);
        // The function key the page was opened with goes into its links.
        Assert.Contains("href=\"?sort=office&amp;code=k%2By\"", page, StringComparison.Ordinal);

        (code, _, _) = await ExecuteAsync(await api.GetValidationPage(Request(), "../uploads/2022/x/a.html"));
        Assert.Equal(404, code);
        (code, _, _) = await ExecuteAsync(await api.PublishYear(Request("?force=true"), 2022));
        Assert.Equal(400, code);
    }

    private static HttpRequest Request(string query = "")
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        return context.Request;
    }

    private static async Task<(int Code, string? Type, byte[] Body)> ExecuteAsync(IActionResult result)
    {
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        return (context.Response.StatusCode, context.Response.ContentType, body.ToArray());
    }
}
