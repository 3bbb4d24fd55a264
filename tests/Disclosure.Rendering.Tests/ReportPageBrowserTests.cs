using Disclosure.Form;
using Disclosure.Rendering.Report;
using Disclosure.Rendering.Tests.Browser;
using Disclosure.Reports;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Disclosure.Rendering.Tests;

/// <summary>The report's web page as a browser shows it: Debian's Chromium, headless, nothing reachable on the network.</summary>
[Collection(ChromiumCollection.Name)]
public class ReportPageBrowserTests(Chromium chromium, ITestOutputHelper output)
{
    private static readonly FormEdition Form = NationalForm.Edition2021;

    [Fact]
    public async Task Every_figure_stands_in_its_own_cell_with_the_number_given()
    {
        var report = SampleReports.Distinct();
        await using var loaded = await chromium.OpenAsync(ReportPage.Render(report), 1280);

        var cells = await loaded.Page.EvalOnSelectorAllAsync<string[][]>("td[data-key]",
            "cells => cells.map(c => [c.dataset.key, c.textContent, getComputedStyle(c).textAlign])");

        Assert.Equal(200, cells.Length);
        Assert.Equal(Form.Figures.Select(f => f.Key).Order(StringComparer.Ordinal), cells.Select(c => c[0]).Order(StringComparer.Ordinal));
        var amount = Form.Figures.Single(f => f.Kind == FigureKind.Amount10kYuan).Key;
        Assert.All(cells, c => Assert.Equal(c[0] == amount ? "1234.5670" : Disclosure.Reading.FigureText.Format(report.Figures[c[0]]), c[1]));
        Assert.All(cells, c => Assert.Equal("right", c[2]));
    }

    [Fact]
    public async Task A_figure_is_reached_from_its_row_and_column_headings()
    {
        // The headings a screen reader announces: the row's own label (scope=row) and the column's (scope=col), in the same table.
        await using var loaded = await chromium.OpenAsync(ReportPage.Render(SampleReports.Distinct()), 1280);

        foreach (var key in new[] { "requests.withheld.third_party.research", "requests.received.natural_person", "proactive.art20_1.normative_documents.in_force" })
        {
            var figure = Form.Figure(key);
            var headings = await loaded.Page.EvaluateAsync<string[]>(HeadingsOfCell, key);
            Assert.Equal(figure.Row.Label, headings[0]);
            Assert.Equal(figure.Column.Label, headings[1]);
        }
    }

    // Walks the table's grid (spans included) to the cell's row heading (th[scope=row]) and the lowest column heading above it.
    private const string HeadingsOfCell = """
        key => {
          const cell = document.querySelector(`td[data-key="${key}"]`);
          const table = cell.closest('table');
          const grid = [];
          [...table.rows].forEach((row, r) => {
            grid[r] ??= [];
            let c = 0;
            for (const td of row.cells) {
              while (grid[r][c]) c++;
              for (let dr = 0; dr < td.rowSpan; dr++) for (let dc = 0; dc < td.colSpan; dc++) { (grid[r + dr] ??= [])[c + dc] = td; }
              c += td.colSpan;
            }
          });
          const r = cell.parentElement.rowIndex, c = grid[r].indexOf(cell);
          const rowHeading = grid[r].find(x => x.getAttribute('scope') === 'row');
          let columnHeading = null;
          for (let k = r - 1; k >= 0; k--) { const x = grid[k][c]; if (x && x.getAttribute('scope') === 'col') { columnHeading = x; break; } }
          return [rowHeading.textContent, columnHeading.textContent];
        }
        """;

    [Fact]
    public async Task Nothing_is_requested_nothing_complains_and_no_script_runs()
    {
        await using var loaded = await chromium.OpenAsync(ReportPage.Render(SampleReports.Government(version: 1)), 1280);

        Assert.Empty(loaded.Requests);
        Assert.Empty(loaded.ConsoleErrors);
        Assert.Equal(0, await loaded.Page.Locator("script, link, img, iframe, object, embed").CountAsync());
        Assert.Equal("zh-CN", await loaded.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("长春市二道区2022年政府信息公开工作年度报告", await loaded.Page.TitleAsync());
    }

    [Fact]
    public async Task The_headings_outline_the_forms_six_sections_in_order()
    {
        var report = SampleReports.Government();
        await using var loaded = await chromium.OpenAsync(ReportPage.Render(report), 1280);

        var h1 = await loaded.Page.Locator("h1").AllInnerTextsAsync();
        Assert.Equal(report.Title, Assert.Single(h1).Replace("\n", "", StringComparison.Ordinal));
        Assert.Equal(2, await loaded.Page.Locator("h1 .line").CountAsync());
        Assert.Equal(Form.Sections.Select(s => s.Title), await loaded.Page.Locator("h2").AllInnerTextsAsync());
        var subHeadings = report.Narrative.Section("overview")!.Blocks.OfType<NarrativeHeading>().Select(h => h.Text);
        Assert.Equal(subHeadings, await loaded.Page.Locator("#s-overview ~ h3").AllInnerTextsAsync());
        // Headings descend one level at a time: no h4 under an h2, nothing between.
        Assert.Equal(0, await loaded.Page.Locator("h4, h5, h6").CountAsync());
    }

    [Theory]
    [InlineData(375, 740)]
    [InlineData(1280, 900)]
    public async Task The_page_never_scrolls_sideways_and_wide_tables_scroll_in_their_own_box(int width, int height)
    {
        await using var loaded = await chromium.OpenAsync(ReportPage.Render(SampleReports.Government(version: 3)), width, height);

        Assert.True(await loaded.OverflowAsync() <= 0, $"the page is {await loaded.OverflowAsync()} px wider than {width} px");
        var path = await loaded.ScreenshotAsync($"report-{width}");
        await File.WriteAllTextAsync(Path.Combine(Chromium.ArtefactFolder, "index.html"), ReportPage.Render(SampleReports.Government(version: 3)));
        output.WriteLine($"screenshot: {path}");
        // Every scrolling box can be reached by keyboard and is named by its table's caption.
        var regions = await loaded.Page.EvalOnSelectorAllAsync<string[][]>(".table-scroll",
            "boxes => boxes.map(b => [b.getAttribute('tabindex'), b.getAttribute('role'), b.getAttribute('aria-labelledby') ? document.getElementById(b.getAttribute('aria-labelledby')).textContent : b.getAttribute('aria-label')])");
        Assert.All(regions, r => Assert.Equal(["0", "region"], r[..2]));
        Assert.All(regions, r => Assert.False(string.IsNullOrEmpty(r[2])));
    }

    [Fact]
    public async Task The_chart_shows_how_requests_were_handled_in_the_forms_six_groups()
    {
        var report = SampleReports.Government();
        await using var loaded = await chromium.OpenAsync(ReportPage.Render(report), 1280);

        var chart = loaded.Page.Locator("#s-requests ~ figure.chart svg");
        Assert.Equal("img", await chart.GetAttributeAsync("role"));
        decimal Total(string prefix) => report.Figures.Where(f => f.Key.StartsWith($"requests.{prefix}", StringComparison.Ordinal) && f.Key.EndsWith(".total", StringComparison.Ordinal)).Sum(f => f.Value);
        var expected = new (string Label, decimal Value)[]
        {
            ("(一)予以公开", Total("disclosed.")), ("(二)部分公开", Total("partly_disclosed.")), ("(三)不予公开", Total("withheld.")),
            ("(四)无法提供", Total("unavailable.")), ("(五)不予处理", Total("not_processed.")), ("(六)其他处理", Total("other.")),
        };
        var texts = await chart.Locator("text").AllTextContentsAsync();
        Assert.Equal(expected.SelectMany(e => new[] { e.Label, e.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) }), texts);
        var description = await chart.Locator("desc").TextContentAsync();
        Assert.All(expected, e => Assert.Contains($"{e.Label} {e.Value} 件", description));
        Assert.False(string.IsNullOrEmpty(await chart.Locator("title").TextContentAsync()));
    }

    [Fact]
    public async Task Markup_in_a_name_or_a_narrative_is_shown_as_text_and_never_runs()
    {
        const string Script = "<script>alert(1)</script>";
        const string Image = "<img src=x onerror=alert(2)>";
        var narrative = new ReportNarrative(new Dictionary<string, NarrativeSection>(StringComparer.Ordinal)
        {
            ["overview"] = new([new NarrativeHeading(Script), new NarrativeParagraph(Image), new NarrativeList([Script, Image], false), new NarrativeTable([[Image, "x"], [Script, Image]])]),
            ["problems"] = new([new NarrativeParagraph("\"><svg onload=alert(3)>")]),
        });
        var report = SampleReports.Government(name: $"{Script}{Image}区", narrative: narrative, version: 1);
        var html = ReportPage.Render(report);
        await using var loaded = await chromium.OpenAsync(html, 1280);

        Assert.Empty(loaded.Dialogs);
        Assert.Empty(loaded.Requests);
        Assert.Equal(0, await loaded.Page.Locator("script, img, body svg:not(.chart svg)").CountAsync());
        Assert.Equal($"{Script}{Image}区", await loaded.Page.Locator("h1 .line").First.TextContentAsync());
        Assert.Equal($"{Script}{Image}区2022年政府信息公开工作年度报告", await loaded.Page.TitleAsync());
        Assert.Equal(Script, await loaded.Page.Locator("#s-overview ~ h3").TextContentAsync());
        Assert.Equal(Image, await loaded.Page.Locator("section.narrative p").First.TextContentAsync());
        Assert.Equal([Script, Image], await loaded.Page.Locator("section.narrative ul li").AllTextContentsAsync());
        Assert.Equal("\"><svg onload=alert(3)>", await loaded.Page.Locator("#s-problems ~ p").TextContentAsync());
        Assert.Equal(1, await loaded.Page.Locator("svg").CountAsync());
    }

    [Fact]
    public async Task In_print_the_downloads_go_and_the_tables_keep_their_heads()
    {
        await using var loaded = await chromium.OpenAsync(ReportPage.Render(SampleReports.Government(version: 1)), 1280);
        await loaded.Page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.Equal("none", await loaded.Page.EvalOnSelectorAsync<string>("nav.downloads", "n => getComputedStyle(n).display"));
        Assert.Equal("table-header-group", await loaded.Page.EvalOnSelectorAsync<string>("thead", "t => getComputedStyle(t).display"));
        var path = Path.Combine(Chromium.ArtefactFolder, "report-print.pdf");
        var pdf = await loaded.Page.PdfAsync(new() { Format = "A4", Path = path, PreferCSSPageSize = true });
        Assert.True(pdf.Length > 0);
        output.WriteLine($"printed: {path}");
    }
}
