using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.PublishedReports;

/// <summary>
/// Reads the tables of 二, 三 and 四 from a report's tokens by the form's labels and order: every row must
/// be found by its label, in the form's order, followed by exactly its number of figures. Anything else
/// refuses the report, because a figure read from the wrong row is worse than no figure. Sums are never
/// used to place or fill a figure; totals are kept as printed.
/// </summary>
internal sealed class ReportTableParser
{
    private const int MaxQuotedChars = 40;

    private readonly FormEdition _form;
    private readonly List<Run> _runs;
    private readonly FormDocument _document;
    private readonly List<Finding> _findings = [];

    // Keys of the headings that group 三's rows and carry no figures.
    private readonly string[] _groupKeys;

    private ReportTableParser(FormEdition form, SourceFormat format, IReadOnlyList<ReportToken> tokens)
    {
        _form = form;
        _document = new FormDocument(form, format);
        _runs = Run.Split(tokens);
        _groupKeys = [.. form.Requests.RowGroupLabels.Select(ReportLabels.Key)];
    }

    public static ReadResult Parse(FormEdition form, SourceFormat format, IReadOnlyList<ReportToken> tokens, IReadOnlyList<string> narrativeLines) =>
        Parse(form, format, tokens, narrativeLines, out _);

    /// <param name="cellsRanTogether">True when the report was refused because a row's digits run into its label.</param>
    public static ReadResult Parse(FormEdition form, SourceFormat format, IReadOnlyList<ReportToken> tokens, IReadOnlyList<string> narrativeLines, out bool cellsRanTogether)
    {
        cellsRanTogether = false;
        var parser = new ReportTableParser(form, format, tokens);
        try
        {
            parser.ReadAll();
        }
        catch (RefusedException refused)
        {
            cellsRanTogether = refused.RanTogether;
            return ReadResult.Unreadable(Rules.ReportUnreadable.RaiseAt(null, refused.Location, refused.Message));
        }

        ReportNarratives.Extract(narrativeLines, parser._document);
        return new ReadResult(parser._document, parser._findings);
    }

    private void ReadAll()
    {
        var position = ReadProactive();
        position = ReadRequests(position);
        ReadAppeals(position);

        var missing = _form.Figures.Where(f => !_document.Figures.ContainsKey(f.Key)).ToList();
        if (missing.Count > 0)
        {
            throw new RefusedException($"报告中缺少{missing.Count}个数字(如“{missing[0].Label}”),不予读取。", null);
        }
    }

    private int ReadProactive()
    {
        var section = _form.Section("proactive");
        // The article every heading of 二 names (第二十条), whichever item a report prints first.
        var article = ReportLabels.Key(section.Tables[0].Heading.Split(' ')[0]);
        var position = IndexOf(0, r => r.IsText && r.Key.Contains(article, StringComparison.Ordinal));
        if (position < 0)
        {
            throw new RefusedException($"未找到“{section.Title}”的表格(第二十条第(一)项),无法读取报告。", null);
        }

        foreach (var table in section.Tables)
        {
            foreach (var row in table.Rows)
            {
                position = ReadRow(position, table, ReportLabels.For(row), section, allowFuzzy: false);
            }
        }

        return position;
    }

    private int ReadRequests(int position)
    {
        var section = _form.Section("requests");
        var table = _form.Requests;
        var labels = table.Rows.Select(ReportLabels.For).ToList();
        var first = IndexOf(position, r => r.IsText && Match(r, labels[0], labels, allowFuzzy: false).Kind == MatchKind.Exact);
        if (first < 0)
        {
            throw new RefusedException($"未找到“{section.Title}”表格的“{table.Rows[0].Label}”一行,无法读取报告。", LocationAt(position));
        }

        position = first;
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            if (label.Row.Code == "other.no_correction" && TryReadOtherAsOneRow(ref position, table, labels))
            {
                i += 2;
                continue;
            }

            position = ReadRow(position, table, label, section, allowFuzzy: true, labels);
        }

        return position;
    }

    /// <summary>
    /// (六)其他处理 printed as one row, as the 2019 edition had it and some 2021 reports still do: read, and
    /// said so. All zero means the three sub-rows are zero; otherwise its figures go to 3.其他.
    /// </summary>
    private bool TryReadOtherAsOneRow(ref int position, FormTable table, List<RowLabel> labels)
    {
        var index = SkipBlankRuns(position);
        if (index >= _runs.Count || !_runs[index].IsText)
        {
            return false;
        }

        var run = _runs[index];
        var firstOther = labels.First(l => l.Row.Code == "other.no_correction");
        var heading = firstOther.Row.GroupLabels[^1];
        var otherKey = ReportLabels.Key(heading);
        var withoutHeading = run.Key.EndsWith(otherKey, StringComparison.Ordinal) ? run.Key[..^otherKey.Length] : null;
        if (withoutHeading is null || withoutHeading.EndsWith(firstOther.Body, StringComparison.Ordinal))
        {
            return false;
        }

        var tokens = TakeNumbers(index + 1, table.Columns.Count, heading, run);
        var figures = tokens.Select(t => t.Value).ToList();
        var allZero = figures.All(v => v == 0);
        SetRow(table, table.Row("other.other"), tokens, heading);
        foreach (var code in new[] { "other.no_correction", "other.fee_unpaid" })
        {
            foreach (var column in table.Columns)
            {
                _document.SetFigure(_form.Figure(table, code, column.Code).Key, 0, run.Location);
            }
        }

        var message = allZero
            ? $"{run.Location}:“(六)其他处理”印成一行,未分列 1.申请人无正当理由逾期不补正、2.申请人逾期未按收费通知要求缴纳费用、3.其他 三个子项;该行数字均为 0,三个子项均按 0 读取。"
            : $"{run.Location}:“(六)其他处理”印成一行,未分列三个子项;该行数字按“3.其他”读取,“1.申请人无正当理由逾期不补正…”和“2.申请人逾期未按收费通知要求缴纳费用…”两个子项按 0 读取。";
        _findings.Add(Rules.ReportVariant.RaiseAt(_form.Figure(table, "other.other", "total").Key, run.Location, message));
        position = index + 2;
        return true;
    }

    private void ReadAppeals(int position)
    {
        var section = _form.Section("appeals");
        var table = _form.Appeals;
        // The groups' own labels: 行政复议, 未经复议直接起诉, 复议后起诉.
        var groupNames = table.Rows.Select(r => ReportLabels.Key(r.Label)).ToArray();
        var header = IndexOf(position, r => r.IsText && r.Key.Contains(groupNames[0], StringComparison.Ordinal));
        if (header < 0)
        {
            throw new RefusedException($"未找到“{section.Title}”的表格,无法读取报告。", LocationAt(position));
        }

        var numbersAt = SkipBlankRuns(header + 1);
        var count = numbersAt < _runs.Count && !_runs[numbersAt].IsText ? _runs[numbersAt].NumberCount : 0;
        var columns = table.Columns.Count;
        if (count >= table.Rows.Count * columns)
        {
            // One data row of 15 under the three groups' headings.
            var headerKey = _runs[header].Key;
            if (groupNames.Skip(1).Any(g => !headerKey.Contains(g, StringComparison.Ordinal)))
            {
                throw new RefusedException($"{_runs[header].Location}:“{section.Title}”表头不完整(缺“未经复议直接起诉”或“复议后起诉”),无法确定各数字所属栏目。", _runs[header].Location);
            }

            var tokens = TakeNumbers(numbersAt, table.Rows.Count * columns, section.Title, _runs[header]);
            for (var g = 0; g < table.Rows.Count; g++)
            {
                SetRow(table, table.Rows[g], tokens.Skip(g * columns).Take(columns).ToList(), $"{table.Rows[g].GroupLabels.FirstOrDefault() ?? ""}{table.Rows[g].Label}");
            }

            return;
        }

        // Three small tables, one per group, each under its own heading.
        var at = header;
        for (var g = 0; g < table.Rows.Count; g++)
        {
            at = SkipBlankRuns(at);
            var run = at < _runs.Count ? _runs[at] : null;
            var name = groupNames[g];
            var later = groupNames.Skip(g + 1).ToArray();
            if (run is null || !run.IsText || !run.Key.Contains(name, StringComparison.Ordinal)
                || (g > 0 && later.Any(l => run.Key.Contains(l, StringComparison.Ordinal))))
            {
                throw new RefusedException($"{run?.Location ?? LocationAt(at)}:未能按“行政复议”“未经复议直接起诉”“复议后起诉”的顺序找到{section.Title}的数字:应有 15 个数字,或三组各 5 个。", run?.Location);
            }

            var tokens = TakeNumbers(at + 1, columns, name, run);
            SetRow(table, table.Rows[g], tokens, name);
            at += 2;
        }
    }

    private int ReadRow(int position, FormTable table, RowLabel label, FormSection section, bool allowFuzzy, List<RowLabel>? siblings = null)
    {
        var index = SkipBlankRuns(position);
        var printedLabel = label.Row.Label;
        if (index >= _runs.Count)
        {
            throw new RefusedException($"“{section.Title}”的表格在“{printedLabel}”一行之前中断,缺少该行及其后各行,不予读取。", null);
        }

        var run = _runs[index];
        if (!run.IsText)
        {
            throw new RefusedException(
                $"{run.Location}:有一行数字({Quote(run.Printed)})没有可辨认的行标签,而此处应为“{printedLabel}”一行;无法确定这些数字属于哪一行,不予读取。", run.Location);
        }

        var match = Match(run, label, siblings ?? [label], allowFuzzy);
        if (match.Kind == MatchKind.None && GluedFigures(run.Key, label) is { } glued)
        {
            throw new RefusedException(
                $"{run.Location}:表格单元格之间没有分隔,“{printedLabel}”后面的数字连成一串(“{glued}”),无法确定每个数字从哪里断开,不予读取。", run.Location)
            {
                RanTogether = true,
            };
        }

        if (match.Kind == MatchKind.None)
        {
            throw new RefusedException(
                $"{run.Location}:此处应为“{section.Title}”的“{printedLabel}”一行,但读到“{Quote(run.Printed)}”;该行缺失或标签无法辨认,不予读取。", run.Location);
        }

        if (match.Kind == MatchKind.Variant)
        {
            _findings.Add(Rules.ReportVariant.RaiseAt(_form.Figure(table, label.Row.Code, table.Columns[0].Code).Key, run.Location,
                $"{run.Location}:行标签“{Quote(match.Printed ?? run.Printed)}”与格式的“{printedLabel}”不完全一致,按其在表中的位置和序号读作“{printedLabel}”。"));
        }

        var tokens = TakeNumbers(index + 1, table.Columns.Count, printedLabel, run);
        SetRow(table, label.Row, tokens, printedLabel);
        return index + 2;
    }

    /// <summary>Digits run straight into the label ("规章000行政规范性文件693665"): cells lost their separators.</summary>
    private static string? GluedFigures(string key, RowLabel label)
    {
        var at = key.IndexOf(label.Body, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var digits = new string(key[(at + label.Body.Length)..].TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length > 0 ? digits : null;
    }

    private List<ReportToken> TakeNumbers(int index, int count, string rowName, Run labelRun)
    {
        if (index >= _runs.Count || _runs[index].IsText)
        {
            throw new RefusedException($"{labelRun.Location}:“{rowName}”一行后面没有数字,不予读取。", labelRun.Location);
        }

        var tokens = _runs[index].Tokens;
        var take = tokens.Count;

        // Empty cells after the row's last figure are table padding (Markdown, HTML), not figures.
        while (take > count && tokens[take - 1].Kind == ReportTokenKind.Blank)
        {
            take--;
        }

        if (take != count)
        {
            var what = take < count ? $"只读到 {take} 个" : $"读到 {take} 个";
            throw new RefusedException(
                $"{tokens[0].Location}:“{rowName}”一行应有 {count} 个数字,{what}({Quote(_runs[index].Printed)});无法确定各数字所属栏目,不予读取。", tokens[0].Location);
        }

        return tokens.Take(count).ToList();
    }

    private void SetRow(FormTable table, FormRow row, IReadOnlyList<ReportToken> tokens, string rowName)
    {
        var blanks = new List<FigureDefinition>();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var figure = _form.Figure(table, row.Code, table.Columns[c].Code);
            _document.SetFigure(figure.Key, tokens[c].Value, tokens[c].Location);
            if (tokens[c].Kind == ReportTokenKind.Blank)
            {
                blanks.Add(figure);
            }
        }

        if (blanks.Count > 0)
        {
            var location = tokens[0].Location;
            var columns = string.Join("、", blanks.Select(f => f.Column.FullLabel));
            _findings.Add(Rules.ReportVariant.RaiseAt(blanks[0].Key, location,
                $"{location}:“{rowName}”一行有 {blanks.Count} 个空白单元格({columns}),按 0 读取。"));
        }
    }

    /// <summary>
    /// Whether a label key printed before a row's figures names <paramref name="label"/>: it ends with the form's
    /// wording or an alias (exact) or a report wording (variant), possibly followed by a group heading of 三.
    /// </summary>
    internal static LabelMatch MatchPrinted(string key, RowLabel label, IReadOnlyList<string> groupKeys)
    {
        foreach (var candidate in new[] { key, ReportLabels.WithoutTrailingGroupHeading(key, groupKeys) })
        {
            if (candidate.EndsWith(label.Body, StringComparison.Ordinal) || label.FormAliases.Any(a => a.Length > 0 && candidate.EndsWith(a, StringComparison.Ordinal)))
            {
                return new LabelMatch(MatchKind.Exact, null);
            }

            var alias = label.ReportAliases.FirstOrDefault(a => candidate.EndsWith(a, StringComparison.Ordinal));
            if (alias is not null)
            {
                return new LabelMatch(MatchKind.Variant, alias);
            }
        }

        return new LabelMatch(MatchKind.None, null);
    }

    private LabelMatch Match(Run run, RowLabel label, IReadOnlyList<RowLabel> siblings, bool allowFuzzy)
    {
        var printed = MatchPrinted(run.Key, label, _groupKeys);
        if (printed.Kind != MatchKind.None)
        {
            return printed;
        }

        if (!allowFuzzy || label.Prefix is null)
        {
            return new LabelMatch(MatchKind.None, null);
        }

        // A typo or dropped word ("2.其他法律行政止公开"): accepted only under the right numbering, close to
        // this row's wording, and closer to it than to any other row numbered the same.
        var (prefix, rest) = ReportLabels.LastNumbered(run.Normalized);
        var tail = ReportLabels.Key(rest);
        if (prefix != label.Prefix || tail.Length < 2)
        {
            return new LabelMatch(MatchKind.None, null);
        }

        var score = Similarity(tail, label.Body);
        if (score < 0.7 || siblings.Any(s => s != label && s.Prefix == prefix && Similarity(tail, s.Body) >= score))
        {
            return new LabelMatch(MatchKind.None, null);
        }

        return new LabelMatch(MatchKind.Variant, rest);
    }

    /// <summary>Share of the form's wording found in print, provided the print is mostly the form's wording.</summary>
    private static double Similarity(string printed, string body)
    {
        var common = ReportLabels.CommonSubsequence(printed, body);
        return common < 0.8 * printed.Length ? 0 : common / (double)body.Length;
    }

    private int IndexOf(int start, Func<Run, bool> predicate)
    {
        for (var i = start; i < _runs.Count; i++)
        {
            if (predicate(_runs[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Runs of empty cells only (padding between Markdown or HTML headers) carry nothing.</summary>
    private int SkipBlankRuns(int index)
    {
        while (index < _runs.Count && !_runs[index].IsText && _runs[index].NumberCount == 0)
        {
            index++;
        }

        return index;
    }

    private string? LocationAt(int index) => index < _runs.Count ? _runs[index].Location : null;

    private static string Quote(string text) => text.Length <= MaxQuotedChars ? text : "…" + text[^MaxQuotedChars..];

    internal enum MatchKind
    {
        None,
        Exact,
        Variant,
    }

    internal readonly record struct LabelMatch(MatchKind Kind, string? Printed);

    /// <summary>Consecutive label tokens, or consecutive figure and empty-cell tokens.</summary>
    private sealed class Run(bool isText)
    {
        public bool IsText { get; } = isText;

        public List<ReportToken> Tokens { get; } = [];

        public string Printed => string.Join(" ", Tokens.Select(t => t.Kind == ReportTokenKind.Blank ? "(空白)" : t.Text));

        public string Key => ReportLabels.Key(string.Concat(Tokens.Select(t => t.Text)));

        public string Normalized => ReportLabels.Normalize(string.Concat(Tokens.Select(t => t.Text)));

        public int NumberCount => Tokens.Count(t => t.Kind == ReportTokenKind.Number);

        public string Location => Tokens.Count == 0 ? "" : (IsText ? Tokens[^1] : Tokens[0]).Location;

        public static List<Run> Split(IReadOnlyList<ReportToken> tokens)
        {
            var runs = new List<Run>();
            foreach (var token in tokens)
            {
                var isText = token.Kind == ReportTokenKind.Text;
                if (runs.Count == 0 || runs[^1].IsText != isText)
                {
                    runs.Add(new Run(isText));
                }

                runs[^1].Tokens.Add(token);
            }

            return runs;
        }
    }

    private sealed class RefusedException(string message, string? location) : Exception(message)
    {
        public string? Location { get; } = location;

        public bool RanTogether { get; init; }
    }
}
