namespace Disclosure.Form;

/// <summary>
/// One cell of a <see cref="TableGrid"/>: its top-left position (0-based), how many rows and columns it spans,
/// and what it holds. Text is the form's wording; a figure cell has no text but its <see cref="Figure"/>.
/// </summary>
public sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan, GridCellKind Kind, string? Text, FigureDefinition? Figure = null)
{
    /// <summary>The figure's cell key (requests.received.natural_person); null for headings and labels.</summary>
    public string? Key => Figure?.Key;

    public int LastRow => Row + RowSpan - 1;

    public int LastColumn => Column + ColumnSpan - 1;
}
