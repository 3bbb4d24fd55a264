using System.Globalization;
using System.Text.RegularExpressions;

namespace Disclosure.Tests.PublishedReports;

/// <summary>
/// Writes a report as a Markdown conversion of a published PDF prints it (the layout of the Shuyang county report in
/// the corpus): sections as ## headings, each of 二's tables and each group of 三 as its own ### heading and pipe
/// table, 三's figure columns headed 数据1…数据6 and 总计, a space after the numbering ("1. 属于国家秘密"), and the
/// last rows of 三 under a stray header that the conversion took from elsewhere. Built from the rows
/// <see cref="SeedStyleReport"/> prints.
/// </summary>
public static partial class MarkdownStyleReport
{
    /// <param name="figures">The 200 figures.</param>
    /// <param name="strayHeaderRows">How many of 三's last rows to print under a stray header, as the corpus's conversion does.</param>
    /// <param name="groupDigits">Print thousands separators ("6,734"), as some conversions keep them.</param>
    public static string Render(IReadOnlyDictionary<string, decimal> figures, int strayHeaderRows = 0, bool groupDigits = false)
    {
        var rows = SeedStyleRows.Of(figures);
        var lines = new List<string>();
        string Figure(string printed) => groupDigits
            ? decimal.Parse(printed, CultureInfo.InvariantCulture).ToString("#,0.####", CultureInfo.InvariantCulture)
            : printed;
        string Row(string label, IEnumerable<string> values) => $"| {label} | {string.Join(" | ", values.Select(Figure))} |";
        static string Rule(int cells) => "|" + string.Concat(Enumerable.Repeat("---|", cells));

        lines.AddRange(rows.Opening.SelectMany(l => new[] { l, "" }));
        lines.Add("## " + rows.ProactiveHeading);
        foreach (var table in rows.Proactive)
        {
            lines.Add("");
            lines.Add("### " + table.Heading.Replace(" ", "", StringComparison.Ordinal));
            lines.Add($"| {table.ContentLabel} | {string.Join(" | ", table.Columns)} |");
            lines.Add(Rule(1 + table.Columns.Count));
            lines.AddRange(table.Rows.Select(r => Row(r.Label, r.Figures)));
        }

        lines.Add("");
        lines.Add("## " + rows.RequestsHeading);
        lines.Add("");
        var requests = rows.Requests;
        lines.Add(requests.Note);
        var columns = requests.Columns.Count;
        string[] figureHeader = ["类别", .. Enumerable.Range(1, columns - 1).Select(i => $"数据{i}"), requests.Columns[^1]];
        var stray = requests.Rows.Count - strayHeaderRows;
        string? group = null;
        for (var i = 0; i < requests.Rows.Count; i++)
        {
            var row = requests.Rows[i];
            if (i == stray)
            {
                // The stray header: 项目 over words from elsewhere in the report (here: the first rows' labels).
                lines.Add("");
                lines.Add($"| 项目 | {string.Join(" | ", requests.Rows.Take(columns - 1).Select(r => Unnumbered(r.Label)))} | {requests.Columns[^1]} |");
                lines.Add(Rule(1 + columns));
            }

            if (i < stray)
            {
                var heading = row.Groups.Count == 2 ? row.Groups[1] : null;
                if (row.Groups.Count > 0 && (i == 0 || requests.Rows[i - 1].Groups.Count == 0 || requests.Rows[i - 1].Groups[0] != row.Groups[0]))
                {
                    lines.Add("");
                    lines.Add("### " + row.Groups[0]);
                }

                if (heading is null || heading != group)
                {
                    lines.Add("");
                    lines.Add("### " + Spaced(heading ?? row.Label));
                    lines.Add("| " + string.Join(" | ", figureHeader) + " |");
                    lines.Add(Rule(1 + columns));
                }

                group = heading;
                lines.Add(Row(heading is null ? Unnumbered(row.Label) : Spaced(row.Label), row.Figures));
            }
            else
            {
                lines.Add(Row(row.Label, row.Figures));
            }
        }

        lines.Add("");
        lines.Add("## " + rows.AppealsHeading);
        var appeals = rows.Appeals;
        foreach (var (label, values) in appeals.Groups)
        {
            lines.Add("");
            lines.Add("### " + (label == appeals.Review ? label : $"{appeals.Litigation}（{label}）"));
            lines.Add("| " + string.Join(" | ", appeals.Columns) + " |");
            lines.Add("|" + string.Concat(appeals.Columns.Select(_ => "----------|")));
            lines.Add("| " + string.Join(" | ", values.Select(Figure)) + " |");
        }

        lines.Add("");
        lines.AddRange(rows.Closing.Select(l => l.StartsWith("五、", StringComparison.Ordinal) || l.StartsWith("六、", StringComparison.Ordinal) ? "## " + l : l));
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>A label without its numbering: "(一)予以公开" → "予以公开", "一、本年新收…" → "本年新收…".</summary>
    private static string Unnumbered(string label) => Numbering().Replace(label, "");

    /// <summary>A space after the numbering, as the conversion prints it: "(一) 予以公开", "1. 属于国家秘密".</summary>
    private static string Spaced(string label) => Numbering().Replace(label, m => m.Value.EndsWith('、') ? m.Value : m.Value + " ");

    [GeneratedRegex(@"^(\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+\.)")]
    private static partial Regex Numbering();
}
