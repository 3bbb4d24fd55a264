using System.Text.RegularExpressions;

namespace Disclosure.Tests.PublishedReports;

/// <summary>One printed row: its label, the group headings it sits under (outermost first), its figures as printed.</summary>
public sealed record PrintedRow(string Label, IReadOnlyList<string> Groups, IReadOnlyList<string> Figures);

/// <summary>One of 二's small tables: heading (第二十条 第(一)项), column labels after 信息内容, rows.</summary>
public sealed record PrintedTable(string Heading, string ContentLabel, IReadOnlyList<string> Columns, IReadOnlyList<PrintedRow> Rows);

/// <summary>
/// 三's header (the note, 申请人情况 over 自然人 | 法人或其他组织 (five columns) | 总计) and rows in the form's order.
/// </summary>
public sealed record PrintedRequests(
    string Note, string ApplicantHeading, string OrganisationHeading, IReadOnlyList<string> Columns, IReadOnlyList<PrintedRow> Rows)
{
    /// <summary>The columns under 法人或其他组织: all but the first (自然人) and the last (总计).</summary>
    public IEnumerable<int> OrganisationColumns => Enumerable.Range(1, Columns.Count - 2);
}

/// <summary>四: 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉), five result columns each, 15 figures.</summary>
public sealed record PrintedAppeals(
    string Review, string Litigation, string Direct, string AfterReview, IReadOnlyList<string> Columns, IReadOnlyList<string> Figures)
{
    /// <summary>The three groups with their five figures each, in the form's order.</summary>
    public IReadOnlyList<(string Label, IReadOnlyList<string> Figures)> Groups =>
    [
        (Review, Figures.Take(5).ToArray()),
        (Direct, Figures.Skip(5).Take(5).ToArray()),
        (AfterReview, Figures.Skip(10).Take(5).ToArray()),
    ];
}

/// <summary>
/// A seed-style report (<see cref="SeedStyleReport.Render"/>) read back into its rows, so that the other layout writers
/// print what the seed prints (labels, headings, figures) without typing the form's labels again. Render's output is
/// the seed's own layout line for line (the corpus check holds it to the seed file), so these are the seed's rows.
/// </summary>
public sealed partial record SeedStyleRows(
    IReadOnlyList<string> Opening,
    string ProactiveHeading,
    IReadOnlyList<PrintedTable> Proactive,
    string RequestsHeading,
    PrintedRequests Requests,
    string AppealsHeading,
    PrintedAppeals Appeals,
    IReadOnlyList<string> Closing)
{
    public static SeedStyleRows Of(IReadOnlyDictionary<string, decimal> figures) => Parse(SeedStyleReport.Render(figures));

    public static SeedStyleRows Parse(string seedStyleText)
    {
        var lines = seedStyleText.TrimEnd('\n').Split('\n');
        var two = Array.FindIndex(lines, l => l.StartsWith("二、", StringComparison.Ordinal));
        var three = Array.FindIndex(lines, l => l.StartsWith("三、", StringComparison.Ordinal) && !l.EndsWith(" |", StringComparison.Ordinal));
        var four = Array.FindIndex(lines, l => l.StartsWith("四、", StringComparison.Ordinal) && !l.EndsWith(" |", StringComparison.Ordinal));
        var five = Array.FindIndex(lines, l => l.StartsWith("五、", StringComparison.Ordinal));

        return new SeedStyleRows(
            lines[..two],
            lines[two],
            ProactiveTables(Cells(lines[(two + 1)..three])),
            lines[three],
            RequestTable(Cells(lines[(three + 1)..four])),
            lines[four],
            AppealTable(Cells(lines[(four + 1)..five])),
            lines[five..]);
    }

    public static bool IsFigure(string cell) => FigureCell().IsMatch(cell);

    /// <summary>The cells of a stretch of seed-style lines: text before " |", filler lines of pipes dropped.</summary>
    private static List<string> Cells(IEnumerable<string> lines) =>
        [.. lines.Where(l => l.EndsWith(" |", StringComparison.Ordinal)).Select(l => l[..^2])];

    private static List<PrintedTable> ProactiveTables(List<string> cells)
    {
        var tables = new List<PrintedTable>();
        var at = 0;
        while (at < cells.Count)
        {
            var heading = cells[at];
            var contentLabel = cells[at + 1];
            at += 2;
            var texts = new List<string>();
            var rows = new List<PrintedRow>();
            while (at < cells.Count && !(cells[at].StartsWith("第二十条", StringComparison.Ordinal) && rows.Count > 0))
            {
                if (IsFigure(cells[at]))
                {
                    var label = texts[^1];
                    texts.RemoveAt(texts.Count - 1);
                    var values = TakeFigures(cells, ref at);
                    rows.Add(new PrintedRow(label, [], values));
                    continue;
                }

                texts.Add(cells[at]);
                at++;
            }

            tables.Add(new PrintedTable(heading, contentLabel, texts, rows));
        }

        return tables;
    }

    private static PrintedRequests RequestTable(List<string> cells)
    {
        // Header: note, 申请人情况, 自然人, 法人或其他组织, 总计, then the five organisation columns.
        var firstRow = cells.FindIndex(IsFigure) - 1;
        var header = cells[..firstRow];
        string[] columns = [header[2], .. header.Skip(5), header[4]];

        var rows = new List<PrintedRow>();
        var pending = new List<string>();
        string? top = null;
        string? sub = null;
        var at = firstRow;
        while (at < cells.Count)
        {
            if (!IsFigure(cells[at + 1]))
            {
                pending.Add(cells[at]);
                at++;
                continue;
            }

            foreach (var heading in pending)
            {
                if (TopNumbering().IsMatch(heading))
                {
                    (top, sub) = (heading, null);
                }
                else
                {
                    sub = heading;
                }
            }

            pending.Clear();
            var label = cells[at];
            if (TopNumbering().IsMatch(label))
            {
                (top, sub) = (null, null);
            }
            else if (label.StartsWith('('))
            {
                sub = null;
            }

            at++;
            var values = TakeFigures(cells, ref at);
            rows.Add(new PrintedRow(label, [.. new[] { top, sub }.OfType<string>()], values));
        }

        return new PrintedRequests(header[0], header[1], header[3], columns, rows);
    }

    private static PrintedAppeals AppealTable(List<string> cells)
    {
        // 行政复议, 行政诉讼, five result columns, 未经复议直接起诉, 复议后起诉, ten result columns, 15 figures.
        var figures = cells.Where(IsFigure).ToArray();
        return new PrintedAppeals(cells[0], cells[1], cells[7], cells[8], cells[2..7], figures);
    }

    private static string[] TakeFigures(List<string> cells, ref int at)
    {
        var start = at;
        while (at < cells.Count && IsFigure(cells[at]))
        {
            at++;
        }

        return [.. cells[start..at]];
    }

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex FigureCell();

    [GeneratedRegex("^[一二三四五六七八九十]+、")]
    private static partial Regex TopNumbering();
}
