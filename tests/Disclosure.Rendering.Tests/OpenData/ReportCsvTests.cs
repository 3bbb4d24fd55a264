using System.Globalization;
using System.Text;
using Disclosure.Form;
using Disclosure.Rendering.OpenData;

namespace Disclosure.Rendering.Tests.OpenData;

/// <summary>report.csv read back as a spreadsheet would: BOM, header, one record per cell key in the form's order.</summary>
public sealed class ReportCsvTests
{
    [Fact]
    public void Starts_with_a_BOM_and_has_one_record_per_figure_in_the_forms_order()
    {
        var report = SampleReports.District();

        var bytes = ReportCsv.Render(report);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var records = CsvRecords.Parse(Encoding.UTF8.GetString(bytes.AsSpan(3)));
        Assert.Equal(["key", "section", "label", "value"], records[0]);
        Assert.Equal(201, records.Count);
        Assert.All(records, r => Assert.Equal(4, r.Length));
        var form = NationalForm.Edition2021.Figures;
        Assert.Equal(form.Select(f => f.Key), records.Skip(1).Select(r => r[0]));
        Assert.All(records.Skip(1), r => Assert.Equal(report.Figure(r[0]), decimal.Parse(r[3], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Labels_are_the_figures_full_Chinese_labels_and_sections_their_titles()
    {
        var records = CsvRecords.Parse(Encoding.UTF8.GetString(ReportCsv.Render(SampleReports.Office(1190.0001m)).AsSpan(3)))
            .Skip(1).ToDictionary(r => r[0], r => r);

        Assert.Equal(["requests.withheld.state_secret.enterprise", "三、收到和处理政府信息公开申请情况", "三、本年度办理结果 (三)不予公开 1.属于国家秘密 · 法人或其他组织·商业企业", "0"],
            records["requests.withheld.state_secret.enterprise"]);
        Assert.Equal(["proactive.art20_8.fees.amount_10k_yuan", "二、主动公开政府信息情况", "第二十条 第(八)项 行政事业性收费 · 本年收费金额(单位:万元)", "1190.0001"],
            records["proactive.art20_8.fees.amount_10k_yuan"]);
        Assert.Equal(["appeals.litigation_after_review.total", "四、政府信息公开行政复议、行政诉讼情况", "行政诉讼 复议后起诉 · 总计", "0"],
            records["appeals.litigation_after_review.total"]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"点击\")", "'=HYPERLINK(\"http://evil.example\",\"点击\")")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("规章 · 本年制发件数", "规章 · 本年制发件数")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void The_neutraliser_prefixes_text_that_begins_like_a_formula(string text, string expected)
    {
        Assert.Equal(expected, CsvText.Neutralise(text));
    }

    [Fact]
    public void Untrusted_text_in_any_text_column_reads_back_neutralised_and_whole()
    {
        var csv = new StringBuilder();
        const string formula = "=HYPERLINK(\"http://evil.example\",\"点击\")";

        ReportCsv.AppendFigure(csv, "@key", "-三、\"引号\",逗号", formula, 1.5m);
        ReportCsv.AppendFigure(csv, "k", "多行\r\n第二行", "+cmd|' /C calc'!A0", 0m);

        var records = CsvRecords.Parse(csv.ToString());
        Assert.Equal(["'@key", "'-三、\"引号\",逗号", "'" + formula, "1.5"], records[0]);
        Assert.Equal(["k", "多行\r\n第二行", "'+cmd|' /C calc'!A0", "0"], records[1]);
        Assert.StartsWith("'@key,\"'-三、\"\"引号\"\",逗号\",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\",1.5\r\n", csv.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_text_in_a_rendered_report_begins_like_a_formula()
    {
        var text = Encoding.UTF8.GetString(ReportCsv.Render(SampleReports.District()).AsSpan(3));

        Assert.All(CsvRecords.Parse(text).SelectMany(r => r.Take(3)), field => Assert.Equal(field, CsvText.Neutralise(field)));
    }
}
