using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.PublishedReports.Flattened;

/// <summary>
/// Reads a report whose table cells ran together without separators (a crawler's text of a web page:
/// "一、本年新收政府信息公开申请数量21710000218"). Each row is found by its label in the form's order; the digits up to
/// the next row's label are cut into the row's figures by the form's own rules (<see cref="SplitEnumerator"/>,
/// <see cref="SplitSolver"/>). A row is read only when exactly one split fits; otherwise it is left out with a
/// finding naming it and its candidates, and the rest is read and checked.
/// </summary>
internal static class FlattenedReportReader
{
    private const int MaxCandidatesQuoted = 20;

    /// <summary>The report read this way, or null when its tables are not found in the order the form prints them.</summary>
    public static ReadResult? Read(FormEdition form, SourceFormat format, IReadOnlyList<string> lines)
    {
        var text = FlatText.From(lines);
        var runs = Locate(form, text, out var refusal);
        if (runs is null)
        {
            return refusal is null ? null : ReadResult.Unreadable(Rules.ReportUnreadable.Raise(refusal));
        }

        var outcomes = SlipProofReader.Decide(runs, SplitChecks.Deciding(form));

        var document = new FormDocument(form, format);
        var findings = new List<Finding>();
        for (var r = 0; r < runs.Count; r++)
        {
            Record(runs[r], outcomes[r], document, findings);
        }

        ReportNarratives.Extract(lines, document);
        return new ReadResult(document, findings);
    }

    private static void Record(RowDigits run, RunOutcome outcome, FormDocument document, List<Finding> findings)
    {
        if (outcome.Reason is { } reason)
        {
            Unread(run.Figures, run.Location, document);
            findings.Add(Rules.ReportSplitUnsolved.RaiseAt(run.Figures[0].Key, run.Location, run.Location, run.Name, run.Printed, reason));
            return;
        }

        // 四 prints its three groups in one run: a group on which every candidate agrees is read.
        var reading = Reading(outcome.Candidates[0]);
        var printed = run.Printed;
        foreach (var row in run.Figures.Select((f, i) => (f, i)).GroupBy(p => p.f.Row))
        {
            var positions = row.Select(p => p.i).ToArray();
            var readings = outcome.Candidates
                .Select(c => positions.Select(i => c[i]).ToArray())
                .DistinctBy(Reading)
                .ToList();
            if (readings.Count == 1 && outcome.Candidates.Count == 1)
            {
                Read(run, row.Select(p => p.f).ToList(), readings[0], printed, reading, document, findings);
                continue;
            }

            if (readings.Count == 1)
            {
                Read(run, row.Select(p => p.f).ToList(), readings[0], printed, $"{row.Key.FullLabel}一组在各种可能的拆分中都是 {Reading(readings[0])}", document, findings);
                continue;
            }

            var figures = row.Select(p => p.f).ToList();
            Unread(figures, run.Location, document);
            var name = run.Figures.Count == figures.Count ? run.Name : $"{run.Name} {row.Key.FullLabel}";
            var strict = outcome.IfNoSlip is { } all ? positions.Select(i => all[i]).ToArray() : null;
            findings.Add(Rules.ReportSplitAmbiguous.RaiseAt(figures[0].Key, run.Location, run.Location, name, printed, readings.Count, Candidates(readings),
                strict is null
                    ? ""
                    : $";表格的勾稽关系全部成立的拆分只有“{Reading(strict)}”一种,但报告中只要有一个数字填错,其他拆分同样可能"));
        }
    }

    private static void Read(RowDigits run, List<FigureDefinition> figures, decimal[] values, string printed, string reading, FormDocument document, List<Finding> findings)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            document.SetFigure(figures[i].Key, values[i], run.Location);
            if (run.Figures.Count > 1)
            {
                findings.Add(Rules.ReportSplit.RaiseAt(figures[i].Key, run.Location,
                    run.Location, run.Name, printed, reading, figures[i].Label, FigureText.Format(values[i])));
            }
        }
    }

    private static void Unread(IEnumerable<FigureDefinition> figures, string location, FormDocument document)
    {
        foreach (var figure in figures)
        {
            document.UnreadFigures.Add(figure.Key);
            document.CellsWithReadFindings.Add(figure.Key);
            document.Locations[figure.Key] = location;
        }
    }

    private static string Reading(decimal[] values) => string.Join(" | ", values.Select(FigureText.Format));

    private static string Candidates(IReadOnlyList<decimal[]> candidates)
    {
        var quoted = string.Join(";", candidates.Take(MaxCandidatesQuoted).Select(Reading));
        return candidates.Count > MaxCandidatesQuoted ? $"{quoted};等" : quoted;
    }

    /// <summary>
    /// The runs of digits of 二, 三 and 四, each after its row's label (四's after its section title, all three groups in
    /// one run); null with a reason when a label is missing or text with digits stands where only a heading may.
    /// </summary>
    private static List<RowDigits>? Locate(FormEdition form, FlatText text, out string? refusal)
    {
        refusal = null;
        var chars = text.Chars;
        var proactive = form.Section("proactive");
        var start = chars.IndexOf(ReportLabels.Key(proactive.Title), StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var rows = proactive.Tables.SelectMany(t => t.Rows.Select(r => (Table: t, Rows: (IReadOnlyList<FormRow>)[r], Keys: LabelKeys(r))))
            .Concat(form.Requests.Rows.Select(r => (Table: form.Requests, Rows: (IReadOnlyList<FormRow>)[r], Keys: LabelKeys(r))))
            .Append((Table: form.Appeals, Rows: form.Appeals.Rows, Keys: [ReportLabels.Key(form.Section("appeals").Title)]))
            .ToList();

        var found = new List<(int Start, int End)>();
        var position = start;
        foreach (var row in rows)
        {
            var at = Find(chars, row.Keys, position);
            if (at is null)
            {
                refusal = $"表格单元格之间没有分隔,且未能按格式的顺序找到“{row.Rows[0].Label}”一行,不予读取。";
                return null;
            }

            found.Add(at.Value);
            position = at.Value.End;
        }

        var runs = new List<RowDigits>();
        for (var i = 0; i < rows.Count; i++)
        {
            var last = i == rows.Count - 1;
            var end = last ? chars.Length : found[i + 1].Start;
            var (table, formRows, _) = rows[i];
            var name = last ? form.Section("appeals").Title : formRows[0].FullLabel;

            // 四's title is followed by its column headings; its digits start at the first digit after them.
            var from = found[i].End;
            if (last)
            {
                while (from < end && !char.IsAsciiDigit(chars[from]))
                {
                    from++;
                }
            }

            var to = from;
            while (to < end && (char.IsAsciiDigit(chars[to]) || ((chars[to] is '.' or ',') && to > from)))
            {
                to++;
            }

            var rest = chars.AsSpan(to, (last ? Math.Min(end, to + 1) : end) - to);
            if (to == from || rest.IndexOfAnyInRange('0', '9') >= 0)
            {
                refusal = to == from
                    ? $"{text.LocationOf(from)}:表格单元格之间没有分隔,“{name}”后面没有数字,不予读取。"
                    : $"{text.LocationOf(to)}:表格单元格之间没有分隔,“{name}”与下一行之间有无法归属的数字,不予读取。";
                return null;
            }

            var cuts = Enumerable.Range(from + 1, to - from - 1).Where(p => text.GapBefore[p]).Select(p => p - from).ToHashSet();
            var figures = formRows.SelectMany(r => table.Columns.Select(c => form.Figure(table, r.Code, c.Code))).ToList();
            runs.Add(new RowDigits(name, figures, chars[from..to], cuts, text.LocationOf(from)));
        }

        return runs;
    }

    private static string[] LabelKeys(FormRow row) =>
        [.. new[] { row.Label }.Concat(row.Aliases).Concat(row.Variants).Select(ReportLabels.Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>The earliest place from <paramref name="from"/> where one of the keys stands, the longest key there.</summary>
    private static (int Start, int End)? Find(string chars, string[] keys, int from)
    {
        (int Start, int End)? best = null;
        foreach (var key in keys)
        {
            var at = chars.IndexOf(key, from, StringComparison.Ordinal);
            if (at >= 0 && (best is null || at < best.Value.Start || (at == best.Value.Start && at + key.Length > best.Value.End)))
            {
                best = (at, at + key.Length);
            }
        }

        return best;
    }
}
