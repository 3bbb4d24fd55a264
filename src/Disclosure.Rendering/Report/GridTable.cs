using System.Globalization;
using Disclosure.Form;
using Disclosure.Reading;

namespace Disclosure.Rendering.Report;

/// <summary>
/// One HTML table cut from a section's <see cref="TableGrid"/>: a grid's caption cells (二's 第二十条 第(一)项 …) start a
/// table of their own; a section of one table is captioned by the section's heading, "收到和处理政府信息公开申请情况统计表" (a
/// caption of its own: its scrolling box is a landmark named by it, beside the section's). The rows above the first row
/// with a label or a figure are the table's head.
/// </summary>
internal sealed record GridTable(string Id, string Caption, bool CaptionShown, int ColumnCount,
    IReadOnlyList<IReadOnlyList<GridCell>> HeadRows, IReadOnlyList<IReadOnlyList<GridCell>> BodyRows)
{
    /// <summary>Tables this many columns wide keep a readable width and scroll in their box on a phone.</summary>
    private const int WideFrom = 6;

    public bool IsWide => ColumnCount >= WideFrom;

    public static IReadOnlyList<GridTable> From(TableGrid grid)
    {
        var tables = new List<GridTable>();
        string? caption = null;
        var head = new List<IReadOnlyList<GridCell>>();
        var body = new List<IReadOnlyList<GridCell>>();

        void Close()
        {
            if (head.Count + body.Count > 0)
            {
                tables.Add(new GridTable($"t-{grid.Section.Code}-{tables.Count + 1}", caption ?? $"{grid.Section.Heading}统计表", caption is not null,
                    grid.ColumnCount, [.. head], [.. body]));
            }

            head.Clear();
            body.Clear();
        }

        for (var row = 0; row < grid.RowCount; row++)
        {
            var cells = grid.CellsStartingOn(row).ToList();
            if (cells is [{ Kind: GridCellKind.Caption } captionCell])
            {
                Close();
                caption = captionCell.Text;
                continue;
            }

            (body.Count == 0 && cells.All(c => c.Kind == GridCellKind.Header) ? head : body).Add(cells);
        }

        Close();
        return tables;
    }

    /// <summary>A heading's scope: a header over one column or over several; a group of rows; a row.</summary>
    public static string? Scope(GridCell cell) => cell.Kind switch
    {
        GridCellKind.Header => cell.ColumnSpan > 1 ? "colgroup" : "col",
        GridCellKind.GroupLabel => "rowgroup",
        GridCellKind.Label => "row",
        _ => null,
    };

    /// <summary>
    /// A figure as the page prints it: counts as whole numbers; amounts with exactly the decimals they were given
    /// (7730.28 stays 7730.28, 12.50 stays 12.50).
    /// </summary>
    public static string FigureText(FigureDefinition figure, decimal value) => figure.Kind == FigureKind.Amount10kYuan
        ? value.ToString(CultureInfo.InvariantCulture)
        : Disclosure.Reading.FigureText.Format(value);
}
