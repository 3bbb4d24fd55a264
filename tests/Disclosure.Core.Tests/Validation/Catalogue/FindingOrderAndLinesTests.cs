using System.Text;
using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Tests.Workbooks;
using Disclosure.Validation;
using Disclosure.Workbooks;

namespace Disclosure.Tests.Validation.Catalogue;

public class FindingOrderAndLinesTests
{
    private static FormEdition Form => NationalForm.Current;

    [Fact]
    public void A_blank_template_lists_its_200_blanks_in_the_forms_order_as_six_lines_one_per_table()
    {
        var report = FormValidator.Validate(FormFileReader.Read(FilledTemplate.Blank(), "office.xlsx"));

        Assert.Equal(200, report.Findings.Count);
        Assert.Equal("proactive.art20_1.regulations.issued", report.Findings[0].Cell);
        Assert.Equal("proactive.art20_1.regulations.repealed", report.Findings[1].Cell);
        Assert.Equal("appeals.litigation_after_review.total", report.Findings[^1].Cell);

        var lines = FindingLines.Group(report.Findings, Form);

        Assert.Equal(
        [
            "第二十条 第(一)项 全表 6 项:未填写,无数据请填 0。",
            "第二十条 第(五)项 行政许可 · 本年处理决定数量:未填写,无数据请填 0。",
            "第二十条 第(六)项 全表 2 项:未填写,无数据请填 0。",
            "第二十条 第(八)项 行政事业性收费 · 本年收费金额(单位:万元):未填写,无数据请填 0。",
            "三、收到和处理政府信息公开申请情况 全表 175 项:未填写,无数据请填 0。",
            "四、政府信息公开行政复议、行政诉讼情况 全表 15 项:未填写,无数据请填 0。",
        ], lines.Select(l => l.Message));
        Assert.All(lines, l => Assert.Equal("cell.blank", l.Rule));
        Assert.Equal(200, lines.Sum(l => l.Findings.Count));
        Assert.Equal("统计表!D30:J54", lines[4].Location); // TemplateLayout: 三's figures fill D30:J54
    }

    [Fact]
    public void Blanks_across_one_row_read_as_one_line_naming_the_row_and_its_columns()
    {
        var figures = FilledTemplate.ConsistentFigures();
        var row = Form.Figures.Where(f => f.Key.StartsWith("requests.withheld.state_secret.", StringComparison.Ordinal)).ToList();
        foreach (var figure in row)
        {
            figures.Remove(figure.Key);
        }

        var report = FormValidator.Validate(FormFileReader.Read(FilledTemplate.Create(figures), "office.xlsx"));

        var line = Assert.Single(FindingLines.Group(report.Findings, Form));
        Assert.Equal("三、本年度办理结果 (三)不予公开 1.属于国家秘密 · 自然人、商业企业…总计:未填写,无数据请填 0。", line.Message);
        Assert.Equal(7, line.Findings.Count);
        Assert.Equal("统计表!D34:J34", line.Location); // TemplateLayout: 1.属于国家秘密 is row 34
    }

    [Fact]
    public void Findings_of_one_rule_with_other_wording_stay_apart()
    {
        var figures = FilledTemplate.ConsistentFigures();
        figures.Remove("requests.received.natural_person");
        figures.Remove("requests.received.total");
        figures["requests.disclosed.natural_person"] += 1;
        figures["requests.disclosed.total"] += 2;

        var report = FormValidator.Validate(FormFileReader.Read(FilledTemplate.Create(figures), "office.xlsx"));
        var lines = FindingLines.Group(report.Findings, Form);

        Assert.Equal("一、本年新收政府信息公开申请数量 · 自然人、总计:未填写,无数据请填 0。", lines[0].Message);
        Assert.Equal(report.Findings.Count - 1, lines.Count); // only the two blanks share a line: the sums differ
    }

    [Fact]
    public void Findings_follow_the_form_not_the_order_the_checks_ran_in()
    {
        var figures = ConsistentForms.Create(1);
        figures["requests.received.natural_person"] += 1; // requests.column_sum on 一's total, requests.balance on 四
        figures["appeals.review.total"] += 1;
        var metadata = ConsistentForms.Metadata();
        metadata[NationalForm.MetaYear] = "二〇二三";
        var csv = CsvFormWriter.Write(figures, metadata) + "requests.recieved.natural_person,3\n";

        var report = FormValidator.Validate(FormFileReader.Read(Encoding.UTF8.GetBytes(csv), "form.csv"));

        Assert.Equal(
        [
            ("structure.unknown_key", null),
            ("meta.invalid_year", "meta.year"),
            ("requests.column_sum", "requests.received.total"),
            ("requests.balance", "requests.carried_forward.natural_person"),
            ("appeals.group_sum", "appeals.review.total"),
        ], report.Findings.Select(f => (f.Rule, f.Cell)));
    }
}
