using Disclosure.Form;
using Disclosure.Validation;

namespace Disclosure.PublishedReports.Fragments;

/// <summary>
/// 三's rows out of a fragment layout. A line whose label names a row of the form (in the form's order) holds that
/// row. Between two such lines, the lines of figures without a label of their own fill the rows the form has between
/// them, in order, when there are exactly as many of them as rows missing, each with exactly a row's figures, and any
/// label fragment on such a line is part of the row's label. A number alone on a line, where every row has seven, is
/// a stray (left out, said so). Anything else refuses the report.
/// </summary>
internal sealed class RequestRowAssembly
{
    private readonly FormEdition _form;
    private readonly FormTable _table;
    private readonly List<RowLabel> _labels;
    private readonly string[] _groupKeys;

    public RequestRowAssembly(FormEdition form)
    {
        _form = form;
        _table = form.Requests;
        _labels = [.. _table.Rows.Select(ReportLabels.For)];
        _groupKeys = [.. _table.RowGroupLabels.Select(ReportLabels.Key)];
    }

    /// <summary>Every row of 三 in the form's order with the line that holds it, once <see cref="Assemble"/> has run.</summary>
    public List<AssembledRow> Rows { get; } = [];

    /// <summary>Numbers alone on a line, left out: a blank cell of the table may be where one belongs.</summary>
    public List<FragmentLine> Strays { get; } = [];

    public bool IsFirstRow(FragmentLine line) => Names(line, 0).Contains(0);

    /// <summary>Assembles the rows from <paramref name="first"/> on; returns the index of the line of the last row.</summary>
    public int Assemble(IReadOnlyList<FragmentLine> lines, int first, List<Finding> findings)
    {
        var columns = _table.Columns.Count;
        var next = 0;
        FragmentLine? previous = null;
        var unlabelled = new List<FragmentLine>();
        for (var i = first; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!line.HasFigures)
            {
                // Headings, header rows split mid-word and labels floating away from their figures: not trusted.
                continue;
            }

            if (line.Mixed)
            {
                throw new FragmentRefusal($"{line.Location}:“{_form.Requests.Section.Title}”的表格被拆散,此行的数字({line.Printed})夹在文字之间,无法确定属于哪一行,不予读取。", line.Location);
            }

            var names = Names(line, 0);
            var ahead = names.Where(r => r >= next).ToList();
            if (ahead.Count > 1)
            {
                throw new FragmentRefusal(
                    $"{line.Location}:行标签“{string.Concat(line.Label.Select(t => t.Text))}”可读作“{_table.Rows[ahead[0]].Label}”或“{_table.Rows[ahead[1]].Label}”,无法确定,不予读取。", line.Location);
            }

            if (ahead.Count == 1)
            {
                var row = ahead[0];
                Fill(previous, line, next, row, unlabelled, findings);
                Rows.Add(new AssembledRow(_table.Rows[row], line.Label, line));
                if (row == _table.Rows.Count - 1)
                {
                    return i;
                }

                next = row + 1;
                previous = line;
                unlabelled.Clear();
                continue;
            }

            if (names.Count > 0)
            {
                throw new FragmentRefusal(
                    $"{line.Location}:“{_table.Rows[names[0]].Label}”一行在前面已经读过或不在格式的位置上,表格的行序无法确定,不予读取。", line.Location);
            }

            if (line.LabelKey.Length == 0 && line.NumberCount == 1 && columns > 1)
            {
                // A number alone on a line where every row has seven is no row; the rows around it must still add up to the form's.
                findings.Add(Rules.ReportVariant.RaiseAt(null, line.Location,
                    $"{line.Location}:单独一行的数字“{line.Printed}”不属于“{_table.Section.Title}”表格的任何一行(每行 {columns} 个数字),未读取;"));
                Strays.Add(line);
                continue;
            }

            if (!line.IsWholeRowOf(columns))
            {
                throw new FragmentRefusal(
                    $"{line.Location}:“{_table.Section.Title}”的表格被拆散,此行有 {line.NumberCount} 个数字({line.Printed})而没有可辨认的行标签,每行应有 {columns} 个数字,无法确定属于哪一行,不予读取。", line.Location);
            }

            unlabelled.Add(line);
        }

        throw new FragmentRefusal(
            $"“{_table.Section.Title}”的表格被拆散,未找到与数字印在同一行的“{_table.Rows[^1].Label}”一行,表格的范围无法确定,不予读取。", null);
    }

    /// <summary>The unlabelled lines between two labelled rows become the rows the form has between them, if they fit one way.</summary>
    private void Fill(FragmentLine? previous, FragmentLine line, int from, int to, List<FragmentLine> unlabelled, List<Finding> findings)
    {
        var missing = to - from;
        var before = previous is null ? "表头" : _table.Rows[from - 1].Label;
        if (unlabelled.Count != missing)
        {
            var wanted = missing == 0 ? "不缺行" : $"缺 {missing} 行(“{_table.Rows[from].Label}”起)";
            throw new FragmentRefusal(
                $"{line.Location}:“{_table.Section.Title}”的表格被拆散,“{before}”与“{_table.Rows[to].Label}”两行之间按格式{wanted},却有 {unlabelled.Count} 行无标签的数字,无法确定各行数字属于哪一行,不予读取。", line.Location);
        }

        for (var k = 0; k < missing; k++)
        {
            var row = _table.Rows[from + k];
            var fragment = unlabelled[k];
            var full = ReportLabels.Key(string.Concat(row.GroupLabels) + row.Label);
            if (fragment.LabelKey.Length > 0 && !full.Contains(fragment.LabelKey, StringComparison.Ordinal))
            {
                throw new FragmentRefusal(
                    $"{fragment.Location}:按格式的行序此行应为“{row.Label}”,但行首的文字“{string.Concat(fragment.Label.Select(t => t.Text))}”不是该行标签的一部分,无法确定,不予读取。", fragment.Location);
            }

            var cell = _form.Figure(_table, row.Code, _table.Columns[0].Code).Key;
            findings.Add(Rules.ReportFragment.RaiseAt(cell, fragment.Location, fragment.Location, fragment.Printed, before, _table.Rows[to].Label, missing, row.FullLabel));
            Rows.Add(new AssembledRow(row, [ReportToken.FromCell(row.Label, fragment.Location)], fragment));
        }
    }

    /// <summary>The rows (from <paramref name="from"/> on) whose label the line's label text ends with.</summary>
    private List<int> Names(FragmentLine line, int from) =>
        line.LabelKey.Length == 0
            ? []
            : [.. Enumerable.Range(from, _labels.Count - from)
                .Where(r => ReportTableParser.MatchPrinted(line.LabelKey, _labels[r], _groupKeys).Kind != ReportTableParser.MatchKind.None)];
}

/// <summary>A row of 三 with the label to read it by (as printed, or the form's for a row placed by order) and its line.</summary>
internal sealed record AssembledRow(FormRow Row, IReadOnlyList<ReportToken> Label, FragmentLine Line);
