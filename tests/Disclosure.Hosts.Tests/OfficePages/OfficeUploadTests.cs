using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Disclosure.Storage.Tables;
using Disclosure.Tests.Workbooks;
using Disclosure.Workbooks;

namespace Disclosure.Hosts.Tests.OfficePages;

/// <summary>What an office uploads through its page: hostile files end rejected and archived, markup in names stays text.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OfficeUploadTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private OfficeHost _office = null!;

    public async Task InitializeAsync() => _office = await OfficeHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _office.DisposeAsync();

    /// <summary>The reader's hostile and broken files (tests/Disclosure.Core.Tests' HostileWorkbooks), each with the rule it must be refused by.</summary>
    private static IEnumerable<(string Name, string FileName, byte[] Content, string Rule)> HostileFiles(byte[] template)
    {
        var sheet = HostileWorkbooks.FirstSheetPart(template);
        yield return ("empty", "统计表.xlsx", [], "file.empty");
        yield return ("random bytes", "统计表.xlsx", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray(), "file.");
        yield return ("truncated zip", "统计表.xlsx", template[..(template.Length / 2)], "file.");
        yield return ("zip bomb", "统计表.xlsx", HostileWorkbooks.ZipBomb(template, 101L * 1024 * 1024), "file.zip_bomb");
        yield return ("zip bomb lying about its size", "统计表.xlsx",
            HostileWorkbooks.LieAboutSize(HostileWorkbooks.ZipBomb(template, 8L * 1024 * 1024), sheet, declared: 1000), "file.");
        yield return ("external entity", "统计表.xlsx",
            HostileWorkbooks.Rewrite(template, sheet, xml => xml!.Replace("?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", StringComparison.Ordinal)), "file.");
        yield return ("encrypted", "统计表.xlsx", HostileWorkbooks.CompoundFile("EncryptedPackage"), "file.encrypted");
        yield return ("legacy xls", "统计表.xls", HostileWorkbooks.CompoundFile("Workbook"), "file.legacy_xls");
        yield return ("macros", "统计表.xlsm", HostileWorkbooks.Rewrite(HostileWorkbooks.Rewrite(template, "[Content_Types].xml", xml => xml!.Replace(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal)),
            "xl/vbaProject.bin", _ => "not really VBA"), "file.");
        yield return ("missing workbook part", "统计表.xlsx", HostileWorkbooks.Rewrite(template, "xl/workbook.xml", _ => null), "file.");
        yield return ("malformed sheet", "统计表.xlsx", HostileWorkbooks.Rewrite(template, sheet, xml => xml![..(xml!.Length / 2)]), "file.");
        yield return ("narrative that is no Word file", "文字部分.docx", Encoding.UTF8.GetBytes("PK not a zip"), "");
    }

    [Fact]
    public async Task Every_hostile_file_uploaded_through_the_page_ends_rejected_and_archived_and_the_next_good_file_is_accepted()
    {
        var (officeId, path) = await _office.NewOfficeAsync();
        using var blank = new MemoryStream();
        TemplateWriter.Write(blank, new TemplateRequest(officeId, "二道区测试局", OfficeHost.Year));
        var table = new SubmissionTable(azurite.Storage.Submissions);
        var partition = SubmissionKeys.Partition(OfficeHost.Year, officeId);

        foreach (var (name, fileName, content, rule) in HostileFiles(blank.ToArray()))
        {
            var (verdictPath, verdict) = await _office.UploadAndIngestAsync(path, officeId, fileName, content);

            Assert.True(verdict.State == "rejected", $"{name}: {verdict.State}");
            Assert.True(verdict.Errors > 0, name);
            Assert.Contains(verdict.Report!.Findings, f => f.Severity == "error" && f.Rule.StartsWith(rule, StringComparison.Ordinal));
            var record = await table.FindByUploadIdAsync(partition, verdictPath.Split('/')[^1], CancellationToken.None);
            Assert.True(await azurite.Storage.Archive.GetBlobClient(record!.ArchiveName).ExistsAsync(), $"{name}: not archived");
            var page = await _office.Http.GetStringAsync(verdictPath);
            Assert.Contains("退回", page, StringComparison.Ordinal);
        }

        var (_, good) = await _office.UploadAndIngestAsync(path, officeId, "统计表.xlsx", OfficeHost.SlippedWorkbook(true, officeId, "二道区测试局"));
        Assert.Equal("accepted", good.State);
        Assert.True(good.BecameCurrent);
    }

    [Fact]
    public async Task A_replayed_upload_is_a_duplicate_that_keeps_the_first_verdict_and_changes_nothing()
    {
        var (officeId, path) = await _office.NewOfficeAsync();
        var slipped = OfficeHost.SlippedWorkbook(false, officeId, "二道区测试局");
        var corrected = OfficeHost.SlippedWorkbook(true, officeId, "二道区测试局");
        await _office.UploadAndIngestAsync(path, officeId, "统计表.xlsx", corrected);
        var current = await new SubmissionTable(azurite.Storage.Submissions).GetCurrentAsync(SubmissionKeys.Partition(OfficeHost.Year, officeId), CancellationToken.None);

        var (rejectedPath, rejected) = await _office.UploadAndIngestAsync(path, officeId, "统计表.xlsx", slipped);
        var (replayPath, replay) = await _office.UploadAndIngestAsync(path, officeId, "统计表.xlsx", slipped);
        var (_, acceptedAgain) = await _office.UploadAndIngestAsync(path, officeId, "统计表.xlsx", corrected);

        Assert.Equal("rejected", rejected.State);
        Assert.Equal("duplicate", replay.State);
        Assert.Equal(rejected.Errors, replay.Errors);
        Assert.Equal("duplicate", acceptedAgain.State);
        Assert.Equal(0, acceptedAgain.Errors);
        var page = new HtmlParser().ParseDocument(await _office.Http.GetStringAsync(replayPath));
        Assert.NotNull(page.QuerySelector(".verdict.bad"));
        Assert.Equal(2, page.QuerySelectorAll(".findings tbody tr").Length);
        Assert.NotEqual(rejectedPath, replayPath);
        var after = await new SubmissionTable(azurite.Storage.Submissions).GetCurrentAsync(SubmissionKeys.Partition(OfficeHost.Year, officeId), CancellationToken.None);
        Assert.Equal(current!.UploadId, after!.UploadId);
    }

    [Fact]
    public async Task A_file_name_with_markup_renders_inert_on_every_page()
    {
        const string officeName = "<script>alert(1)</script>二道区<b>测试</b>局";
        const string fileName = "<img src=x onerror=alert(2)><svg onload=alert(3)>&amp;统计表.xlsx";
        var (officeId, path) = await _office.NewOfficeAsync(officeName);

        var (verdictPath, verdict) = await _office.UploadAndIngestAsync(path, officeId, fileName, OfficeHost.SlippedWorkbook(false, officeId, officeName));
        var record = await new SubmissionTable(azurite.Storage.Submissions).FindByUploadIdAsync(
            SubmissionKeys.Partition(OfficeHost.Year, officeId), verdictPath.Split('/')[^1], CancellationToken.None);

        Assert.Equal(fileName, verdict.FileName);
        var pages = new[]
        {
            (path, fileName),
            (verdictPath, fileName),
            ($"/api/validation/{record!.ReportHtmlName}", fileName),
            ($"/api/status/{OfficeHost.Year}/page", officeName),
        };
        foreach (var (address, text) in pages)
        {
            using var response = await _office.Http.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Empty(document.QuerySelectorAll("img, svg, b"));
            // The only script is the upload page's own fixed one.
            Assert.All(document.Scripts, script => Assert.Equal(Disclosure.Rendering.Pages.PageScript.DropToUpload.Text, script.Text));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.Contains(document.Body!.Descendants<IText>(), t => t.Data.Contains(text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_command_line_uploads_through_a_link_and_prints_the_verdict()
    {
        var (officeId, path) = await _office.NewOfficeAsync("二道区住房和城乡建设局");
        var folder = Directory.CreateTempSubdirectory("office-link-").FullName;
        var slipped = Path.Combine(folder, "housing-2022.xlsx");
        var corrected = Path.Combine(folder, "housing-2022-corrected.xlsx");
        await File.WriteAllBytesAsync(slipped, OfficeHost.SlippedWorkbook(false, officeId, "二道区住房和城乡建设局"));
        await File.WriteAllBytesAsync(corrected, OfficeHost.SlippedWorkbook(true, officeId, "二道区住房和城乡建设局"));
        var link = new Uri(_office.Base, path).ToString();

        // The host's sweeper ingests what the link wrote (the CLI has no storage access here).
        var rejected = await Cli.RunAsync(null, "upload", "--link", link, slipped, "--timeout", "60");
        var accepted = await Cli.RunAsync(null, "upload", "--link", link, corrected, "--timeout", "60");
        var refused = await Cli.RunAsync(null, "upload", "--link", new Uri(_office.Base, path[..^3] + "abc").ToString(), corrected);

        Assert.True(rejected.ExitCode == 1, rejected.Text);
        Assert.Contains("被退回", rejected.Text, StringComparison.Ordinal);
        Assert.Equal(2, rejected.Text.Split("requests.handled_sum").Length - 1);
        Assert.True(accepted.ExitCode == 0, accepted.Text);
        Assert.Contains("已通过", accepted.Text, StringComparison.Ordinal);
        Assert.Equal(6, refused.ExitCode);
        Assert.Contains("链接无效", refused.Text, StringComparison.Ordinal);
    }
}
