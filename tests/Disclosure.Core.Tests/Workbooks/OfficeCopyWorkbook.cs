using System.Text;
using Disclosure.Form;

namespace Disclosure.Tests.Workbooks;

/// <summary>
/// An office's own copy of the form, as the seed report lays it out: no defined names, full-width
/// punctuation, the seed's wording variants (三类内容事务信息, 只计这一情况), tables starting where the
/// office happened to put them, section 四 on a sheet of its own.
/// </summary>
public static class OfficeCopyWorkbook
{
    public static byte[] Create(IReadOnlyDictionary<string, decimal> figures, string officeName = "长春市二道区东站街道办事处", int year = 2022)
    {
        var form = NationalForm.Current;
        object? V(string key) => figures.TryGetValue(key, out var v) ? v : null;

        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { "机关名称：", officeName },
            new object?[] { "报告年度：", year },
            Array.Empty<object?>(),
            new object?[] { "二、主动公开政府信息情况" },
        };

        foreach (var table in form.Section("proactive").Tables)
        {
            rows.Add([FullWidth(table.Heading)]);
            rows.Add(["信息内容", .. table.Columns.Select(c => (object?)FullWidth(c.Label))]);
            foreach (var row in table.Rows)
            {
                rows.Add([row.Label, .. table.Columns.Select(c => V(form.Figure(table, row.Code, c.Code).Key))]);
            }
        }

        rows.Add([]);
        rows.Add(["三、收到和处理政府信息公开申请情况"]);
        var requests = form.Section("requests").Tables[0];
        rows.Add(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", null, null, "申请人情况"]);
        rows.Add([null, null, null, " 自 然 人 ", "法人或其他组织", null, null, null, null, "总计"]);
        rows.Add([null, null, null, null, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", null]);
        FormRow? previous = null;
        foreach (var row in requests.Rows)
        {
            var cells = new object?[3 + requests.Columns.Count];
            for (var level = 0; level < row.GroupLabels.Count; level++)
            {
                if (previous is null || previous.GroupLabels.Count <= level || previous.GroupLabels[level] != row.GroupLabels[level])
                {
                    cells[level] = FullWidth(row.GroupLabels[level]);
                }
            }

            cells[row.GroupLabels.Count] = FullWidth(SeedWording(row.Label));
            for (var c = 0; c < requests.Columns.Count; c++)
            {
                cells[3 + c] = V(form.Figure(requests, row.Code, requests.Columns[c].Code).Key);
            }

            rows.Add(cells);
            previous = row;
        }

        var appeals = form.Section("appeals").Tables[0];
        var results = appeals.Columns.Select(c => (object?)c.Label).ToArray();
        var appealRows = new List<IReadOnlyList<object?>>
        {
            new object?[] { "行政复议", null, null, null, null, "行政诉讼" },
            (object?[])[.. results, "未经复议直接起诉", null, null, null, null, "复议后起诉"],
            (object?[])[null, null, null, null, null, .. results, .. results],
            appeals.Rows.SelectMany(r => appeals.Columns.Select(c => V(form.Figure(appeals, r.Code, c.Code).Key))).ToArray(),
        };

        return GridWorkbook.Create(
            new GridSheet("年报表格", rows, FirstRow: 2, FirstColumn: 2),
            new GridSheet("复议诉讼", appealRows, FirstRow: 3));
    }

    /// <summary>The seed's own wording where it departs from the form.</summary>
    public static string SeedWording(string label) => label
        .Replace("三类内部事务信息", "三类内容事务信息", StringComparison.Ordinal)
        .Replace("只计这一情形", "只计这一情况", StringComparison.Ordinal);

    /// <summary>Half-width punctuation as Chinese word processors write it: (一) → （一）, 1. → 1．, : → ：.</summary>
    public static string FullWidth(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '(' => '（',
                ')' => '）',
                ',' => '，',
                ':' => '：',
                '.' => '．',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
