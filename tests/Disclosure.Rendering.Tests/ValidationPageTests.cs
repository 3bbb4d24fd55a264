using System.Text.RegularExpressions;
using Disclosure.Reading;
using Disclosure.Rendering.Validation;
using Disclosure.Submissions;
using Disclosure.Validation;
using Disclosure.Workbooks;

namespace Disclosure.Rendering.Tests;

/// <summary>The validation page, rendered without storage: findings in the form's order, grouped as the CLI groups them.</summary>
public partial class ValidationPageTests
{
    [Fact]
    public void A_blank_template_is_six_rows_one_per_table_in_the_forms_order()
    {
        using var template = new MemoryStream();
        TemplateWriter.Write(template, new TemplateRequest("edu", "二道区教育局", 2023, null));
        var report = FormValidator.Validate(FormFileReader.Read(template.ToArray(), "edu.xlsx"));

        var html = ValidationPage.Render(report, new ValidationPageContext("edu.xlsx", "edu", "二道区教育局", 2023, DateTimeOffset.UnixEpoch, UploadState.Rejected));

        var rows = Row().Matches(html).Select(m => m.Value).ToList();
        Assert.Equal(6, rows.Count);
        Assert.Contains("第二十条 第(一)项 全表 6 项:未填写,无数据请填 0。", rows[0]);
        Assert.Contains("二、主动公开政府信息情况 — 第二十条 第(一)项 全表 6 项", rows[0]);
        Assert.Contains("三、收到和处理政府信息公开申请情况 全表 175 项", rows[4]);
        Assert.Contains("统计表!", rows[4]);
        Assert.Contains("四、政府信息公开行政复议、行政诉讼情况 全表 15 项", rows[5]);
        Assert.Contains("有 200 个错误", html);
    }

    [Fact]
    public void A_report_read_in_part_says_so_with_the_count_of_figures_left_out()
    {
        var form = Disclosure.Form.NationalForm.Current;
        var document = new FormDocument(form, SourceFormat.ReportText);
        var left = form.Figures.Where(f => f.Key.StartsWith("proactive.art20_1.normative_documents.", StringComparison.Ordinal)).ToList();
        foreach (var figure in form.Figures.Except(left))
        {
            document.SetFigure(figure.Key, 0, "第1行");
        }

        foreach (var figure in left)
        {
            document.UnreadFigures.Add(figure.Key);
            document.CellsWithReadFindings.Add(figure.Key);
        }

        var finding = Rules.ReportSplitAmbiguous.RaiseAt(left[0].Key, "第1行", "第1行", "行政规范性文件", "6233440", 2, "62 | 3 | 3440;62 | 33 | 440", "");
        var report = FormValidator.Validate(new ReadResult(document, [finding]));
        var context = new ValidationPageContext("report.txt", null, "平潭综合实验区", 2024, DateTimeOffset.UnixEpoch, UploadState.Rejected);

        var html = ValidationPage.Render(report, context);
        var whole = ValidationPage.Render(FormValidator.Validate(new ReadResult(WholeDocument(form), [])), context);

        Assert.Contains("部分读取:有 3 个数字无法确定", html, StringComparison.Ordinal);
        Assert.Contains("其余 197 个数字已读取并检查", html, StringComparison.Ordinal);
        Assert.DoesNotContain("部分读取", whole, StringComparison.Ordinal);
    }

    private static FormDocument WholeDocument(Disclosure.Form.FormEdition form)
    {
        var document = new FormDocument(form, SourceFormat.ReportText);
        foreach (var figure in form.Figures)
        {
            document.SetFigure(figure.Key, 0, "第1行");
        }

        return document;
    }

    [GeneratedRegex("<tr><td>\\d+</td>.*?</tr>")]
    private static partial Regex Row();
}
