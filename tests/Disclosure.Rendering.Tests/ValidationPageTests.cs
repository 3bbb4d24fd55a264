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

    [GeneratedRegex("<tr><td>\\d+</td>.*?</tr>")]
    private static partial Regex Row();
}
