using Disclosure.Form;
using Disclosure.Workbooks;

namespace Disclosure.Validation;

/// <summary>
/// Groups findings for people (the CLI's table, the validation page): findings of one rule with the same
/// wording after the figure's label become one line per table when they cover a whole table, else one
/// line per row; every other finding is a line of its own. Lines keep the order of their first finding,
/// so findings sorted by <see cref="FindingOrder"/> give lines in the form's order. The JSON report keeps
/// every finding.
/// </summary>
public static class FindingLines
{
    private const string LabelSeparator = " · ";

    public static IReadOnlyList<FindingLine> Group(IReadOnlyList<Finding> findings, FormEdition form)
    {
        var parts = findings.Select(f => Part.Of(f, form)).ToList();
        var wholeTables = parts
            .Where(p => p.Figure is not null)
            .GroupBy(p => (p.Finding.Rule, p.Finding.Severity, p.Figure!.Table, p.Rest))
            .Where(g => Covers(g, g.Key.Table))
            .Select(g => g.Key)
            .ToHashSet();
        var rowCounts = parts
            .Where(p => p.Figure is not null)
            .GroupBy(p => (p.Finding.Rule, p.Finding.Severity, p.Figure!.Table, p.Figure.Row, p.Rest))
            .ToDictionary(g => g.Key, g => g.Select(p => p.Figure!.Key).Distinct(StringComparer.Ordinal).Count());

        // One key per line: the table, the row, or the finding's own position.
        object KeyOf(Part p, int index)
        {
            if (p.Figure is not { } figure)
            {
                return index;
            }

            var table = (p.Finding.Rule, p.Finding.Severity, figure.Table, p.Rest);
            if (wholeTables.Contains(table))
            {
                return table;
            }

            var row = (p.Finding.Rule, p.Finding.Severity, figure.Table, figure.Row, p.Rest);
            return rowCounts[row] > 1 ? row : index;
        }

        return
        [
            .. parts.Select((p, i) => (Part: p, Key: KeyOf(p, i)))
                .GroupBy(x => x.Key) // keeps the order of first appearance
                .Select(g => Line([.. g.Select(x => x.Part)], form)),
        ];
    }

    private static bool Covers(IEnumerable<Part> parts, FormTable table)
    {
        var cells = parts.Select(p => p.Figure!.Key).ToHashSet(StringComparer.Ordinal);
        return table.Rows.Count * table.Columns.Count > 1 && cells.Count == table.Rows.Count * table.Columns.Count;
    }

    private static FindingLine Line(IReadOnlyList<Part> parts, FormEdition form)
    {
        var first = parts[0].Finding;
        var findings = parts.Select(p => p.Finding).ToList();
        if (parts.Count == 1)
        {
            var subject = parts[0].Figure?.Label ?? form.Metadata.FirstOrDefault(m => m.Key == first.Cell)?.Label ?? first.Cell;
            return new FindingLine(first.Rule, first.Severity, subject, first.Cell is null ? [] : [first.Cell], first.Location, first.Message, findings);
        }

        var figures = parts.Select(p => p.Figure!).DistinctBy(f => f.Key).ToList();
        var table = figures[0].Table;
        var label = figures.Count == table.Rows.Count * table.Columns.Count
            ? $"{TableLabel(table)} 全表 {figures.Count} 项"
            : $"{RowLabel(figures[0])}{LabelSeparator}{Columns(figures.Select(f => f.Column).ToList())}";
        return new FindingLine(first.Rule, first.Severity, label, [.. figures.Select(f => f.Key)],
            Span(parts.Select(p => p.Finding.Location).ToList()), label + parts[0].Rest, findings);
    }

    private static string RowLabel(FigureDefinition figure) => figure.Table.Code is null
        ? string.Join(" ", figure.Row.GroupLabels.Append(figure.Row.Label))
        : $"{figure.Table.Heading} {figure.Row.Label}";

    private static string TableLabel(FormTable table) => table.Code is null ? table.Section.Title : table.Heading;

    private static string Columns(IReadOnlyList<FormColumn> columns) => columns.Count <= 3
        ? string.Join("、", columns.Select(c => c.Label))
        : $"{columns[0].Label}、{columns[1].Label}…{columns[^1].Label}";

    /// <summary>Cells of one sheet as the range that holds them (统计表!C10:I10); other places as the first and a count.</summary>
    private static string? Span(IReadOnlyList<string?> locations)
    {
        var known = locations.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (known.Count <= 1)
        {
            return known.FirstOrDefault();
        }

        var cells = new List<CellReference>();
        string? sheet = null;
        foreach (var location in known)
        {
            var bang = location.LastIndexOf('!');
            if (bang <= 0 || !CellReference.TryParse(location.AsSpan(bang + 1), out var cell) ||
                (sheet is not null && !string.Equals(sheet, location[..bang], StringComparison.Ordinal)))
            {
                return $"{known[0]} 等 {known.Count} 处";
            }

            sheet = location[..bang];
            cells.Add(cell);
        }

        var topLeft = new CellReference(cells.Min(c => c.Row), cells.Min(c => c.Column));
        var bottomRight = new CellReference(cells.Max(c => c.Row), cells.Max(c => c.Column));
        return $"{sheet}!{topLeft}:{bottomRight}";
    }

    /// <summary>A finding with its figure (when it names one) and its wording after the figure's label.</summary>
    private sealed record Part(Finding Finding, FigureDefinition? Figure, string Rest)
    {
        public static Part Of(Finding finding, FormEdition form) =>
            finding.Cell is { } cell && form.TryGetFigure(cell, out var figure) && finding.Message.StartsWith(figure.Label, StringComparison.Ordinal)
                ? new Part(finding, figure, finding.Message[figure.Label.Length..])
                : new Part(finding, null, finding.Message);
    }
}
