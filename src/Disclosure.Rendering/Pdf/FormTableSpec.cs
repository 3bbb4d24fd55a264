using System.Globalization;
using Disclosure.Form;
using Disclosure.Rendering.Pdf.Layout;

namespace Disclosure.Rendering.Pdf;

/// <summary>
/// A section's grid of the national form (<see cref="TableGrid"/>) as a table to lay out: every cell as the form
/// draws it (captions, grouped headers, merged labels), figures right-aligned and formatted as given, and column
/// widths that keep the table on a portrait page as published reports do: figure columns a few characters wide,
/// a label column that holds only tall merged labels one character wide (its text reads downwards), the other
/// label columns sharing what is left.
/// </summary>
public static class FormTableSpec
{
    /// <summary>A figure as printed: a count as a whole number, an amount with the decimals it was given (never through a float).</summary>
    public static string Format(decimal value, FigureKind kind) =>
        kind == FigureKind.Count && decimal.Truncate(value) == value
            ? decimal.Truncate(value).ToString("0", CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);

    /// <param name="charWidth">The width of one Chinese character in the table's type (its size in points).</param>
    public static TableSpec Create(TableGrid grid, Func<string, decimal> figure, double width, double charWidth, double padding)
    {
        var cells = grid.Cells.Select(c => new TableCell(
            c.Row, c.Column, c.RowSpan, c.ColumnSpan,
            c.Figure is { } f ? Format(figure(f.Key), f.Kind) : c.Text ?? "",
            c.Kind switch
            {
                GridCellKind.Figure => TextAlign.Right,
                GridCellKind.Header or GridCellKind.Caption or GridCellKind.GroupLabel => TextAlign.Center,
                _ => TextAlign.Left,
            },
            Bold: c.Kind is GridCellKind.Caption)).ToList();

        var headerRows = Enumerable.Range(0, grid.RowCount)
            .Where(r => grid.CellsStartingOn(r).All(c => c.Kind is GridCellKind.Header or GridCellKind.Caption))
            .ToHashSet();
        return new TableSpec(grid.RowCount, ColumnWidths(grid, width, charWidth, padding), cells, headerRows);
    }

    /// <summary>Column widths summing to <paramref name="width"/>.</summary>
    public static IReadOnlyList<double> ColumnWidths(TableGrid grid, double width, double charWidth, double padding)
    {
        var widths = new double[grid.ColumnCount];
        var figureWidth = 3 * charWidth + 2 * padding;
        var narrowWidth = charWidth + 2 * padding;
        var natural = new double[grid.LabelColumns];
        var flexible = new List<int>();
        for (var c = 0; c < grid.LabelColumns; c++)
        {
            var own = grid.Cells.Where(x => x.Column == c && x.ColumnSpan == 1 && x.Kind != GridCellKind.Header).ToList();
            var narrow = c < grid.LabelColumns - 1 && own.Count > 0 &&
                         own.All(x => x.Kind == GridCellKind.GroupLabel && x.RowSpan >= (x.Text ?? "").Length);
            if (narrow)
            {
                widths[c] = narrowWidth;
            }
            else
            {
                flexible.Add(c);
                natural[c] = own.Select(x => (x.Text ?? "").Length).DefaultIfEmpty(4).Max() * charWidth + 2 * padding;
            }
        }

        var fixedLabels = widths.Take(grid.LabelColumns).Sum();
        var naturalLabels = flexible.Sum(c => natural[c]);
        var left = width - fixedLabels - grid.FigureColumns * figureWidth;
        if (grid.LabelColumns == 0 || left < 0)
        {
            // Figures share the width (四: fifteen columns two characters wide).
            var labelShare = grid.LabelColumns == 0 ? 0 : Math.Min(naturalLabels, width * 0.4);
            foreach (var c in flexible)
            {
                widths[c] = labelShare * natural[c] / naturalLabels;
            }

            for (var c = grid.LabelColumns; c < grid.ColumnCount; c++)
            {
                widths[c] = (width - fixedLabels - labelShare) / grid.FigureColumns;
            }

            return widths;
        }

        if (naturalLabels <= left)
        {
            // Labels at their natural width, figures share the rest (二).
            foreach (var c in flexible)
            {
                widths[c] = Math.Min(left / flexible.Count, Math.Max(natural[c], width / grid.ColumnCount));
            }

            naturalLabels = flexible.Sum(c => widths[c]);
            var figures = (width - fixedLabels - naturalLabels) / grid.FigureColumns;
            for (var c = grid.LabelColumns; c < grid.ColumnCount; c++)
            {
                widths[c] = figures;
            }

            return widths;
        }

        // Labels wrap: they share what the figures leave, in proportion to their text but never under four characters (三).
        var minimum = 4 * charWidth + 2 * padding;
        var share = flexible.ToDictionary(c => c, c => Math.Max(minimum, left * natural[c] / naturalLabels));
        var scale = left / share.Values.Sum();
        foreach (var c in flexible)
        {
            widths[c] = share[c] * scale;
        }

        for (var c = grid.LabelColumns; c < grid.ColumnCount; c++)
        {
            widths[c] = figureWidth;
        }

        return widths;
    }
}
