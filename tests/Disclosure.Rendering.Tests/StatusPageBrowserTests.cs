using Disclosure.Rendering.Status;
using Disclosure.Rendering.Tests.Browser;
using Disclosure.Samples;
using Disclosure.Validation;
using Xunit.Abstractions;

namespace Disclosure.Rendering.Tests;

/// <summary>The openness office's status page in Chromium: the right numbers, readable on a phone, sorted without script, inert markup.</summary>
[Collection(ChromiumCollection.Name)]
public class StatusPageBrowserTests(Chromium chromium, ITestOutputHelper output)
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "<img src=x onerror=alert(2)>";

    [Theory]
    [InlineData(375, 740)]
    [InlineData(1280, 900)]
    public async Task Every_office_its_state_and_the_completeness_show_without_sideways_scrolling(int width, int height)
    {
        var html = StatusPage.Render(Model(StatusSort.Office));
        await using var loaded = await chromium.OpenAsync(html, width, height);

        Assert.True(await loaded.OverflowAsync() <= 0, $"the page is {await loaded.OverflowAsync()} px wider than {width} px");
        Assert.Empty(loaded.ConsoleErrors);
        Assert.Empty(loaded.Requests);
        Assert.Equal(0, await loaded.Page.Locator("script").CountAsync());
        var rows = loaded.Page.Locator("table.offices tbody tr");
        Assert.Equal(5, await rows.CountAsync());
        Assert.Equal(["a_edu", "b_housing", "c_street", "d_health", "e_audit"], await AttributesAsync(loaded, "data-office"));
        Assert.Equal(["已通过", "被退回", "未提交", "处理失败", "已通过"],
            [.. (await loaded.Page.Locator("table.offices tbody td[data-label=状态]").AllTextContentsAsync()).Select(t => t[..Math.Min(t.Length, 4)].Trim())]);
        Assert.Equal("2", await loaded.Page.Locator("[data-count=accepted]").TextContentAsync());
        Assert.Equal("1", await loaded.Page.Locator("[data-count=rejected]").TextContentAsync());
        Assert.Equal("1", await loaded.Page.Locator("[data-count=missing]").TextContentAsync());
        Assert.Equal("1", await loaded.Page.Locator("[data-count=failed]").TextContentAsync());
        // Completeness as a figure in the text and on the bar, for a screen reader too.
        Assert.Equal("4", await loaded.Page.Locator("[data-figure=required]").TextContentAsync());
        Assert.Equal("2", await loaded.Page.Locator("[data-figure=complete]").TextContentAsync());
        Assert.Equal("50%", await loaded.Page.Locator("[data-figure=completeness]").TextContentAsync());
        var bar = loaded.Page.Locator("[role=progressbar]");
        Assert.Equal("50", await bar.GetAttributeAsync("aria-valuenow"));
        Assert.Equal("50%", await bar.GetAttributeAsync("aria-valuetext"));
        // Errors, narrative, Beijing time, the validation link.
        var housing = loaded.Page.Locator("tr[data-office=b_housing]");
        Assert.Equal("1", (await housing.Locator("td[data-label=错误]").TextContentAsync())!.Trim());
        Assert.Equal("无", await housing.Locator("td[data-label=文字部分]").TextContentAsync());
        Assert.Equal("2023-01-05 18:30", await housing.Locator("td[data-label=最后上传]").TextContentAsync());
        Assert.Equal("../../validation/2022/b_housing/0123456789abcdef.html", await housing.Locator("a").GetAttributeAsync("href"));
        Assert.Equal("—", (await loaded.Page.Locator("tr[data-office=c_street] td[data-label=错误]").TextContentAsync())!.Trim());
        // Deadlines, consolidated totals and findings, publication.
        Assert.Contains("还剩 26 天", await loaded.Page.Locator(".deadlines").TextContentAsync());
        Assert.Contains("还剩 85 天", await loaded.Page.Locator(".deadlines").TextContentAsync());
        Assert.Equal("12", await loaded.Page.Locator("td[data-key='requests.received.total']").TextContentAsync());
        Assert.Contains("requests.balance", await loaded.Page.Locator(".consolidated-findings").TextContentAsync());
        Assert.Contains("尚未发布", await loaded.Page.Locator("#s-publication + p").TextContentAsync());
        output.WriteLine($"screenshot: {await loaded.ScreenshotAsync($"status-{width}")}");
    }

    [Fact]
    public async Task Sorting_by_state_is_a_link_the_server_answers_in_order_with_no_script()
    {
        var byOffice = StatusPage.Render(Model(StatusSort.Office));
        await using (var loaded = await chromium.OpenAsync(byOffice, 1280))
        {
            Assert.Equal("?sort=state", await loaded.Page.Locator("nav.sort a[data-sort=state]").GetAttributeAsync("href"));
            Assert.Equal(0, await loaded.Page.Locator("script, [onclick]").CountAsync());
        }

        await using var sorted = await chromium.OpenAsync(StatusPage.Render(Model(StatusSort.State)), 1280);
        Assert.Equal(["failed", "rejected", "missing", "accepted", "accepted"], await AttributesAsync(sorted, "data-state"));
        Assert.Equal("按状态", await sorted.Page.Locator("nav.sort [aria-current=true]").TextContentAsync());

        await using var byErrors = await chromium.OpenAsync(StatusPage.Render(Model(StatusSort.Errors)), 1280);
        Assert.Equal("b_housing", (await AttributesAsync(byErrors, "data-office"))[0]);
    }

    [Fact]
    public async Task Markup_in_an_office_name_is_shown_as_text_and_never_runs()
    {
        var model = Model(StatusSort.Office);
        model = model with { Offices = [model.Offices[0] with { Name = $"{Script}{Image}局", Error = Image }, .. model.Offices.Skip(1)] };
        await using var loaded = await chromium.OpenAsync(StatusPage.Render(model), 375);

        Assert.Empty(loaded.Dialogs);
        Assert.Empty(loaded.Requests);
        Assert.Equal(0, await loaded.Page.Locator("script, img").CountAsync());
        Assert.StartsWith($"{Script}{Image}局", await loaded.Page.Locator("tr[data-office=a_edu] th").TextContentAsync());
    }

    private static async Task<List<string>> AttributesAsync(LoadedPage loaded, string name) =>
        [.. await loaded.Page.Locator("table.offices tbody tr").EvaluateAllAsync<string[]>($"rows => rows.map(r => r.getAttribute('{name}'))")];

    internal static StatusPageModel Model(string sort)
    {
        var uploaded = new DateTimeOffset(2023, 1, 5, 10, 30, 0, TimeSpan.Zero);
        StatusPageOffice[] offices =
        [
            new("a_edu", "二道区教育局", true, StatusPageState.Accepted, 0, 1, true, uploaded, "2022/a_edu/fedcba9876543210.html", null),
            new("b_housing", "二道区住房和城乡建设局", true, StatusPageState.Rejected, 1, 0, false, uploaded, "2022/b_housing/0123456789abcdef.html", null),
            new("c_street", "东站街道办事处", true, StatusPageState.Missing, 0, 0, false, null, null, null),
            new("d_health", "二道区卫生健康局", true, StatusPageState.Failed, 0, 0, false, uploaded, null, "文件无法处理"),
            new("e_audit", "二道区审计局(名称很长很长很长很长很长很长很长很长很长很长很长很长很长)", false, StatusPageState.Accepted, 0, 0, true, uploaded, "2022/e_audit/00112233445566aa.html", null),
        ];
        var figures = SeedFigures2022.Figures.ToDictionary(f => f.Key, f => f.Value);
        figures["requests.received.total"] = 12;
        return new StatusPageModel
        {
            Year = 2022,
            Offices = StatusPage.Sorted(offices, sort),
            Sort = sort,
            RequiredCount = 4,
            RequiredComplete = 2,
            Deadlines =
            [
                new("各部门年度报告", new DateOnly(2023, 1, 31), 26),
                new("本级政府年度报告", new DateOnly(2023, 3, 31), 85),
            ],
            Consolidated = new StatusPageFigures(2, figures, [Rules.RequestsBalance.RaiseAt("requests.received.total", null, "本年新收", 12, 11)]),
            GeneratedUtc = uploaded,
        };
    }
}
