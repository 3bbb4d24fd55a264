using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.Workbooks;

/// <summary>
/// Reads a workbook without the template's names (an office's own copy of the form) by finding the
/// form's row labels and column headers wherever they sit, and taking the figure where row and column meet.
/// </summary>
internal static class LabelledTablesReader
{
    // Longer texts are narrative, never a row label or header; skipping them keeps matching cheap.
    private const int MaxLabelLength = 80;

    // Above this many text cells, labels are matched exactly (after normalisation, numbering aside) and not
    // fuzzily: an office's copy of the form has a few hundred, and fuzzy matching grows with cells × labels.
    private const int FuzzyMatchingLimit = 5_000;

    // How far below a group heading (行政复议) its column headers may sit.
    private const int MaxHeaderDepth = 3;

    private sealed record LabelCell(int Sheet, CellReference Cell, string Text, string Normalized)
    {
        public string Bare { get; } = LabelMatching.WithoutNumbering(Normalized);
    }

    public static FormDocument Read(XlsxPackage package, WorkbookIndex index, FormEdition form, CellBudget budget, List<Finding> findings)
    {
        var grids = new List<Dictionary<long, RawCell>>();
        foreach (var sheet in index.Sheets)
        {
            var grid = new Dictionary<long, RawCell>();
            using (var reader = package.OpenXml(sheet.PartPath))
            {
                WorksheetScanner.Scan(reader, budget, _ => true, c => grid[c.Reference.Packed] = c);
            }

            grids.Add(grid);
        }

        var document = new FormDocument(form, SourceFormat.Workbook);
        var values = new CellContent(document, findings, SharedStringsReader.Read(package, index.SharedStringsPath, budget, wanted: null));
        var labels = new List<LabelCell>();
        for (var s = 0; s < grids.Count; s++)
        {
            foreach (var cell in grids[s].Values.Where(c => c.IsText).OrderBy(c => c.Reference.Row).ThenBy(c => c.Reference.Column))
            {
                if (values.Text(cell) is { Length: <= MaxLabelLength } text)
                {
                    labels.Add(new LabelCell(s, cell.Reference, text, LabelMatching.Normalize(text)));
                }
            }
        }

        var reading = new Reading(index, grids, labels, values);
        foreach (var table in form.Tables)
        {
            var rows = reading.FindRows(table);
            if (LooksAcross(rows))
            {
                reading.Across(form, table, rows);
            }
            else
            {
                reading.Down(form, table, rows);
            }
        }

        reading.Metadata(form, document);
        reading.Narratives(form, document);
        return document;
    }

    // 四 in the form: its row labels (行政复议, 未经复议直接起诉 …) stand side by side as column headings, not one under another.
    private static bool LooksAcross(Dictionary<FormRow, LabelCell> rows) =>
        rows.Count > 1 && rows.Values.Select(c => c.Cell.Column).Distinct().Count() == rows.Count;

    private sealed class Reading(WorkbookIndex index, List<Dictionary<long, RawCell>> grids, List<LabelCell> labels, CellContent values)
    {
        // Cells naming each header (本年处理决定数量, 总计 …), found once: column labels repeat across tables.
        private readonly Dictionary<string, List<LabelCell>> _headers = new(StringComparer.Ordinal);

        /// <summary>For each row of the table, the cell that names it best (a cell names only the row it matches best).</summary>
        public Dictionary<FormRow, LabelCell> FindRows(FormTable table)
        {
            var best = new Dictionary<FormRow, (LabelCell Cell, double Score)>();
            foreach (var label in Candidates(table.Rows.SelectMany(r => r.Aliases.Prepend(r.Label))))
            {
                var row = LabelMatching.BestRow(label.Normalized, table.Rows, LabelMatching.DefaultThreshold, out var score);
                if (row is not null && (!best.TryGetValue(row, out var current) || score > current.Score))
                {
                    best[row] = (label, score);
                }
            }

            return best.ToDictionary(b => b.Key, b => b.Value.Cell);
        }

        /// <summary>A table as 二 and 三 draw it: the figure sits on the row label's line, under its column header.</summary>
        public void Down(FormEdition form, FormTable table, Dictionary<FormRow, LabelCell> rows)
        {
            if (rows.Count == 0)
            {
                return;
            }

            foreach (var (row, label) in rows)
            {
                // The header is the nearest one above the table's first label on the same sheet (两张表都有“本年处理决定数量”).
                var top = rows.Values.Where(r => r.Sheet == label.Sheet).Min(r => r.Cell.Row);
                foreach (var column in table.Columns)
                {
                    var header = Headers(column.Label)
                        .Where(l => l.Sheet == label.Sheet && l.Cell.Row < top && l.Cell.Column > label.Cell.Column)
                        .OrderByDescending(l => l.Cell.Row)
                        .ThenBy(l => l.Cell.Column)
                        .FirstOrDefault();
                    if (header is not null)
                    {
                        Figure(form.Figure(table, row.Code, column.Code), label.Sheet, new CellReference(label.Cell.Row, header.Cell.Column));
                    }
                }
            }
        }

        /// <summary>A table as 四 draws it: each row a block of column headers under its label, the figures on one line below.</summary>
        public void Across(FormEdition form, FormTable table, Dictionary<FormRow, LabelCell> rows)
        {
            var headers = new List<(FigureDefinition Figure, LabelCell Header)>();
            foreach (var (row, label) in rows)
            {
                foreach (var column in table.Columns)
                {
                    var header = Headers(column.Label)
                        .Where(l => l.Sheet == label.Sheet && l.Cell.Row > label.Cell.Row && l.Cell.Row <= label.Cell.Row + MaxHeaderDepth
                            && l.Cell.Column >= label.Cell.Column)
                        .OrderBy(l => l.Cell.Row)
                        .ThenBy(l => l.Cell.Column)
                        .FirstOrDefault();
                    if (header is not null)
                    {
                        headers.Add((form.Figure(table, row.Code, column.Code), header));
                    }
                }
            }

            foreach (var sheet in headers.GroupBy(h => h.Header.Sheet))
            {
                var dataRow = sheet.Max(h => h.Header.Cell.Row) + 1;
                foreach (var (figure, header) in sheet)
                {
                    Figure(figure, sheet.Key, new CellReference(dataRow, header.Cell.Column));
                }
            }
        }

        public void Metadata(FormEdition form, FormDocument document)
        {
            foreach (var field in form.Metadata)
            {
                var name = LabelMatching.Normalize(field.Label);
                var label = labels.FirstOrDefault(l => LabelMatching.ScoreNormalized(l.Normalized, name) >= LabelMatching.SameWithoutNumbering
                    || l.Normalized.StartsWith(name + "(", StringComparison.Ordinal));
                if (label is not null && RightOf(label) is var (cell, text))
                {
                    document.SetMetadata(field.Key, text.Trim(), Location(label.Sheet, cell));
                }
            }
        }

        public void Narratives(FormEdition form, FormDocument document)
        {
            foreach (var section in form.NarrativeSections)
            {
                var title = LabelMatching.Normalize(section.Title);
                var heading = labels.FirstOrDefault(l => l.Normalized == title);
                if (heading is null)
                {
                    continue;
                }

                var text = RightOf(heading)?.Text ?? Below(heading);
                if (text is not null)
                {
                    document.Narratives[section.Code] = text.Trim();
                }
            }
        }

        private (CellReference Cell, string Text)? RightOf(LabelCell label)
        {
            foreach (var cell in grids[label.Sheet].Values.Where(c => c.Reference.Row == label.Cell.Row && c.Reference.Column > label.Cell.Column)
                         .OrderBy(c => c.Reference.Column))
            {
                if (values.Text(cell) is { } text)
                {
                    return (cell.Reference, text);
                }
            }

            return null;
        }

        private string? Below(LabelCell heading)
        {
            for (var r = heading.Cell.Row + 1; r <= heading.Cell.Row + 2; r++)
            {
                if (grids[heading.Sheet].TryGetValue(new CellReference(r, heading.Cell.Column).Packed, out var cell) && values.Text(cell) is { } text)
                {
                    return text;
                }
            }

            return null;
        }

        private void Figure(FigureDefinition figure, int sheet, CellReference cell)
        {
            RawCell? raw = grids[sheet].TryGetValue(cell.Packed, out var found) ? found : null;
            values.Figure(figure, raw, Location(sheet, cell));
        }

        private string Location(int sheet, CellReference cell) => $"{index.Sheets[sheet].Name}!{cell}";

        /// <summary>The cells worth scoring against these form labels: all of them in a form-sized workbook, else only exact matches.</summary>
        private IEnumerable<LabelCell> Candidates(IEnumerable<string> formLabels)
        {
            if (labels.Count <= FuzzyMatchingLimit)
            {
                return labels;
            }

            var wanted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var normalized in formLabels.Select(LabelMatching.Normalize))
            {
                wanted.Add(normalized);
                wanted.Add(LabelMatching.WithoutNumbering(normalized));
            }

            return labels.Where(l => wanted.Contains(l.Normalized) || wanted.Contains(l.Bare));
        }

        private List<LabelCell> Headers(string label)
        {
            if (!_headers.TryGetValue(label, out var cells))
            {
                var normalized = LabelMatching.Normalize(label);
                _headers[label] = cells = [.. Candidates([label]).Where(l => LabelMatching.ScoreNormalized(l.Normalized, normalized) >= LabelMatching.DefaultThreshold)];
            }

            return cells;
        }
    }
}
