using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Rendering.Tests.Browser;
using Disclosure.Rendering.Validation;
using Disclosure.Samples;
using Disclosure.Submissions;
using Disclosure.Validation;
using Disclosure.Workbooks;
using Xunit.Abstractions;

namespace Disclosure.Rendering.Tests;

/// <summary>The validation page in Chromium: readable on a phone, and a hostile file cannot put markup on it.</summary>
[Collection(ChromiumCollection.Name)]
public class ValidationPageBrowserTests(Chromium chromium, ITestOutputHelper output)
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "<img src=x onerror=alert(2)>";

    [Theory]
    [InlineData(375, 740)]
    [InlineData(1280, 900)]
    public async Task A_rejected_upload_reads_on_a_phone_without_sideways_scrolling(int width, int height)
    {
        var html = ValidationPage.Render(BlankTemplateReport(), new ValidationPageContext(
            "二道区教育局_2023年政府信息公开工作年度报告统计表_最终版_请审核_very_long_file_name_without_spaces.xlsx", "edu", "二道区教育局", 2023,
            DateTimeOffset.UnixEpoch, UploadState.Rejected));
        await using var loaded = await chromium.OpenAsync(html, width, height);

        Assert.True(await loaded.OverflowAsync() <= 0, $"the page is {await loaded.OverflowAsync()} px wider than {width} px");
        Assert.Empty(loaded.Requests);
        Assert.Empty(loaded.ConsoleErrors);
        Assert.Equal(6, await loaded.Page.Locator("table.findings tbody tr").CountAsync());
        output.WriteLine($"screenshot: {await loaded.ScreenshotAsync($"validation-{width}")}");
    }

    [Fact]
    public async Task Markup_in_the_file_name_and_in_a_cell_is_shown_as_text_and_never_runs()
    {
        var figure = NationalForm.Current.Figure("requests.received.natural_person");
        var document = SeedFigures2022.ToDocument();
        var report = new ValidationReport(document, [Rules.CellNotANumber.RaiseAt(figure.Key, "统计表!C7", figure.Label, Script + Image)]);
        var html = ValidationPage.Render(report, new ValidationPageContext($"{Script}{Image}.xlsx", "edu", $"{Image}局", 2022, DateTimeOffset.UnixEpoch, UploadState.Rejected));
        await using var loaded = await chromium.OpenAsync(html, 375);

        Assert.Empty(loaded.Dialogs);
        Assert.Empty(loaded.Requests);
        Assert.Equal(0, await loaded.Page.Locator("script, img, svg").CountAsync());
        var facts = await loaded.Page.Locator(".facts dd").AllTextContentsAsync();
        Assert.Equal($"{Image}局(edu)", facts[0]);
        Assert.Equal($"{Script}{Image}.xlsx", facts[2]);
        Assert.Contains($"“{Script}{Image}”", await loaded.Page.Locator("table.findings td[data-label=说明]").TextContentAsync());
        Assert.StartsWith($"{Image}局", await loaded.Page.TitleAsync());
        output.WriteLine($"screenshot: {await loaded.ScreenshotAsync("validation-markup-375")}");
    }

    private static ValidationReport BlankTemplateReport()
    {
        using var template = new MemoryStream();
        TemplateWriter.Write(template, new TemplateRequest("edu", "二道区教育局", 2023, null));
        return FormValidator.Validate(FormFileReader.Read(template.ToArray(), "edu.xlsx"));
    }
}
