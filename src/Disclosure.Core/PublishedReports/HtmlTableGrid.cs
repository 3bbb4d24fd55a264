using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Disclosure.PublishedReports;

/// <summary>
/// An HTML table expanded into a grid: a cell spanning rows or columns occupies every slot it covers, so
/// each slot knows the cell that fills it and whether it is that cell's own (top-left) slot.
/// </summary>
internal sealed class HtmlTableGrid
{
    // Spans beyond any real report table are clamped, so a hostile rowspan cannot allocate without bound.
    private const int MaxSpan = 100;

    private readonly List<Slot?[]> _rows = [];

    public HtmlTableGrid(IHtmlTableElement table)
    {
        var r = 0;
        foreach (var row in table.Rows)
        {
            var c = 0;
            foreach (var cell in row.Cells)
            {
                while (Get(r, c) is not null)
                {
                    c++;
                }

                var rowSpan = Math.Clamp(cell.RowSpan, 1, MaxSpan);
                var colSpan = Math.Clamp(cell.ColumnSpan, 1, MaxSpan);
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    for (var dc = 0; dc < colSpan; dc++)
                    {
                        Set(r + dr, c + dc, new Slot(cell, dr == 0 && dc == 0));
                    }
                }

                c += colSpan;
            }

            r++;
        }

        RowCount = r;
    }

    /// <summary>Rows of the table (tr elements); spans reaching below the last tr are cut off.</summary>
    public int RowCount { get; }

    /// <summary>The cells that start in this row, left to right, with their grid column.</summary>
    public IEnumerable<(int Column, IHtmlTableCellElement Cell)> OwnCells(int row)
    {
        if (row >= _rows.Count)
        {
            yield break;
        }

        var slots = _rows[row];
        for (var c = 0; c < slots.Length; c++)
        {
            if (slots[c] is { IsOrigin: true } slot)
            {
                yield return (c, slot.Cell);
            }
        }
    }

    public static string CellText(IElement cell) => string.Join(" ", (cell.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private Slot? Get(int row, int column) => row < _rows.Count && column < _rows[row].Length ? _rows[row][column] : null;

    private void Set(int row, int column, Slot slot)
    {
        while (_rows.Count <= row)
        {
            _rows.Add([]);
        }

        if (_rows[row].Length <= column)
        {
            var grown = new Slot?[Math.Max(column + 1, _rows[row].Length * 2)];
            _rows[row].CopyTo(grown, 0);
            _rows[row] = grown;
        }

        _rows[row][column] ??= slot;
    }

    private sealed record Slot(IHtmlTableCellElement Cell, bool IsOrigin);
}
