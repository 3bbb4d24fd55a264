using System.Net;
using System.Text;
using Disclosure.Contracts;
using Disclosure.Pipeline.OfficeLinks;
using Disclosure.Reading;
using Disclosure.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Hosts.Tests.OfficePages;

/// <summary>An office's link over HTTP on the local host: only its own folder, refusals, the rate limit, headers, downloads, the admin routes.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OfficeLinkHttpTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private OfficeHost _office = null!;

    public async Task InitializeAsync() => _office = await OfficeHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _office.DisposeAsync();

    [Theory]
    [InlineData("../../other/2021/统计表.xlsx")]
    [InlineData("..%2f..%2fother%2f统计表.xlsx")]
    [InlineData("..%252f..%252fother%252f统计表.xlsx")]
    [InlineData("..\\..\\other\\统计表.xlsx")]
    [InlineData("..\u2215..\u2215other\u2215统计表.xlsx")]
    [InlineData("..\uFF0F..\uFF0Fother\uFF0F统计表.xlsx")]
    [InlineData("..\u2044other\u2044统计表.xlsx")]
    [InlineData("/etc/passwd.xlsx")]
    [InlineData("C:\\Users\\clerk\\统计表.xlsx")]
    [InlineData("2021/other/统计表.xlsx")]
    [InlineData("..")]
    [InlineData("...xlsx")]
    public async Task A_link_writes_only_into_its_own_office_and_year_whatever_the_request_says(string fileName)
    {
        var (officeId, path) = await _office.NewOfficeAsync();
        var before = (await _office.UploadNamesAsync()).ToHashSet(StringComparer.Ordinal);

        using var response = await _office.PostFileAsync(path, fileName, Encoding.UTF8.GetBytes("key,value\n"),
            ("office", "other"), ("year", "2021"), ("path", "../other/x.xlsx"), ("blob", "2021/other/x.xlsx"));

        var written = (await _office.UploadNamesAsync()).Where(n => !before.Contains(n)).ToList();
        if (response.StatusCode == HttpStatusCode.SeeOther)
        {
            var name = Assert.Single(written);
            var parts = name.Split('/');
            Assert.Equal(3, parts.Length);
            Assert.Equal($"{OfficeHost.Year}", parts[0]);
            Assert.Equal(officeId, parts[1]);
            Assert.DoesNotContain("..", parts[2].Trim('.').Split('.'), StringComparer.Ordinal);
            Assert.DoesNotContain('\\', parts[2]);
            Assert.DoesNotContain('%', parts[2]);
            Assert.DoesNotContain('\u2215', parts[2]);
            Assert.DoesNotContain('\uFF0F', parts[2]);
        }
        else
        {
            // A name with nothing usable left is refused, writing nothing.
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Empty(written);
        }
    }

    [Theory]
    [InlineData("../../other/2021/统计表.xlsx", "统计表.xlsx")]
    [InlineData("..\u2215..\u2215统计表.xlsx", "统计表.xlsx")]
    [InlineData("..\uFF0Fx\uFF3C统计表.xlsx", "统计表.xlsx")]
    [InlineData("a%2f..%2fb.xlsx", "a_2f.._2fb.xlsx")]
    [InlineData("报告.DOCX", "报告.docx")]
    [InlineData(" .统计表.xlsx. ", "统计表.xlsx")]
    [InlineData("统计表\u202Exslx.exe", null)]
    [InlineData("统计表.exe", null)]
    [InlineData("统计表", null)]
    [InlineData("", null)]
    [InlineData(".xlsx", null)]
    [InlineData("_.xlsx", "上传文件.xlsx")]
    [InlineData("<b>局</b>.xlsx", "b>.xlsx")]
    public void File_names_are_cleaned_to_their_own_last_part(string sent, string? expected) =>
        Assert.Equal(expected, Disclosure.Pipeline.Web.OfficePages.UploadFileName.Clean(sent));

    [Fact]
    public async Task A_link_for_another_year_expired_revoked_or_unknown_is_refused_with_a_Chinese_page_and_writes_nothing()
    {
        var (officeId, path) = await _office.NewOfficeAsync();
        var token = path.Split('/')[^1];
        var before = await _office.UploadNamesAsync();

        // Another year in the address than the link's.
        var otherYear = $"/api/office/{OfficeHost.Year + 1}/{token}";
        await AssertRefusedAsync(otherYear, HttpStatusCode.Forbidden, "年度不符");

        // Unknown: a well-formed token never issued, and a malformed one.
        await AssertRefusedAsync($"/api/office/{OfficeHost.Year}/{OfficeLinkTokens.NewToken()}", HttpStatusCode.NotFound, "链接无效");
        await AssertRefusedAsync($"/api/office/{OfficeHost.Year}/{token[..20]}", HttpStatusCode.NotFound, "链接无效");

        // Expired: issued 100 days ago for 30 days, by a service whose clock was then.
        var past = new OfficeLinkService(azurite.Storage, new OfficeRoster(azurite.Storage.Offices), OfficeLinkOptions.Default, new ShiftedTime(TimeSpan.FromDays(-100)));
        var expired = await past.IssueAsync(officeId, OfficeHost.Year, 30, "test", "http://x", CancellationToken.None);
        await AssertRefusedAsync(new Uri(expired!.Url).AbsolutePath, HttpStatusCode.Gone, "已过期");

        // Revoked: a new link for the office and year revokes the earlier one; --revoke revokes the new one too.
        var (_, replaced) = await IssueAgainAsync(officeId);
        await AssertRefusedAsync(path, HttpStatusCode.Gone, "已停用");
        Assert.Equal(HttpStatusCode.OK, (await _office.Http.GetAsync(replaced)).StatusCode);
        Assert.Equal(1, await _office.Links.RevokeAsync(officeId, OfficeHost.Year, CancellationToken.None));
        await AssertRefusedAsync(replaced, HttpStatusCode.Gone, "已停用");

        Assert.Equal(before, await _office.UploadNamesAsync());
    }

    [Fact]
    public async Task Too_many_uploads_from_one_link_are_refused_with_429_while_another_link_still_uploads()
    {
        var (_, path) = await _office.NewOfficeAsync();
        var (_, other) = await _office.NewOfficeAsync();

        for (var i = 0; i < OfficeHost.UploadsPerWindow; i++)
        {
            using var allowed = await _office.PostFileAsync(path, "统计表.exe", [1]);
            Assert.Equal(HttpStatusCode.BadRequest, allowed.StatusCode);
        }

        using var refused = await _office.PostFileAsync(path, "统计表.csv", Encoding.UTF8.GetBytes("key,value\n"));
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Contains("上传过于频繁", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var elsewhere = await _office.PostFileAsync(other, "统计表.csv", Encoding.UTF8.GetBytes("key,value\n"));
        Assert.Equal(HttpStatusCode.SeeOther, elsewhere.StatusCode);
    }

    [Fact]
    public async Task The_rate_counter_counts_concurrent_uploads_once_each()
    {
        var (_, path) = await _office.NewOfficeAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, OfficeHost.UploadsPerWindow + 40).Select(async _ =>
        {
            using var response = await _office.PostFileAsync(path, "x.exe", [1]);
            return response.StatusCode;
        }));

        Assert.Equal(OfficeHost.UploadsPerWindow, answers.Count(s => s == HttpStatusCode.BadRequest));
        Assert.Equal(40, answers.Count(s => s == (HttpStatusCode)429));
    }

    [Fact]
    public async Task A_file_over_the_reader_s_limit_is_refused_with_413_and_not_written()
    {
        var (officeId, path) = await _office.NewOfficeAsync();

        using var response = await _office.PostFileAsync(path, "统计表.xlsx", new byte[ReadLimits.Default.MaxFileBytes + 1]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.DoesNotContain(await _office.UploadNamesAsync(), n => n.StartsWith($"{OfficeHost.Year}/{officeId}/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Office_pages_carry_no_referrer_a_strict_policy_no_sniffing_and_no_caching()
    {
        var (officeId, path) = await _office.NewOfficeAsync();
        var (verdict, _) = await _office.UploadAndIngestAsync(path, officeId, "统计表.xlsx", OfficeHost.SlippedWorkbook(true, officeId, "二道区测试局"));

        foreach (var address in new[] { path, verdict, $"{path}/template.xlsx", $"/api/office/{OfficeHost.Year}/{OfficeLinkTokens.NewToken()}" })
        {
            using var response = await _office.Http.GetAsync(address);
            var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
            Assert.Equal("no-referrer", headers["Referrer-Policy"]);
            Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
            Assert.Equal("no-store", headers["Cache-Control"]);
            var policy = headers["Content-Security-Policy"];
            Assert.StartsWith("default-src 'none'", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
            if (response.Content.Headers.ContentType!.MediaType == "text/html")
            {
                Assert.Contains("form-action 'self'", policy, StringComparison.Ordinal);
                Assert.Matches("style-src 'sha256-[A-Za-z0-9+/=]{44}'", policy);
                // Only the upload page ships a script (dropping a file onto the form), allowed by its hash.
                Assert.Matches(address == path ? "script-src 'sha256-[A-Za-z0-9+/=]{44}';" : "script-src 'none';", policy);
            }
        }
    }

    [Fact]
    public async Task The_page_offers_the_office_s_own_template_and_the_narrative_skeleton()
    {
        var (officeId, path) = await _office.NewOfficeAsync("二道区<i>模板</i>局");

        var page = await _office.Http.GetStringAsync(path);
        using var template = await _office.Http.GetAsync($"{path}/template.xlsx");
        using var narrative = await _office.Http.GetAsync($"{path}/narrative.docx");
        using var other = await _office.Http.GetAsync($"{path}/roster.csv");

        Assert.Contains("href=\"" + path + "/template.xlsx\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Contains("attachment", template.Content.Headers.ContentDisposition!.DispositionType, StringComparison.Ordinal);
        var document = FormFileReader.Read(await template.Content.ReadAsByteArrayAsync(), "template.xlsx").Document!;
        Assert.Contains(document.Metadata, m => m.Value == officeId);
        Assert.Contains(document.Metadata, m => m.Value == "二道区<i>模板</i>局");
        Assert.Equal(HttpStatusCode.OK, narrative.StatusCode);
        var skeleton = Disclosure.Narratives.NarrativeReader.Read(await narrative.Content.ReadAsByteArrayAsync(), "narrative.docx");
        Assert.NotNull(skeleton);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task The_admin_routes_issue_a_link_that_works_once_and_revoke_it()
    {
        var (officeId, first) = await _office.NewOfficeAsync();

        using var issued = await _office.Http.PostAsync($"/api/offices/{officeId}/links/{OfficeHost.Year}?days=7", null);
        var link = ContractJson.ReadOfficeLink(await issued.Content.ReadAsStringAsync())!;
        var path = new Uri(link.Url).AbsolutePath;

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.StartsWith(_office.Base.GetLeftPart(UriPartial.Authority), link.Url, StringComparison.Ordinal);
        Assert.InRange(link.ExpiresUtc - DateTimeOffset.UtcNow, TimeSpan.FromDays(6.9), TimeSpan.FromDays(7));
        Assert.Equal(HttpStatusCode.OK, (await _office.Http.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await _office.Http.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _office.Http.PostAsync($"/api/offices/nobody{Guid.NewGuid():N}"[..30] + $"/links/{OfficeHost.Year}", null)).StatusCode);

        using var revoked = await _office.Http.DeleteAsync($"/api/offices/{officeId}/links/{OfficeHost.Year}");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Contains("\"revoked\": 1", await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await _office.Http.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task The_table_holds_only_the_hash_of_a_link_s_secret()
    {
        var (_, path) = await _office.NewOfficeAsync();
        var token = path.Split('/')[^1];

        var rows = new List<string>();
        await foreach (var entity in azurite.Storage.OfficeLinks.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            rows.Add(string.Join('|', entity.Select(p => $"{p.Key}={p.Value}")) + "|" + entity.RowKey);
        }

        Assert.DoesNotContain(rows, r => r.Contains(token, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(OfficeLinkTokens.Hash(token), StringComparison.Ordinal));
        Assert.Equal(43, token.Length);
    }

    [Fact]
    public async Task A_verdict_of_another_office_s_upload_is_not_served_through_this_link()
    {
        var (officeId, path) = await _office.NewOfficeAsync();
        var (_, other) = await _office.NewOfficeAsync();
        var (verdict, _) = await _office.UploadAndIngestAsync(path, officeId, "统计表.xlsx", OfficeHost.SlippedWorkbook(true, officeId, "二道区测试局"));
        var uploadId = verdict.Split('/')[^1];

        Assert.Equal(HttpStatusCode.OK, (await _office.Http.GetAsync(verdict)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _office.Http.GetAsync($"{other}/uploads/{uploadId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _office.Http.GetAsync($"{path}/uploads/..%2F..%2F{uploadId}")).StatusCode);
    }

    private async Task AssertRefusedAsync(string path, HttpStatusCode status, string words)
    {
        using var get = await _office.Http.GetAsync(path);
        Assert.Equal(status, get.StatusCode);
        var html = await get.Content.ReadAsStringAsync();
        Assert.Contains(words, html, StringComparison.Ordinal);
        Assert.Contains("lang=\"zh-CN\"", html, StringComparison.Ordinal);
        using var post = await _office.PostFileAsync(path, "统计表.csv", Encoding.UTF8.GetBytes("key,value\n"));
        Assert.Equal(status, post.StatusCode);
        Assert.Equal(status, (await _office.Http.GetAsync(path + "/template.xlsx")).StatusCode);
    }

    private async Task<(string OfficeId, string Path)> IssueAgainAsync(string officeId)
    {
        var issued = await _office.Links.IssueAsync(officeId, OfficeHost.Year, null, "test", null, CancellationToken.None);
        return (officeId, new Uri(issued!.Url).AbsolutePath);
    }

    private sealed class ShiftedTime(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
    }
}
