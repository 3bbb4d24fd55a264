using System.Text;

namespace Disclosure.Tests.PublishedReports;

/// <summary>
/// Writes a report as <c>pdftotext -layout</c> prints a published PDF (the layout of the Hongze reports in the
/// corpus): full-width punctuation, a label and its figures on one line padded with spaces, merged group headings
/// printed beside the middle of their rows, the top heading spaced out, long labels wrapped with their figures on a
/// line of their own, page numbers and form feeds at page breaks, 四's fifteen figures on one line.
/// Built from the rows <see cref="SeedStyleReport"/> prints.
/// </summary>
public static class PdftotextStyleReport
{
    /// <summary>Labels longer than this wrap onto a second line, the figures onto a third.</summary>
    private const int WrapAt = 18;

    /// <param name="figures">The 200 figures.</param>
    /// <param name="otherHandlingAsOneRow">Print (六)其他处理 as one row holding the sum of its three sub-items, as some offices do.</param>
    /// <param name="misprints">Labels printed otherwise than the form words them (seed wording → printed wording).</param>
    public static string Render(
        IReadOnlyDictionary<string, decimal> figures, bool otherHandlingAsOneRow = false, IReadOnlyDictionary<string, string>? misprints = null)
    {
        var rows = SeedStyleRows.Of(figures);
        var lines = new List<string>();
        var page = 1;
        string Printed(string label) => FullWidth(misprints is not null && misprints.TryGetValue(label, out var p) ? p : label);
        void PageBreak()
        {
            lines.Add("");
            lines.Add(new string(' ', 72) + $"-{page++}-");
            lines.Add("\f");
        }

        lines.AddRange(rows.Opening.Select(l => "     " + FullWidth(l)));
        PageBreak();
        lines.Add("     " + FullWidth(rows.ProactiveHeading));
        foreach (var table in rows.Proactive)
        {
            lines.Add("");
            lines.Add(new string(' ', 14) + FullWidth(table.Heading.Replace(" ", "", StringComparison.Ordinal)));
            lines.Add("");
            lines.Add("       " + table.ContentLabel + "   " + string.Join("    ", table.Columns.Select(FullWidth)));
            lines.Add("");
            foreach (var row in table.Rows)
            {
                lines.Add(Row(Printed(row.Label), row.Figures, 0));
                lines.Add("");
            }
        }

        lines.Add("");
        lines.Add(new string(' ', 18) + FullWidth(rows.RequestsHeading));
        var requests = rows.Requests;
        var note = FullWidth(requests.Note);
        lines.Add(new string(' ', 62) + requests.ApplicantHeading);
        lines.Add("");
        lines.Add(new string(' ', 57) + requests.OrganisationHeading);
        lines.Add(note[..(note.Length / 2)]);
        lines.Add(note[(note.Length / 2)..]);
        lines.Add(new string(' ', 45) + requests.Columns[0] + new string(' ', 24) + requests.Columns[^1]);
        foreach (var part in new[] { 0, 2 })
        {
            // Column labels two characters a line, as narrow table cells print.
            lines.Add(new string(' ', 51) + string.Join(" ", requests.OrganisationColumns.Select(c => Slice(requests.Columns[c], part, 2).PadRight(2, '\u3000'))));
        }

        lines.Add("");
        var requestRows = requests.Rows.ToList();
        if (otherHandlingAsOneRow)
        {
            var other = requestRows.FindAll(r => r.Groups.Count == 2 && r.Groups[1].Contains("其他处理", StringComparison.Ordinal));
            var summed = Enumerable.Range(0, other[0].Figures.Count)
                .Select(i => SeedStyleReport.Format(other.Sum(r => decimal.Parse(r.Figures[i], System.Globalization.CultureInfo.InvariantCulture))))
                .ToArray();
            var at = requestRows.IndexOf(other[0]);
            requestRows.RemoveAll(other.Contains);
            requestRows.Insert(at, new PrintedRow(other[0].Groups[1], [other[0].Groups[0]], summed));
        }

        var groups = requestRows
            .Select((row, index) => (row, index))
            .GroupBy(x => x.row.Groups.Count == 2 ? x.row.Groups[1] : null)
            .Where(g => g.Key is not null)
            .ToDictionary(g => g.Last().index - (g.Count() - 1) + (g.Count() / 2), g => g.Key!);
        var topHeading = requestRows.First(r => r.Groups.Count > 0).Groups[0];
        var topAt = requestRows.FindIndex(r => r.Groups.Count == 2) + 1;
        for (var i = 0; i < requestRows.Count; i++)
        {
            var row = requestRows[i];
            var indent = row.Groups.Count * 9;
            if (groups.TryGetValue(i, out var heading))
            {
                lines.Add(new string(' ', 18) + FullWidth(heading));
            }

            if (i == topAt)
            {
                lines.Add(" " + string.Join(" ", FullWidth(topHeading).Chunk(2).Select(c => new string(c))));
                lines.Add("");
            }

            var label = Printed(row.Label);
            if (label.Length > WrapAt)
            {
                lines.Add(new string(' ', indent) + label[..WrapAt]);
                lines.Add(new string(' ', indent) + label[WrapAt..]);
                lines.Add(Row("", row.Figures, 0));
            }
            else
            {
                lines.Add(Row(label, row.Figures, indent));
            }

            if (i == requestRows.Count / 2)
            {
                PageBreak();
            }
        }

        lines.Add("");
        lines.Add("");
        var appeals = rows.Appeals;
        lines.Add("     " + FullWidth(rows.AppealsHeading));
        lines.Add(new string(' ', 10) + appeals.Review + new string(' ', 30) + appeals.Litigation);
        lines.Add("");
        lines.Add(new string(' ', 30) + appeals.Direct + new string(' ', 18) + appeals.AfterReview);
        lines.Add("");
        foreach (var part in new[] { 0, 2 })
        {
            lines.Add(string.Join(new string(' ', 3), Enumerable.Repeat(appeals.Columns, 3).SelectMany(c => c).Select(c => Slice(c, part, 2))));
        }

        lines.Add("");
        lines.Add(string.Join("   ", appeals.Figures));
        lines.Add("");
        PageBreak();
        lines.AddRange(rows.Closing.Select(l => "     " + FullWidth(l)));
        return string.Join("\n", lines).Replace("\n\f\n", "\n\f", StringComparison.Ordinal) + "\n";
    }

    /// <summary>A label and its figures on one line, the figures right-aligned in columns as pdftotext pads them.</summary>
    private static string Row(string label, IEnumerable<string> figures, int indent) =>
        (new string(' ', indent) + label).PadRight(46 - label.Length) + string.Concat(figures.Select(f => " " + f.PadLeft(6)));

    private static string Slice(string text, int start, int length) =>
        start >= text.Length ? "" : text.Substring(start, Math.Min(length, text.Length - start));

    /// <summary>Punctuation as a Chinese PDF prints it (and pdftotext gives it back): full width.</summary>
    private static string FullWidth(string text)
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
                ';' => '；',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
