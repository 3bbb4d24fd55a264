using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.PublishedReports.Fragments;

/// <summary>
/// Reads a report whose tables a converter broke into fragments (a PDF-to-Markdown extraction: a row's label on one
/// line and its figures on another, header rows split mid-word, separator rows between fragments, stray lines). Only a
/// label printed on the same line as its figures is trusted; labels floating elsewhere are ignored, because such a
/// converter puts them beside the wrong figures. 二's rows are found by their labels, 三's rows in the form's order
/// between two labelled rows (<see cref="RequestRowAssembly"/>); 四 is read as the table parser reads it. The rows are
/// then handed to <see cref="ReportTableParser"/> in the form's order, so counts and labels are checked as for any
/// report. Anything that does not fit one way only refuses the report: a wrong figure is worse than none.
/// </summary>
internal static class FragmentedReportReader
{
    /// <summary>
    /// The report read this way; null when its tables are not printed a row to a line (no 第二十条, or no labelled
    /// first row of 三), so the table parser's own refusal stands.
    /// </summary>
    public static ReadResult? Read(FormEdition form, SourceFormat format, IReadOnlyList<string> lines)
    {
        var parsed = lines.Select((l, i) => FragmentLine.Of(i, ReportTextTokens.TokenizeLine(l, i))).ToList();
        var proactive = form.Section("proactive");
        var articleText = proactive.Tables[0].Heading.Split(' ')[0];
        var article = ReportLabels.Key(articleText);
        var start = parsed.FindIndex(l => l.LabelKey.Contains(article, StringComparison.Ordinal));
        if (start < 0)
        {
            return null;
        }

        var requests = new RequestRowAssembly(form);
        var first = parsed.FindIndex(start, l => l.HasFigures && !l.Mixed && requests.IsFirstRow(l));
        if (first < 0)
        {
            return null;
        }

        var findings = new List<Finding>();
        var tokens = new List<ReportToken> { ReportToken.FromCell(articleText, parsed[start].Location) };
        try
        {
            foreach (var (_, line) in ProactiveRows(form, parsed, start, first))
            {
                tokens.AddRange(line.Label);
                tokens.AddRange(line.Figures);
            }

            var last = requests.Assemble(parsed, first, findings);
            foreach (var row in requests.Rows)
            {
                tokens.AddRange(row.Label);
                tokens.AddRange(row.Line.Figures);
            }

            // 四 and what follows, as printed: the table parser finds 四's headings and figures itself.
            tokens.AddRange(Enumerable.Range(last + 1, lines.Count - last - 1).SelectMany(i => ReportTextTokens.TokenizeLine(lines[i], i)));
        }
        catch (FragmentRefusal refusal)
        {
            return ReadResult.Unreadable(Rules.ReportUnreadable.RaiseAt(null, refusal.Location, refusal.Message));
        }

        var result = ReportTableParser.Parse(form, format, tokens, lines);
        if (result.Document is not { } document)
        {
            return result;
        }

        var uncertain = LeaveOutBlanksAStrayMayFill(form, requests, document, findings);
        return new ReadResult(document, [.. findings, .. result.Findings.Where(f => !(f.Rule == Rules.ReportVariant.Id && f.Cell is { } c && uncertain.Contains(c)))]);
    }

    /// <summary>
    /// A blank cell of 三 is read as 0, as in any report; but where a number stood alone on a line of that table, the
    /// number may be that cell's (Shanghai 2024: a lone "1", and 四、结转下年度继续办理 with its 总计 blank). Such cells are
    /// left out, each with a finding, rather than read as 0 or filled by guess; the report is read in part.
    /// </summary>
    private static HashSet<string> LeaveOutBlanksAStrayMayFill(FormEdition form, RequestRowAssembly requests, FormDocument document, List<Finding> findings)
    {
        var left = new HashSet<string>(StringComparer.Ordinal);
        if (requests.Strays.Count == 0)
        {
            return left;
        }

        var table = form.Requests;
        var strays = string.Join("、", requests.Strays.Select(s => $"{s.Location}(“{s.Printed}”)"));
        foreach (var row in requests.Rows)
        {
            var cells = row.Line.Figures.ToList();
            while (cells.Count > table.Columns.Count && cells[^1].Kind == ReportTokenKind.Blank)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            for (var c = 0; c < table.Columns.Count && c < cells.Count; c++)
            {
                if (cells[c].Kind != ReportTokenKind.Blank)
                {
                    continue;
                }

                var figure = form.Figure(table, row.Row.Code, table.Columns[c].Code);
                document.Figures.Remove(figure.Key);
                document.UnreadFigures.Add(figure.Key);
                document.CellsWithReadFindings.Add(figure.Key);
                document.Locations[figure.Key] = row.Line.Location;
                left.Add(figure.Key);
                findings.Add(Rules.ReportFragmentUncertain.RaiseAt(figure.Key, row.Line.Location, row.Line.Location, row.Row.FullLabel, figure.Column.FullLabel, strays));
            }
        }

        return left;
    }

    /// <summary>
    /// 二's rows, each found by its label on the line of its figures, in any order between 第二十条 and 三's first row
    /// (a conversion may print 第(一)项's table after the others). Every line with figures there must be one of them.
    /// </summary>
    private static List<(FormRow Row, FragmentLine Line)> ProactiveRows(FormEdition form, List<FragmentLine> lines, int start, int end)
    {
        var section = form.Section("proactive");
        var rows = section.Tables.SelectMany(t => t.Rows.Select(r => (Table: t, Label: ReportLabels.For(r)))).ToList();
        var found = new Dictionary<FormRow, FragmentLine>();
        (FragmentLine Line, string Why)? unplaced = null;
        foreach (var line in lines.Skip(start).Take(end - start).Where(l => l.HasFigures))
        {
            var names = rows.Where(r => line.LabelKey.Length > 0 && ReportTableParser.MatchPrinted(line.LabelKey, r.Label, []).Kind != ReportTableParser.MatchKind.None).ToList();
            if (line.Mixed || names.Count != 1)
            {
                unplaced ??= (line, line.Mixed ? "数字夹在文字之间" : names.Count == 0 ? "没有可辨认的行标签" : "行标签可读作不止一行");
                continue;
            }

            var row = names[0].Label.Row;
            if (found.TryGetValue(row, out var earlier))
            {
                throw new FragmentRefusal($"{line.Location}:“{row.Label}”一行在{earlier.Location}和{line.Location}出现两次,无法确定取哪一行,不予读取。", line.Location);
            }

            found[row] = line;
        }

        var missing = rows.Where(r => !found.ContainsKey(r.Label.Row)).Select(r => $"“{r.Label.Row.Label}”").ToList();
        var notFound = missing.Count == 0 ? "" : $"未找到与数字印在同一行的{string.Join("、", missing)}一行";
        if (unplaced is { } u)
        {
            throw new FragmentRefusal(
                $"{u.Line.Location}:“{section.Title}”的表格被拆散,此行的数字({u.Line.Printed}){u.Why},无法确定属于哪一行{(notFound.Length > 0 ? "(" + notFound + ")" : "")},不予读取。", u.Line.Location);
        }

        if (missing.Count > 0)
        {
            throw new FragmentRefusal($"“{section.Title}”的表格被拆散,{notFound},不予读取。", null);
        }

        return [.. rows.Select(r => (r.Label.Row, found[r.Label.Row]))];
    }
}

/// <summary>Why a fragment layout cannot be read one way only.</summary>
internal sealed class FragmentRefusal(string message, string? location) : Exception(message)
{
    public string? Location { get; } = location;
}
