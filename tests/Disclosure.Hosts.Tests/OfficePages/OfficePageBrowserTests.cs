using Disclosure.Reading;
using Disclosure.Rendering.Tests.Browser;
using Microsoft.Playwright;

namespace Disclosure.Hosts.Tests.OfficePages;

/// <summary>
/// The office page in headless Chromium against the running local host, at desktop and phone width: download the
/// template, drop the 住建局's workbook with the seed's slip onto the form, read its two findings, choose the corrected one
/// and see it accepted. Ingest is the host's own (trigger and sweeper); the verdict page reloads itself until it is there.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OfficePageBrowserTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Name = "二道区住房和城乡建设局";
    private static readonly TimeSpan VerdictTimeout = TimeSpan.FromSeconds(90);

    private readonly Chromium _chromium = new();
    private OfficeHost _office = null!;

    public async Task InitializeAsync()
    {
        await _chromium.InitializeAsync();
        _office = await OfficeHost.StartAsync(azurite);
    }

    public async Task DisposeAsync()
    {
        await _office.DisposeAsync();
        await _chromium.DisposeAsync();
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(375, 740)]
    public async Task An_office_downloads_its_template_uploads_a_workbook_reads_the_findings_and_its_correction_is_accepted(int width, int height)
    {
        var (officeId, path) = await _office.NewOfficeAsync(Name);
        var folder = Directory.CreateTempSubdirectory("office-page-").FullName;
        var slipped = Path.Combine(folder, "housing-2022.xlsx");
        var corrected = Path.Combine(folder, "housing-2022-corrected.xlsx");
        await File.WriteAllBytesAsync(slipped, OfficeHost.SlippedWorkbook(false, officeId, Name));
        await File.WriteAllBytesAsync(corrected, OfficeHost.SlippedWorkbook(true, officeId, Name));
        await using var context = await _chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        // A policy violation is a console error ("Refused to …"); a failed load is checked by its response below.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                errors.Add(message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            // The browser's own favicon request is the site's 404, not the page's.
            if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };
        var foreign = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(_office.Base.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };

        await page.GotoAsync(new Uri(_office.Base, path).ToString());
        Assert.Contains(Name, await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Contains("2022", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        await AssertFitsAsync(page, width);
        // The stylesheet is inline: it applies only if the page's policy carries its hash.
        Assert.Equal("solid", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.masthead')).borderBottomStyle"));

        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ArtefactFolder, $"office-page-{width}.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[href$='/template.xlsx']"));
        var template = Path.Combine(folder, download.SuggestedFilename);
        await download.SaveAsAsync(template);
        var read = FormFileReader.Read(await File.ReadAllBytesAsync(template), template);
        Assert.Contains(read.Document!.Metadata, m => m.Value == officeId);

        // Dropped onto the form: the page's own script (allowed by its hash) puts it into the file input.
        await page.EvaluateAsync(
            """
            ([name, base64]) => {
              const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
              const dropped = new DataTransfer();
              dropped.items.add(new File([bytes], name));
              document.querySelector('form.upload').dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
            }
            """, new object[] { Path.GetFileName(slipped), Convert.ToBase64String(await File.ReadAllBytesAsync(slipped)) });
        Assert.Equal(Path.GetFileName(slipped), await page.EvaluateAsync<string>("() => document.getElementById('file').files.length === 1 ? document.getElementById('file').files[0].name : ''"));
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync(".verdict.bad", new() { Timeout = (float)VerdictTimeout.TotalMilliseconds });
        Assert.Contains("/uploads/", page.Url, StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator(".findings tbody tr").CountAsync());
        Assert.Contains("(七)总计", await page.InnerTextAsync(".findings"), StringComparison.Ordinal);
        await AssertFitsAsync(page, width);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ArtefactFolder, $"office-verdict-rejected-{width}.png"), FullPage = true });

        await page.ClickAsync("text=返回本机关报送页面");
        await page.SetInputFilesAsync("input[type=file]", corrected);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync(".verdict.ok", new() { Timeout = (float)VerdictTimeout.TotalMilliseconds });
        Assert.Contains("本次报送已被采用", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("table.uploads tbody tr").CountAsync());
        await AssertFitsAsync(page, width);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ArtefactFolder, $"office-verdict-accepted-{width}.png"), FullPage = true });

        Assert.Empty(errors);
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task The_upload_form_works_with_script_turned_off()
    {
        var (officeId, path) = await _office.NewOfficeAsync(Name);
        var file = Path.Combine(Directory.CreateTempSubdirectory("office-noscript-").FullName, "housing-2022-corrected.xlsx");
        await File.WriteAllBytesAsync(file, OfficeHost.SlippedWorkbook(true, officeId, Name));
        await using var context = await _chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(_office.Base, path).ToString());
        await page.SetInputFilesAsync("input[type=file]", file);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync(".verdict.ok", new() { Timeout = (float)VerdictTimeout.TotalMilliseconds });

        Assert.Contains("/uploads/", page.Url, StringComparison.Ordinal);
    }

    private static async Task AssertFitsAsync(IPage page, int width)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{width} px: {overflow} px of horizontal scroll on {page.Url}");
    }
}
