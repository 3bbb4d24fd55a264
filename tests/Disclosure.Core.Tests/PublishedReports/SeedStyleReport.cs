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
    /// <remarks>
    /// The seed is a web page's tables flattened cell by cell: each grid row's cells in order, then one pipe
    /// for every column of the row that a span from elsewhere covers, except after a table's last row.
    /// </remarks>
    public static string Render(IReadOnlyDictionary<string, decimal> figures)
    {
        var lines = new List<string>();
        AddOpening(lines);
        foreach (var grid in Form.Grids)
        {
            lines.Add(grid.Section.Title);
            for (var row = 0; row < grid.RowCount; row++)
            {
                var cells = grid.CellsStartingOn(row).ToList();
                lines.AddRange(cells.Select(c => (c.Figure is null ? c.Text ?? "" : Format(figures[c.Figure.Key])) + " |"));
                var covered = grid.ColumnCount - cells.Count;
                if (covered > 0 && row < grid.RowCount - 1)
                {
                    lines.Add(new string('|', covered));
                }
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
        lines.Add("     " + Form.Section("proactive").Title);
        foreach (var table in Form.Section("proactive").Tables)
        {
            lines.Add($"              {table.Heading.Replace(" ", "", StringComparison.Ordinal)}");
            lines.Add("");
            lines.Add($"       {table.Corner}   " + string.Join("    ", table.Columns.Select(c => c.Label)));
            lines.Add("");
            foreach (var row in table.Rows)
            {
                lines.Add(Row(row.Label, table.Columns.Select(c => figures[Form.Figure(table, row.Code, c.Code).Key])));
                lines.Add("");
            }
        }

        var requests = Form.Requests;
        lines.Add("                  " + requests.Section.Title);
        lines.Add("                                                              " + requests.Heading);
        lines.Add("                                                         " + requests.Columns.First(c => c.GroupLabel is not null).GroupLabel);
        lines.AddRange(PdfWrapped(requests.Corner!));
        // Below: what pdftotext makes of the form's column headings written vertically, two characters a line.
        lines.Add("                                             自然人         社会 法律                总计");
        lines.Add("                                                   商业 科研");
        lines.Add("                                                         公益 服务 其他");
        lines.Add("                                                   企业 机构");
        lines.Add("                                                         组织 机构");
        lines.Add("");
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
        var appeals = Form.Appeals;
        lines.Add("     " + appeals.Section.Title);
        lines.Add($"          {appeals.Rows[0].Label}                              {appeals.Rows[1].GroupLabels[0]}");
        lines.Add($"                              {appeals.Rows[1].Label}                  {appeals.Rows[2].Label}");
        lines.Add("结果   结果     其他   尚未");
        lines.Add("                    总 计 结果 结果 其他       尚未     结果 结果 其他 尚未");
        lines.Add("维持   纠正     结果   审结                                               总计");
        lines.Add("                        维持 纠正 结果       审结     维持 纠正 结果 审结");
        lines.Add("");
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
        lines.Add("## " + Form.Section("proactive").Title);
        foreach (var table in Form.Section("proactive").Tables)
        {
            lines.Add("");
            lines.Add($"### {table.Heading}");
            lines.Add($"| {table.Corner} | {string.Join(" | ", table.Columns.Select(c => c.Label))} |");
            lines.Add("|---|" + string.Concat(table.Columns.Select(_ => "---|")));
            foreach (var row in table.Rows)
            {
                lines.Add(Row(row.Label, table.Columns.Select(c => figures[Form.Figure(table, row.Code, c.Code).Key])));
            }
        }

        lines.Add("");
        var requests = Form.Requests;
        lines.Add("## " + requests.Section.Title);
        lines.Add($"| {requests.Heading} | {string.Join(" | ", requests.Columns.Select(c => c.Label))} |");
        lines.Add("|---|" + string.Concat(requests.Columns.Select(_ => "---|")));
        foreach (var row in requests.Rows)
        {
            lines.Add(Row(row.FullLabel, requests.Columns.Select(c => figures[Form.Figure(requests, row.Code, c.Code).Key])));
        }

        lines.Add("");
        var appeals = Form.Appeals;
        lines.Add("## " + appeals.Section.Title);
        foreach (var row in appeals.Rows)
        {
            lines.Add("");
            lines.Add($"### {(row.GroupLabels.Count > 0 ? row.GroupLabels[0] + "（" + row.Label + "）" : row.Label)}");
            lines.Add($"| {string.Join(" | ", appeals.Columns.Select(c => c.Label))} |");
            lines.Add("|" + string.Concat(appeals.Columns.Select(_ => "---|")));
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

    /// <summary>A note as pdftotext gives it from a narrow cell: full-width punctuation, broken before 等.</summary>
    private static IEnumerable<string> PdfWrapped(string note)
    {
        var wide = new string([.. note.Select(c => c switch { '(' => '（', ')' => '）', ':' => '：', ',' => '，', _ => c })]);
        var at = wide.IndexOf('等', StringComparison.Ordinal);
        return [wide[..at].Replace("，", "， ", StringComparison.Ordinal), wide[at..]];
    }

    private static void AddOpening(List<string> lines)
    {
        lines.Add("根据《中华人民共和国政府信息公开条例》规定,现公布2022年某区人民政府信息公开工作年度报告。");
        lines.Add("本报告中所列数据的统计期限自2022年1月1日起,至12月31日止。");
        lines.Add(Form.Section("overview").Title);
        lines.Add("2022年,本区持续推进政务公开工作。");
        lines.Add("(一)主动公开情况");
        lines.Add("全年主动公开政府信息 1136 条。");
    }

    private static void AddClosing(List<string> lines)
    {
        lines.Add(Form.Section("problems").Title);
        lines.Add("(一)存在问题");
        lines.Add("基层政务公开工作人员不固定。");
        lines.Add(Form.Section("other_matters").Title);
        lines.Add("无");
    }
}
