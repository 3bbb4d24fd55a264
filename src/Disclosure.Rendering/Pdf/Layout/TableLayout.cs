namespace Disclosure.Rendering.Pdf.Layout;

/// <summary>A cell of a table to lay out: its top-left position, spans, text and how its text sits.</summary>
public sealed record TableCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text, TextAlign Align = TextAlign.Left, bool Bold = false)
{
    public int LastRow => Row + RowSpan - 1;

    public int LastColumn => Column + ColumnSpan - 1;
}

/// <summary>
/// A table to lay out: column widths in points, its cells (each once, at its top-left position), and which rows are
/// header rows (repeated at the top of each page the table continues on).
/// </summary>
public sealed record TableSpec(int RowCount, IReadOnlyList<double> ColumnWidths, IReadOnlyList<TableCell> Cells, IReadOnlySet<int> HeaderRows);

/// <summary>Type and spacing of a table: the pitch of its text lines and the padding inside each cell.</summary>
public sealed record TableStyle(double LineHeight, double PaddingX, double PaddingY);

/// <summary>A cell with its wrapped lines and its box (x from the table's left, y from the top of its first row).</summary>
public sealed record LaidCell(TableCell Cell, IReadOnlyList<TextLine> Lines, double X, double Width);

/// <summary>
/// What goes on one page of a table: the header rows repeated from an earlier page (none on the first), then the
/// rows <see cref="FirstRow"/> to <see cref="LastRow"/>. An empty slice (no rows) means the table starts on the next page.
/// </summary>
public sealed record TableSlice(IReadOnlyList<int> RepeatedRows, int FirstRow, int LastRow)
{
    public bool IsEmpty => LastRow < FirstRow;

    /// <summary>The rows drawn on this page, top to bottom.</summary>
    public IEnumerable<int> Rows => RepeatedRows.Concat(Enumerable.Range(FirstRow, Math.Max(0, LastRow - FirstRow + 1)));
}

/// <summary>
/// Lays out a grid with row and column spans: wraps each cell's text in its width, sizes rows so every cell fits
/// (a spanning cell's extra height shared by its rows), and breaks the table across pages between rows, keeping a
/// block of header rows whole and with the row after it, and repeating the header rows above the continued rows.
/// Pure: measures text through <see cref="MeasureText"/>, knows nothing of PDF.
/// </summary>
public sealed class TableLayout
{
    private TableLayout(TableSpec spec, IReadOnlyList<double> rowHeights, IReadOnlyList<LaidCell> cells)
    {
        Spec = spec;
        RowHeights = rowHeights;
        Cells = cells;
    }

    public TableSpec Spec { get; }

    public IReadOnlyList<double> RowHeights { get; }

    public IReadOnlyList<LaidCell> Cells { get; }

    public double Width => Spec.ColumnWidths.Sum();

    public double Height => RowHeights.Sum();

    /// <param name="measure">Measures text in a cell's font: regular, or bold when the argument is true.</param>
    public static TableLayout Create(TableSpec spec, TableStyle style, Func<bool, MeasureText> measure)
    {
        var widths = spec.ColumnWidths;
        var left = new double[widths.Count + 1];
        for (var i = 0; i < widths.Count; i++)
        {
            left[i + 1] = left[i] + widths[i];
        }

        var minimum = style.LineHeight + 2 * style.PaddingY;
        var heights = Enumerable.Repeat(minimum, spec.RowCount).ToArray();
        var laid = new List<LaidCell>(spec.Cells.Count);
        foreach (var cell in spec.Cells)
        {
            var x = left[cell.Column];
            var width = left[cell.LastColumn + 1] - x;
            var lines = LineBreaker.Break(cell.Text, Math.Max(1, width - 2 * style.PaddingX), measure(cell.Bold));
            laid.Add(new LaidCell(cell, lines, x, width));
        }

        // Single-row cells first, then spanning cells from the shortest span: each spanning cell shares what it lacks among its rows.
        foreach (var cell in laid.OrderBy(c => c.Cell.RowSpan))
        {
            var need = cell.Lines.Count * style.LineHeight + 2 * style.PaddingY;
            var have = 0.0;
            for (var r = cell.Cell.Row; r <= cell.Cell.LastRow; r++)
            {
                have += heights[r];
            }

            if (need > have)
            {
                var share = (need - have) / cell.Cell.RowSpan;
                for (var r = cell.Cell.Row; r <= cell.Cell.LastRow; r++)
                {
                    heights[r] += share;
                }
            }
        }

        return new TableLayout(spec, heights, laid);
    }

    /// <summary>
    /// Cuts the table into pages: <paramref name="firstAvailable"/> points are left on the current page, and
    /// <paramref name="pageAvailable"/> on each following one. A block of rows that cannot fit even on an empty page is
    /// placed alone and overflows (never loops).
    /// </summary>
    public IReadOnlyList<TableSlice> Paginate(double firstAvailable, double pageAvailable)
    {
        var slices = new List<TableSlice>();
        var repeated = (IReadOnlyList<int>)[];
        var first = 0;
        var used = 0.0;
        var available = firstAvailable;
        var row = 0;
        while (row < Spec.RowCount)
        {
            var end = BlockEnd(row);
            var height = Sum(row, end);
            if (used + height > available + 1e-6 && (row > first || slices.Count == 0))
            {
                slices.Add(new TableSlice(repeated, first, row - 1));
                repeated = Spec.HeaderRows.Contains(row) ? [] : HeaderBlockBefore(row);
                first = row;
                used = repeated.Sum(r => RowHeights[r]);
                available = pageAvailable;
                if (used + height > available)
                {
                    repeated = []; // a header taller than the page is not repeated
                    used = 0;
                }
            }

            used += height;
            row = end + 1;
        }

        slices.Add(new TableSlice(repeated, first, Spec.RowCount - 1));
        return slices;
    }

    /// <summary>
    /// The last row of the block starting at <paramref name="row"/> that must stay on one page: a run of header rows
    /// (with the row after it), extended over any header cell that spans further.
    /// </summary>
    private int BlockEnd(int row)
    {
        var end = row;
        if (!Spec.HeaderRows.Contains(row))
        {
            return end;
        }

        while (end + 1 < Spec.RowCount && Spec.HeaderRows.Contains(end + 1))
        {
            end++;
        }

        foreach (var cell in Spec.Cells)
        {
            if (Spec.HeaderRows.Contains(cell.Row) && cell.Row >= row && cell.Row <= end)
            {
                end = Math.Max(end, cell.LastRow);
            }
        }

        return Math.Min(end + 1, Spec.RowCount - 1);
    }

    /// <summary>The header rows above <paramref name="row"/>: the nearest run of header rows before it.</summary>
    private List<int> HeaderBlockBefore(int row)
    {
        var last = row - 1;
        while (last >= 0 && !Spec.HeaderRows.Contains(last))
        {
            last--;
        }

        var block = new List<int>();
        for (var r = last; r >= 0 && Spec.HeaderRows.Contains(r); r--)
        {
            block.Insert(0, r);
        }

        return block;
    }

    private double Sum(int from, int to)
    {
        var sum = 0.0;
        for (var r = from; r <= to; r++)
        {
            sum += RowHeights[r];
        }

        return sum;
    }
}
