using AngleSharp.Html.Parser;
using Disclosure.Form;
using Disclosure.PublishedReports;
using Disclosure.Reading;
using Disclosure.Rendering.Report;
using Disclosure.Reports;
using Xunit.Abstractions;

namespace Disclosure.Rendering.Tests;

/// <summary>The report page's markup, without a browser: read back by the product's own report reader, and what a draft shows.</summary>
public class ReportPageTests
{
    private static readonly FormEdition Form = NationalForm.Edition2021;

    [Fact]
    public void The_product_reads_every_figure_back_from_the_page()
    {
        var report = SampleReports.Distinct();

        var result = ReportHtmlReader.Read(ReportPage.Render(report), ReadLimits.Default, Form);

        Assert.True(result.Document is not null, "refused: " + string.Join(" / ", result.Findings.Select(f => f.Message)));
        Assert.All(Form.Figures, f => Assert.Equal(report.Figures[f.Key], result.Document!.Figures[f.Key]));
    }

    [Fact]
    public void The_seed_reports_figures_read_back_too()
    {
        var report = SampleReports.Government();

        var result = ReportHtmlReader.Read(ReportPage.Render(report), ReadLimits.Default, Form);

        Assert.NotNull(result.Document);
        Assert.All(Form.Figures, f => Assert.Equal(report.Figure(f.Key), result.Document!.Figures[f.Key]));
    }

    [Fact]
    public void A_narrative_section_no_one_wrote_shows_the_placeholder()
    {
        var narrative = new ReportNarrative(new Dictionary<string, NarrativeSection>(StringComparer.Ordinal)
        {
            ["overview"] = new([new NarrativeParagraph("全年主动公开政府信息 1136 条。")]),
        });
        var page = new HtmlParser().ParseDocument(ReportPage.Render(SampleReports.Government(narrative: narrative)));

        Assert.Equal("全年主动公开政府信息 1136 条。", page.QuerySelector("#s-overview + p")!.TextContent);
        Assert.Equal(ReportNarrative.Placeholder, page.QuerySelector("#s-problems + p.placeholder")!.TextContent);
        Assert.Equal(ReportNarrative.Placeholder, page.QuerySelector("#s-other_matters + p.placeholder")!.TextContent);
    }

    [Fact]
    public void The_tables_are_drawn_as_the_form_draws_them()
    {
        var page = new HtmlParser().ParseDocument(ReportPage.Render(SampleReports.Government()));

        // 二: four tables, each captioned with its article; 三 and 四 one table each, captioned with the section's heading.
        Assert.Equal(Form.Section("proactive").Tables.Select(t => t.Heading), page.QuerySelectorAll("#s-proactive ~ div table caption").Select(c => c.TextContent));
        Assert.Equal("收到和处理政府信息公开申请情况统计表", page.QuerySelector("#s-requests ~ div table caption")!.TextContent);
        // The vertical heading spans the 21 outcome rows and (七)总计; (三)不予公开 its eight rows.
        var groups = page.QuerySelectorAll("#s-requests ~ div th[scope=rowgroup]").ToDictionary(th => th.TextContent, th => th.GetAttribute("rowspan"));
        Assert.Equal("22", groups["三、本年度办理结果"]);
        Assert.Equal("8", groups["(三)不予公开"]);
        Assert.Equal(25, page.QuerySelectorAll("#s-requests ~ div th[scope=row]").Length);
        Assert.Equal("5", page.QuerySelectorAll("#s-appeals ~ div th[scope=colgroup]").First(th => th.TextContent == "行政复议").GetAttribute("colspan"));
        Assert.Empty(page.QuerySelectorAll("[style], script, link, img"));
    }

    [Fact]
    public void The_version_line_gives_the_version_and_its_time_in_Beijing()
    {
        var page = new HtmlParser().ParseDocument(ReportPage.Render(SampleReports.Distinct()));

        Assert.Equal("第 2 版，发布时间：2023年3月2日 00:05（北京时间）", page.QuerySelector(".masthead .meta")!.TextContent);
        Assert.Equal(["report.pdf", "report.json", "report.csv"], page.QuerySelectorAll("nav.downloads a").Select(a => a.GetAttribute("href")));
        Assert.Null(new HtmlParser().ParseDocument(ReportPage.Render(SampleReports.Government())).QuerySelector(".masthead .meta:not(.offices)")?.TextContent.Contains('版'));
    }
}
