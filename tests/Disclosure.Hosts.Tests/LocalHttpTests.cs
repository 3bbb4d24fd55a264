using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Disclosure.Host;
using Disclosure.Pipeline.Ingest;
using Disclosure.Pipeline.Web;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Disclosure.Hosts.Tests;

/// <summary>The local host's Kestrel: the HTTP API on the shared handlers, and the public site from $web.</summary>
[Collection(AzuriteCollection.Name)]
public partial class LocalHttpTests(AzuriteFixture azurite) : IAsyncLifetime
{
    /// <summary>Kestrel on a free loopback port.</summary>
    public const string FreePort = "http://127.0.0.1:0";

    private const int Year = 2023;
    private const string Markup = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    private IHost _host = null!;
    private HttpClient _http = null!;
    private Uri _base = null!;

    public async Task InitializeAsync()
    {
        _host = LocalHostBuilder.Build(azurite.ConnectionString, urls: FreePort);
        await _host.StartAsync();
        _base = _host.ListeningUrls()[0];
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _base };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.StopAsync();
        _host.Dispose();
    }

    [Fact]
    public async Task The_status_JSON_over_HTTP_is_the_CLI_s_status_json_byte_for_byte()
    {
        await SubmitAsync();

        var http = await _http.GetAsync($"/api/status/{Year}");
        var body = await http.Content.ReadAsByteArrayAsync();
        var cli = await Cli.RunAsync(azurite.ConnectionString, "status", "--year", Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");

        Assert.Equal(HttpStatusCode.OK, http.StatusCode);
        Assert.Equal("application/json", http.Content.Headers.ContentType!.MediaType);
        Assert.True(cli.ExitCode == 0, cli.Text);
        Assert.Equal(Encoding.UTF8.GetString(cli.Output), Encoding.UTF8.GetString(body));
        Assert.Equal(cli.Output, body);
    }

    [Fact]
    public async Task The_status_page_lists_every_office_sorts_on_the_server_and_links_to_validation_pages()
    {
        var (accepted, rejected) = await SubmitAsync();

        var page = await _http.GetAsync($"/api/status/{Year}/page?sort=state");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        // Sorted by state on the server: every rejected row before every accepted one.
        var states = StateAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.True(states.IndexOf("rejected") < states.IndexOf("accepted"));
        Assert.Equal(states.OrderBy(s => Array.IndexOf(["failed", "rejected", "missing", "accepted"], s)), states);

        // The rejected office's validation page, through the API, by the link on the page.
        var row = Regex.Match(html, $"<tr data-office=\"{rejected}\".*?</tr>", RegexOptions.Singleline).Value;
        var link = Regex.Match(row, "href=\"([^\"]+)\"").Groups[1].Value;
        var validation = await _http.GetAsync(new Uri(new Uri(_base, $"/api/status/{Year}/page"), link));
        Assert.Equal(HttpStatusCode.OK, validation.StatusCode);
        Assert.Contains("退回", await validation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(accepted, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/validation/2023/x/../../uploads/a.html")]
    [InlineData("/api/validation/2023/x/0123456789abcdef.json")]
    [InlineData("/api/validation/2023/x%2F..%2F..%2Fy/0123456789abcdef.html")]
    [InlineData("/api/validation/..%2F..%2Farchive/0123456789abcdef.html")]
    [InlineData("/api/validation/2023/x/0123456789abcdef.html")]
    public async Task The_validation_route_serves_nothing_but_existing_validation_pages(string path)
    {
        var response = await RawGetAsync(path);

        Assert.StartsWith("HTTP/1.1 404", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_site_is_served_from_web_with_index_pages_content_types_and_a_Chinese_404()
    {
        var web = azurite.Storage.Blobs.GetBlobContainerClient(SiteHandler.WebContainer);
        await web.CreateIfNotExistsAsync();
        await web.GetBlobClient("index.html").UploadAsync(BinaryData.FromString("<!DOCTYPE html><title>首页</title>"), overwrite: true);
        await web.GetBlobClient("2022/index.html").UploadAsync(BinaryData.FromString("<!DOCTYPE html><title>2022</title>"), overwrite: true);
        await web.GetBlobClient("2022/v1/consolidated/report.json").UploadAsync(BinaryData.FromString("{}"), overwrite: true);
        await web.GetBlobClient("2022/v1/consolidated/report.csv").UploadAsync(BinaryData.FromString("key"), overwrite: true);

        var root = await _http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, root.StatusCode);
        Assert.Equal("text/html", root.Content.Headers.ContentType!.MediaType);
        Assert.Contains("首页", await root.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<title>2022</title>", await _http.GetStringAsync("/2022/"), StringComparison.Ordinal);
        var folder = await _http.GetAsync("/2022");
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/2022/", folder.Headers.Location!.OriginalString);
        Assert.Equal("application/json", (await _http.GetAsync("/2022/v1/consolidated/report.json")).Content.Headers.ContentType!.MediaType);
        Assert.Equal("text/csv", (await _http.GetAsync("/2022/v1/consolidated/report.csv")).Content.Headers.ContentType!.MediaType);
        var missing = await _http.GetAsync("/2099/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("页面不存在", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/../validation/2023/x/0123456789abcdef.html")]
    [InlineData("/%2e%2e/uploads/a.csv")]
    [InlineData("/2022%2Findex.html")]
    [InlineData("/2022%5cindex.html")]
    [InlineData("/..%2Fuploads%2Fa.csv")]
    [InlineData("/2022/%252e%252e/index.html")]
    public async Task A_site_path_that_would_leave_the_container_is_refused(string path)
    {
        var response = await RawGetAsync(path);

        Assert.Matches("^HTTP/1.1 (400|404)", response);
        Assert.DoesNotContain("统计表", response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/2022/", "2022/index.html")]
    [InlineData("/2022/v1/report.pdf", "2022/v1/report.pdf")]
    [InlineData("/../x", null)]
    [InlineData("/a/./b", null)]
    [InlineData("/a//b", null)]
    [InlineData("/a%2Fb", null)]
    [InlineData("/a\\b", null)]
    [InlineData("relative", null)]
    public void Site_paths_map_to_blob_names_inside_the_container_only(string path, string? blob) =>
        Assert.Equal(blob, SiteHandler.BlobName(path));

    [Fact]
    public async Task Publish_is_a_POST_route_and_a_forced_publish_needs_a_reason()
    {
        var forced = await _http.PostAsync($"/api/publish/{Year}?force=true", content: null);
        Assert.Equal(HttpStatusCode.BadRequest, forced.StatusCode);
        Assert.Contains("理由", await forced.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains((await _http.GetAsync($"/api/publish/{Year}")).StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
    }

    [Fact]
    public void The_local_host_listens_on_loopback_addresses_only()
    {
        Assert.Equal("http://localhost:7071", LocalHostBuilder.CheckLoopback(LocalHttp.DefaultUrls));
        LocalHostBuilder.CheckLoopback("http://127.0.0.1:0;http://[::1]:8080");
        Assert.Throws<InvalidOperationException>(() => LocalHostBuilder.CheckLoopback("http://0.0.0.0:7071"));
        Assert.Throws<InvalidOperationException>(() => LocalHostBuilder.CheckLoopback("http://*:7071"));
        Assert.Throws<InvalidOperationException>(() => LocalHostBuilder.CheckLoopback("http://example.org:7071"));
    }

    // An accepted and a rejected office (the accepted one with markup in its name), ingested before the call returns.
    private async Task<(string Accepted, string Rejected)> SubmitAsync()
    {
        var storage = azurite.Storage;
        var accepted = $"ht{Guid.NewGuid():N}"[..12];
        var rejected = $"ht{Guid.NewGuid():N}"[..12];
        await new OfficeRoster(storage.Offices).UpsertAsync(
            [new Office(accepted, $"{Markup}局", "department", true), new Office(rejected, "二道区测试街道", "street", true)], CancellationToken.None);
        var ingest = _host.Services.GetRequiredService<IngestService>();
        await storage.Uploads.UploadBlobAsync($"{Year}/{accepted}/统计表.csv", BinaryData.FromBytes(SubmissionCsv.Consistent(accepted, Year, 5, $"{Markup}局")));
        var broken = SubmissionCsv.ConsistentFigures(requests: 5);
        broken["requests.handled_total.natural_person"] += 1;
        await storage.Uploads.UploadBlobAsync($"{Year}/{rejected}/统计表.csv", BinaryData.FromBytes(SubmissionCsv.Bytes(rejected, Year, broken)));
        await ingest.IngestAsync($"{Year}/{accepted}/统计表.csv", CancellationToken.None);
        await ingest.IngestAsync($"{Year}/{rejected}/统计表.csv", CancellationToken.None);
        return (accepted, rejected);
    }

    // A request line sent as written: HttpClient would resolve dot segments and re-encode before sending.
    private async Task<string> RawGetAsync(string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_base.Host, _base.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }


    [GeneratedRegex("<tr data-office=\"[^\"]*\" data-state=\"([a-z]+)\"")]
    private static partial Regex StateAttribute();
}
