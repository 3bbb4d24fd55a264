namespace Disclosure.Form;

/// <summary>
/// Derives the <see cref="TableGrid"/>s from the form's sections, tables, rows and columns. The drawing is the
/// national form's, as published reports print it (the seed report's HTML export shows every span).
/// </summary>
internal static class TableGridBuilder
{
    public static IReadOnlyList<TableGrid> Build(FormEdition form) =>
        [.. form.Sections.Where(s => !s.IsNarrative).Select(s => Section(form, s))];

    private static TableGrid Section(FormEdition form, FormSection section)
    {
        var across = section.Tables.Any(t => t.DrawnAcross);
        var labelColumns = across ? 0 : section.Tables.Max(t => t.Rows.Max(r => r.GroupLabels.Count) + 1);
        var figureColumns = section.Tables.Max(t => t.DrawnAcross ? t.Rows.Count * t.Columns.Count : t.Columns.Count);
        var cells = new List<GridCell>();
        var row = 0;
        foreach (var table in section.Tables)
        {
            row = table.DrawnAcross
                ? Across(form, table, row, cells)
                : Down(form, table, row, labelColumns, figureColumns, captioned: section.Tables.Count > 1, cells);
        }

        return new TableGrid(section, row, labelColumns, figureColumns,
            [.. cells.OrderBy(c => c.Row).ThenBy(c => c.Column)]);
    }

    /// <summary>A table drawn as the form draws 二 and 三: labels on the left, one row per form row.</summary>
    private static int Down(FormEdition form, FormTable table, int row, int labelColumns, int figureColumns, bool captioned, List<GridCell> cells)
    {
        var width = labelColumns + figureColumns;
        if (captioned)
        {
            cells.Add(new GridCell(row, 0, 1, width, GridCellKind.Caption, table.Heading));
            row++;
        }

        // A section of one table carries its heading as a band over the columns (申请人情况).
        var banded = !captioned;
        var grouped = table.Columns.Any(c => c.GroupLabel is not null);
        var headerRows = (banded ? 1 : 0) + (grouped ? 2 : 1);
        cells.Add(new GridCell(row, 0, headerRows, labelColumns, GridCellKind.Header, table.Corner));
        var top = row;
        if (banded)
        {
            cells.Add(new GridCell(top, labelColumns, 1, figureColumns, GridCellKind.Header, table.Heading));
            top++;
        }

        for (var i = 0; i < table.Columns.Count;)
        {
            var column = table.Columns[i];
            var at = labelColumns + i;
            if (column.GroupLabel is null)
            {
                cells.Add(new GridCell(top, at, grouped ? 2 : 1, ColumnSpan(table, i, figureColumns), GridCellKind.Header, column.Label));
                i++;
                continue;
            }

            var run = Run(table.Columns, i, c => c.GroupLabel == column.GroupLabel);
            cells.Add(new GridCell(top, at, 1, run, GridCellKind.Header, column.GroupLabel));
            for (var k = 0; k < run; k++)
            {
                cells.Add(new GridCell(top + 1, at + k, 1, 1, GridCellKind.Header, table.Columns[i + k].Label));
            }

            i += run;
        }

        row += headerRows;
        for (var i = 0; i < table.Rows.Count; i++, row++)
        {
            var formRow = table.Rows[i];
            var depth = formRow.GroupLabels.Count;
            for (var level = 0; level < depth; level++)
            {
                if (i == 0 || !SameGroups(table.Rows[i - 1], formRow, level))
                {
                    var run = Run(table.Rows, i, r => SameGroups(r, formRow, level));
                    cells.Add(new GridCell(row, level, run, 1, GridCellKind.GroupLabel, formRow.GroupLabels[level]));
                }
            }

            cells.Add(new GridCell(row, depth, 1, labelColumns - depth, GridCellKind.Label, formRow.Label));
            for (var k = 0; k < table.Columns.Count; k++)
            {
                cells.Add(new GridCell(row, labelColumns + k, 1, ColumnSpan(table, k, figureColumns), GridCellKind.Figure, null,
                    form.Figure(table, formRow.Code, table.Columns[k].Code)));
            }
        }

        return row;
    }

    /// <summary>
    /// A table drawn as the form draws 四: each form row a band of columns under its group heading, its
    /// column headings reaching down to the last header row, and all figures on one row.
    /// </summary>
    private static int Across(FormEdition form, FormTable table, int row, List<GridCell> cells)
    {
        var headerRows = table.Rows.Max(r => r.GroupLabels.Count) + 2;
        var width = table.Columns.Count;
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var formRow = table.Rows[i];
            var left = i * width;
            var depth = formRow.GroupLabels.Count;
            for (var level = 0; level < depth; level++)
            {
                if (i == 0 || !SameGroups(table.Rows[i - 1], formRow, level))
                {
                    var run = Run(table.Rows, i, r => SameGroups(r, formRow, level));
                    cells.Add(new GridCell(row + level, left, 1, run * width, GridCellKind.Header, formRow.GroupLabels[level]));
                }
            }

            cells.Add(new GridCell(row + depth, left, 1, width, GridCellKind.Header, formRow.Label));
            for (var k = 0; k < width; k++)
            {
                cells.Add(new GridCell(row + depth + 1, left + k, headerRows - depth - 1, 1, GridCellKind.Header, table.Columns[k].Label));
                cells.Add(new GridCell(row + headerRows, left + k, 1, 1, GridCellKind.Figure, null,
                    form.Figure(table, formRow.Code, table.Columns[k].Code)));
            }
        }

        return row + headerRows + 1;
    }

    // A table narrower than its section's grid stretches its last column to the grid's edge (二's one-column tables).
    private static int ColumnSpan(FormTable table, int index, int figureColumns) =>
        index == table.Columns.Count - 1 ? figureColumns - index : 1;

    private static int Run<T>(IReadOnlyList<T> items, int start, Func<T, bool> same)
    {
        var run = 0;
        while (start + run < items.Count && same(items[start + run]))
        {
            run++;
        }

        return run;
    }

    private static bool SameGroups(FormRow a, FormRow b, int level) =>
        a.GroupLabels.Count > level && b.GroupLabels.Count > level && a.GroupLabels.Take(level + 1).SequenceEqual(b.GroupLabels.Take(level + 1));
}
