namespace Disclosure.Form;

/// <summary>
/// A section's tables as the form draws them: a rectangular grid of cells with row and column spans, in
/// reading order (row by row, left to right), so an HTML table, a PDF table or a worksheet is a loop over
/// <see cref="Cells"/>. The first <see cref="LabelColumns"/> columns hold headings and row labels, the rest figures.
/// </summary>
public sealed class TableGrid
{
    internal TableGrid(FormSection section, int rowCount, int labelColumns, int figureColumns, IReadOnlyList<GridCell> cells)
    {
        Section = section;
        RowCount = rowCount;
        LabelColumns = labelColumns;
        FigureColumns = figureColumns;
        Cells = cells;
    }

    public FormSection Section { get; }

    public int RowCount { get; }

    public int ColumnCount => LabelColumns + FigureColumns;

    /// <summary>Columns on the left for labels: 1 in 二, 3 in 三 (三、本年度办理结果 | (三)不予公开 | 1.属于国家秘密), none in 四.</summary>
    public int LabelColumns { get; }

    public int FigureColumns { get; }

    /// <summary>Every cell, each once at its top-left position, ordered by row and then column.</summary>
    public IReadOnlyList<GridCell> Cells { get; }

    /// <summary>The cells whose top-left position is on <paramref name="row"/>, left to right.</summary>
    public IEnumerable<GridCell> CellsStartingOn(int row) => Cells.Where(c => c.Row == row);
}
