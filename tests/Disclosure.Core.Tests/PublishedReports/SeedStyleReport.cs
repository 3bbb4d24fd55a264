using System.Globalization;
using System.Text;
using Disclosure.Form;

namespace Disclosure.Tests.PublishedReports;

/// <summary>
/// Writes a report in the layouts real reports come in, from figures and the form definition: the seed's
/// one-cell-per-line text (cells end in " |", filler lines of pipes exactly where the seed has them),
/// pdftotext -layout columns, and Markdown tables.
/// </summary>
public static class SeedStyleReport
{
    private static readonly FormEdition Form = NationalForm.Edition2021;

    /// <summary>The seed's layout (erdao-2022-annual-report.txt), with these figures in its cells.</summary>
    public static string Render(IReadOnlyDictionary<string, decimal> figures)
    {
        var lines = new List<string>();
        void Cell(string text) => lines.Add(text + " |");
        void Fill(int pipes) => lines.Add(new string('|', pipes));
        string V(string key) => Format(figures[key]);

        AddOpening(lines);
        lines.Add("二、主动公开政府信息情况");
        var proactive = Form.Section("proactive");
        foreach (var table in proactive.Tables)
        {
            Cell(table.Heading);
            Fill(3);
            Cell("信息内容");
            foreach (var column in table.Columns)
            {
                Cell(column.Label);
            }

            if (table.Columns.Count == 1)
            {
                Fill(2);
            }

            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                Cell(row.Label);
                foreach (var column in table.Columns)
                {
                    Cell(V(Form.Figure(table, row.Code, column.Code).Key));
                }

                if (table.Columns.Count == 1 && (r < table.Rows.Count - 1 || table != proactive.Tables[^1]))
                {
                    Fill(2);
                }
            }
        }

        lines.Add("三、收到和处理政府信息公开申请情况");
        var requests = Form.Section("requests").Tables[0];
        Cell("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)");
        Cell("申请人情况");
        Fill(8);
        Cell("自然人");
        Cell("法人或其他组织");
        Cell("总计");
        Fill(7);
        foreach (var column in requests.Columns.Where(c => c.GroupLabel is not null))
        {
            Cell(column.Label);
        }

        Fill(5);
        var printedHeadings = new HashSet<string>();
        for (var r = 0; r < requests.Rows.Count; r++)
        {
            var row = requests.Rows[r];
            var firstUnderHeading = false;
            foreach (var heading in row.GroupLabels.Where(printedHeadings.Add))
            {
                Cell(heading);
                firstUnderHeading = true;
            }

            Cell(row.Label);
            foreach (var column in requests.Columns)
            {
                Cell(V(Form.Figure(requests, row.Code, column.Code).Key));
            }

            if (r < requests.Rows.Count - 1)
            {
                Fill(firstUnderHeading ? 1 : 2);
            }
        }

        lines.Add("四、政府信息公开行政复议、行政诉讼情况");
        Cell("行政复议");
        Cell("行政诉讼");
        Fill(13);
        string[] results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        results.ToList().ForEach(Cell);
        Cell("未经复议直接起诉");
        Cell("复议后起诉");
        Fill(8);
        results.Concat(results).ToList().ForEach(Cell);
        Fill(5);
        var appeals = Form.Section("appeals").Tables[0];
        foreach (var row in appeals.Rows)
        {
            foreach (var column in appeals.Columns)
            {
                Cell(V(Form.Figure(appeals, row.Code, column.Code).Key));
            }
        }

        AddClosing(lines);
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>pdftotext -layout style: label and figures on one line, columns padded with spaces, 四 as one row of 15.</summary>
    public static string RenderLayout(IReadOnlyDictionary<string, decimal> figures)
    {
        var lines = new List<string>();
        string Row(string label, IEnumerable<decimal> values) => label.PadRight(30) + string.Concat(values.Select(v => Format(v).PadLeft(8)));

        AddOpening(lines);
        lines.Add("     二、主动公开政府信息情况");
        foreach (var table in Form.Section("proactive").Tables)
        {
            lines.Add($"              {table.Heading.Replace(" ", "", StringComparison.Ordinal)}");
            lines.Add("");
            lines.Add("       信息内容   " + string.Join("    ", table.Columns.Select(c => c.Label)));
            lines.Add("");
            foreach (var row in table.Rows)
            {
                lines.Add(Row(row.Label, table.Columns.Select(c => figures[Form.Figure(table, row.Code, c.Code).Key])));
                lines.Add("");
            }
        }

        lines.Add("                  三、收到和处理政府信息公开申请情况");
        lines.Add("                                                              申请人情况");
        lines.Add("                                                         法人或其他组织");
        lines.Add("（本列数据的勾稽关系为：第一项加第二项之和， 等");
        lines.Add("于第三项加第四项之和）");
        lines.Add("                                             自然人         社会 法律                总计");
        lines.Add("                                                   商业 科研");
        lines.Add("                                                         公益 服务 其他");
        lines.Add("                                                   企业 机构");
        lines.Add("                                                         组织 机构");
        lines.Add("");
        var requests = Form.Section("requests").Tables[0];
        string? group = null;
        foreach (var row in requests.Rows)
        {
            var heading = row.GroupLabels.Count > 0 ? row.GroupLabels[^1] : null;
            if (heading is not null && heading != group)
            {
                lines.Add("     " + heading);
            }

            group = heading;
            lines.Add(Row("          " + row.Label, requests.Columns.Select(c => figures[Form.Figure(requests, row.Code, c.Code).Key])));
        }

        lines.Add("");
        lines.Add("     四、政府信息公开行政复议、行政诉讼情况");
        lines.Add("          行政复议                              行政诉讼");
        lines.Add("                              未经复议直接起诉                  复议后起诉");
        lines.Add("结果   结果     其他   尚未");
        lines.Add("                    总 计 结果 结果 其他       尚未     结果 结果 其他 尚未");
        lines.Add("维持   纠正     结果   审结                                               总计");
        lines.Add("                        维持 纠正 结果       审结     维持 纠正 结果 审结");
        lines.Add("");
        var appeals = Form.Section("appeals").Tables[0];
        lines.Add(string.Join("   ", appeals.Rows.SelectMany(r => appeals.Columns.Select(c => Format(figures[Form.Figure(appeals, r.Code, c.Code).Key])))));
        lines.Add("");
        lines.Add("                                                                        -3-");
        AddClosing(lines);
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>Markdown tables: one "| label | figures |" row per form row, group headings as their own rows.</summary>
    public static string RenderMarkdown(IReadOnlyDictionary<string, decimal> figures)
    {
        var lines = new List<string>();
        // Markdown conversions keep the thousands separators of the printed report.
        static string Grouped(decimal v) => v.ToString("#,0.####", CultureInfo.InvariantCulture);
        string Row(string label, IEnumerable<decimal> values) => $"| {label} | {string.Join(" | ", values.Select(Grouped))} |";

        AddOpening(lines);
        lines.Add("## 二、主动公开政府信息情况");
        foreach (var table in Form.Section("proactive").Tables)
        {
            lines.Add("");
            lines.Add($"### {table.Heading}");
            lines.Add($"| 信息内容 | {string.Join(" | ", table.Columns.Select(c => c.Label))} |");
            lines.Add("|---|" + string.Concat(table.Columns.Select(_ => "---|")));
            foreach (var row in table.Rows)
            {
                lines.Add(Row(row.Label, table.Columns.Select(c => figures[Form.Figure(table, row.Code, c.Code).Key])));
            }
        }

        lines.Add("");
        lines.Add("## 三、收到和处理政府信息公开申请情况");
        var requests = Form.Section("requests").Tables[0];
        lines.Add("| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |");
        lines.Add("|---|---|---|---|---|---|---|---|");
        foreach (var row in requests.Rows)
        {
            lines.Add(Row(row.FullLabel, requests.Columns.Select(c => figures[Form.Figure(requests, row.Code, c.Code).Key])));
        }

        lines.Add("");
        lines.Add("## 四、政府信息公开行政复议、行政诉讼情况");
        var appeals = Form.Section("appeals").Tables[0];
        foreach (var row in appeals.Rows)
        {
            lines.Add("");
            lines.Add($"### {(row.GroupLabels.Count > 0 ? row.GroupLabels[0] + "（" + row.Label + "）" : row.Label)}");
            lines.Add("| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |");
            lines.Add("|---|---|---|---|---|");
            lines.Add($"| {string.Join(" | ", appeals.Columns.Select(c => Grouped(figures[Form.Figure(appeals, row.Code, c.Code).Key])))} |");
        }

        lines.Add("");
        AddClosing(lines);
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>Random figures for all 200 cells: whole numbers, the fee with up to 4 decimals, sums not holding.</summary>
    public static Dictionary<string, decimal> RandomFigures(Random random) =>
        Form.Figures.ToDictionary(
            f => f.Key,
            f => f.Kind == FigureKind.Amount10kYuan
                ? Math.Round((decimal)random.NextDouble() * 100_000m, random.Next(0, 5))
                : random.Next(0, 4) switch
                {
                    0 => 0m,
                    1 => random.Next(1, 10),
                    2 => random.Next(10, 1000),
                    _ => random.Next(1000, 2_000_000),
                },
            StringComparer.Ordinal);

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static void AddOpening(List<string> lines)
    {
        lines.Add("根据《中华人民共和国政府信息公开条例》规定,现公布2022年某区人民政府信息公开工作年度报告。");
        lines.Add("本报告中所列数据的统计期限自2022年1月1日起,至12月31日止。");
        lines.Add("一、总体情况");
        lines.Add("2022年,本区持续推进政务公开工作。");
        lines.Add("(一)主动公开情况");
        lines.Add("全年主动公开政府信息 1136 条。");
    }

    private static void AddClosing(List<string> lines)
    {
        lines.Add("五、存在的主要问题及改进情况");
        lines.Add("(一)存在问题");
        lines.Add("基层政务公开工作人员不固定。");
        lines.Add("六、其他需要报告的事项");
        lines.Add("无");
    }
}
