using Disclosure.Form;
using Disclosure.Validation;

namespace Disclosure.Tests.Validation.Catalogue;

/// <summary>
/// What one line says and where it points: its subject (a figure, a metadata field, an unknown cell, the file),
/// the label of a row in a numbered table, a row of exactly three columns, rows kept apart, and the place a line
/// covers (a sheet range, or the first place and a count). Findings are raised here from the catalogue with
/// locations typed by hand (TemplateLayout), so each shape is reached directly.
/// </summary>
public class FindingLineShapeTests
{
    private static readonly FormEdition Form = NationalForm.Edition2021;

    private static Finding Blank(string key, string? location) =>
        Rules.CellBlank.RaiseAt(key, location, Form.Figures.Single(f => f.Key == key).Label);

    private static FindingLine Single(params Finding[] findings) => Assert.Single(FindingLines.Group(findings, Form));

    [Fact]
    public void A_figures_line_is_about_the_figure_its_cell_and_its_place()
    {
        var line = Single(Blank("requests.received.total", "统计表!J30"));

        Assert.Equal("一、本年新收政府信息公开申请数量 · 总计", line.Subject);
        Assert.Equal(["requests.received.total"], line.Cells);
        Assert.Equal("统计表!J30", line.Location);
        Assert.Equal("一、本年新收政府信息公开申请数量 · 总计:未填写,无数据请填 0。", line.Message);
    }

    [Fact]
    public void A_metadata_line_is_about_the_fields_label()
    {
        var line = Single(Rules.MetaMissing.RaiseAt("meta.office_name", "统计表!D5", "机关名称", "meta.office_name"));

        Assert.Equal("机关名称", line.Subject);
        Assert.Equal(["meta.office_name"], line.Cells);
        Assert.Equal("统计表!D5", line.Location);
    }

    [Fact]
    public void A_line_on_a_cell_the_form_does_not_know_names_the_cell()
    {
        var line = Single(Rules.CellBlank.RaiseAt("requests.recieved.total", null, "requests.recieved.total"));

        Assert.Equal("requests.recieved.total", line.Subject);
        Assert.Equal(["requests.recieved.total"], line.Cells);
    }

    [Fact]
    public void A_line_about_the_whole_file_has_no_subject_and_no_cells()
    {
        var line = Single(Rules.FileEmpty.Raise());

        Assert.Null(line.Subject);
        Assert.Empty(line.Cells);
        Assert.Null(line.Location);
    }

    [Fact]
    public void A_row_of_three_columns_in_a_numbered_table_names_the_table_the_row_and_all_three()
    {
        var line = Single(
            Blank("proactive.art20_1.regulations.issued", "统计表!D13"),
            Blank("proactive.art20_1.regulations.repealed", "统计表!E13"),
            Blank("proactive.art20_1.regulations.in_force", "统计表!F13"));

        Assert.Equal("第二十条 第(一)项 规章 · 本年制发件数、本年废止件数、现行有效件数", line.Subject);
        Assert.Equal("第二十条 第(一)项 规章 · 本年制发件数、本年废止件数、现行有效件数:未填写,无数据请填 0。", line.Message);
        Assert.Equal("统计表!D13:F13", line.Location);
        Assert.Equal(3, line.Findings.Count);
    }

    [Fact]
    public void A_whole_numbered_table_is_one_line_spanning_its_block()
    {
        var line = Single(
            Blank("proactive.art20_1.regulations.issued", "统计表!D13"),
            Blank("proactive.art20_1.regulations.repealed", "统计表!E13"),
            Blank("proactive.art20_1.regulations.in_force", "统计表!F13"),
            Blank("proactive.art20_1.normative_documents.issued", "统计表!D14"),
            Blank("proactive.art20_1.normative_documents.repealed", "统计表!E14"),
            Blank("proactive.art20_1.normative_documents.in_force", "统计表!F14"));

        Assert.Equal("第二十条 第(一)项 全表 6 项", line.Subject);
        Assert.Equal("统计表!D13:F14", line.Location);
    }

    [Fact]
    public void Two_rows_of_one_table_are_two_lines()
    {
        var lines = FindingLines.Group(
        [
            Blank("requests.received.natural_person", "统计表!D30"),
            Blank("requests.received.total", "统计表!J30"),
            Blank("requests.carried_over.natural_person", "统计表!D31"),
            Blank("requests.carried_over.total", "统计表!J31"),
        ], Form);

        Assert.Equal(
        [
            ("一、本年新收政府信息公开申请数量 · 自然人、总计", "统计表!D30:J30"),
            ("二、上年结转政府信息公开申请数量 · 自然人、总计", "统计表!D31:J31"),
        ], lines.Select(l => (l.Subject!, l.Location!)));
    }

    [Theory]
    [InlineData("第3页", "第4页", "第3页 等 2 处")] // a published report's pages: not cells of a sheet
    [InlineData("统计表!D34", "表2!E34", "统计表!D34 等 2 处")] // two sheets: no one range holds them
    [InlineData("!D34", "!E34", "!D34 等 2 处")] // no sheet named
    [InlineData("统计表!D34", null, "统计表!D34")] // one place known
    [InlineData(null, null, null)]
    public void A_line_that_is_not_one_sheets_range_points_at_its_first_place_and_a_count(string? first, string? second, string? expected)
    {
        var line = Single(
            Blank("requests.withheld.state_secret.natural_person", first),
            Blank("requests.withheld.state_secret.enterprise", second));

        Assert.Equal(expected, line.Location);
        Assert.Equal(2, line.Findings.Count);
    }
}
