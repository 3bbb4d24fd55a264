using System.Globalization;

namespace Disclosure.Tests.PublishedReports;

/// <summary>
/// Writes a report as a scrambling PDF-to-Markdown converter does (the layout of the Shanghai reports in the corpus),
/// from the lines <see cref="MarkdownStyleReport"/> prints: 二's 第(一)项 table moved after the others; in 三, rows
/// detached from their labels (the figures alone in a pipe row, sometimes with the start of the label left in the
/// first cell, the label in pieces on plain lines before them), header rows split mid-word over two lines, separator
/// rows after every fragment and stray words from the headings. 三's first and last rows keep their labels.
/// </summary>
public static class FragmentedMarkdownReport
{
    private const string RequestsHeading = "## 三、";
    private const string AppealsHeading = "## 四、";

    /// <param name="figures">The 200 figures.</param>
    /// <param name="random">Which rows are detached and how.</param>
    /// <param name="detached">The labels of the rows printed without their label, in order.</param>
    /// <param name="groupDigits">Thousands separators, as <see cref="MarkdownStyleReport"/> prints them.</param>
    public static string Render(IReadOnlyDictionary<string, decimal> figures, Random random, out List<string> detached, bool groupDigits = false)
    {
        var lines = MarkdownStyleReport.Render(figures, groupDigits: groupDigits).TrimEnd('\n').Split('\n').ToList();
        MoveFirstProactiveTableLast(lines);

        var start = lines.FindIndex(l => l.StartsWith(RequestsHeading, StringComparison.Ordinal));
        var end = lines.FindIndex(l => l.StartsWith(AppealsHeading, StringComparison.Ordinal));
        var rows = Enumerable.Range(start, end - start).Where(i => FigureRow(lines[i]) is not null).ToList();
        detached = [];
        var output = new List<string>(lines[..start]);
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            var row = FigureRow(line);
            var inner = i != rows[0] && i != rows[^1];
            if (row is { } r && inner && random.Next(2) == 0)
            {
                detached.Add(r.Label);
                output.AddRange(Detach(r.Label, r.Figures, random));
            }
            else if (IsHeader(line))
            {
                output.AddRange(SplitMidWord(line));
            }
            else
            {
                output.Add(line);
            }

            if (random.Next(6) == 0)
            {
                // Stray pieces of the merged group headings ("度办", "理结果") between the fragments.
                output.Add(random.Next(2) == 0 ? "度办" : "理结果");
            }
        }

        output.AddRange(lines[end..]);
        return string.Join("\n", output) + "\n";
    }

    /// <summary>The label and figures of a "| label | f | … |" row with several figures; null for any other line.</summary>
    public static (string Label, string[] Figures)? FigureRow(string line)
    {
        if (!line.StartsWith("| ", StringComparison.Ordinal))
        {
            return null;
        }

        var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
        var figures = cells[1..];
        return cells.Length > 2 && !IsFigure(cells[0]) && figures.All(IsFigure) ? (cells[0], figures) : null;
    }

    public static string Separator(int cells) => "|" + string.Concat(Enumerable.Repeat("---|", cells));

    private static IEnumerable<string> Detach(string label, string[] figures, Random random)
    {
        // The label in one to three pieces on lines of their own, cut inside its words (never leaving a bare "1.").
        var numbering = label.IndexOf(' ', StringComparison.Ordinal) + 1;
        var cuts = Enumerable.Range(0, random.Next(3))
            .Select(_ => random.Next(numbering + 1, label.Length))
            .Where(c => c > numbering && c < label.Length)
            .Distinct()
            .Order()
            .ToList();
        var at = 0;
        foreach (var cut in cuts.Append(label.Length))
        {
            // The converter prints "1.属于国家秘密" without the space Markdown tables put after the numbering.
            yield return label[at..cut].Replace(" ", "", StringComparison.Ordinal);
            at = cut;
        }

        // Sometimes the start of the label stays in the figures' first cell, as a fragment (one that names no row by
        // itself: "…不计其他" would read as 3.其他).
        var keep = label.Length > numbering + 3 && random.Next(3) == 0 ? label[..random.Next(numbering + 2, label.Length - 1)].Trim() : null;
        keep = keep is not null && keep.EndsWith("其他", StringComparison.Ordinal) ? null : keep;
        yield return keep is null ? $"| {string.Join(" | ", figures)} |" : $"| {keep} | {string.Join(" | ", figures)} |";
        yield return Separator(figures.Length + (keep is null ? 0 : 1));
    }

    private static bool IsHeader(string line) => line.StartsWith("| 类别 |", StringComparison.Ordinal);

    /// <summary>A header row split mid-word: the first character of every cell on one line, the rest on the next.</summary>
    private static IEnumerable<string> SplitMidWord(string line)
    {
        var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
        yield return $"| {string.Join(" | ", cells.Select(c => c[..1]))} |";
        yield return $"| {string.Join(" | ", cells.Select(c => c.Length > 1 ? c[1..] : ""))} |";
        yield return Separator(cells.Length);
    }

    /// <summary>二's 第(一)项 table (its ### heading through its last row) moved after 第(八)项's.</summary>
    private static void MoveFirstProactiveTableLast(List<string> lines)
    {
        var first = lines.FindIndex(l => l.StartsWith("### 第二十条", StringComparison.Ordinal));
        var second = lines.FindIndex(first + 1, l => l.StartsWith("### 第二十条", StringComparison.Ordinal));
        var requests = lines.FindIndex(l => l.StartsWith(RequestsHeading, StringComparison.Ordinal));
        var block = lines[first..second];
        lines.RemoveRange(first, block.Count);
        lines.InsertRange(requests - block.Count, block.Where(l => l.Length > 0).Prepend(""));
    }

    private static bool IsFigure(string cell) =>
        cell.Length > 0 && decimal.TryParse(cell, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
}
