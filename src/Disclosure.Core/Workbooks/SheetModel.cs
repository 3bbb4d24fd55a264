namespace Disclosure.Workbooks;

/// <summary>The look of a template cell; the numbers are the cell formats of <see cref="TemplateStyles"/>.</summary>
internal enum CellStyle : uint
{
    Default = 0,
    Title,
    Note,
    SectionHeading,
    TableHeading,
    Header,
    Label,
    GroupLabel,
    CountInput,
    AmountInput,
    TextInput,
    NarrativeInput,
    Prefilled,
}

internal sealed record ModelCell(string? Text, decimal? Number, CellStyle Style);

/// <summary>A check shown on the sheet: <paramref name="Formula"/> is true when the total cell is inconsistent.</summary>
internal sealed record VisibleCheck(CellReference Cell, string Formula, bool IsWarning);

/// <summary>
/// A worksheet as the template lays it out, before it becomes Open XML: cells, merged boxes, names,
/// inputs and checks. Keeping layout apart from the SDK calls keeps both readable.
/// </summary>
internal sealed class SheetModel(string name, bool landscape)
{
    // Height of one line of 11-point CJK text, in points, and the default row height.
    private const double LineHeight = 14.5;
    private const double MinRowHeight = 18;

    public string Name { get; } = name;

    public bool Landscape { get; } = landscape;

    public SortedDictionary<long, (CellReference Reference, ModelCell Cell)> Cells { get; } = [];

    public List<(CellReference From, CellReference To)> Merges { get; } = [];

    public SortedDictionary<int, double> RowHeights { get; } = [];

    public SortedDictionary<int, double> ColumnWidths { get; } = [];

    public List<(string Name, CellReference Cell)> Names { get; } = [];

    public List<CellReference> CountInputs { get; } = [];

    public List<CellReference> AmountInputs { get; } = [];

    public List<VisibleCheck> Checks { get; } = [];

    public int LastColumn => ColumnWidths.Count == 0 ? 1 : ColumnWidths.Keys.Max();

    public void Set(CellReference at, string? text, decimal? number, CellStyle style) =>
        Cells[at.Packed] = (at, new ModelCell(text, number, style));

    /// <summary>
    /// Writes <paramref name="text"/> into a box of cells (merged when larger than one), styles every cell
    /// of it so borders show, and makes its rows tall enough for the wrapped text.
    /// </summary>
    public void Box(int top, int left, int bottom, int right, string? text, CellStyle style, decimal? number = null)
    {
        for (var r = top; r <= bottom; r++)
        {
            for (var c = left; c <= right; c++)
            {
                Set(new CellReference(r, c), r == top && c == left ? text : null, r == top && c == left ? number : null, style);
            }
        }

        if (top != bottom || left != right)
        {
            Merges.Add((new CellReference(top, left), new CellReference(bottom, right)));
        }

        if (!string.IsNullOrEmpty(text))
        {
            FitHeight(top, bottom, left, right, text);
        }
    }

    public void Height(int row, double points) => RowHeights[row] = Math.Max(points, RowHeights.GetValueOrDefault(row, MinRowHeight));

    private void FitHeight(int top, int bottom, int left, int right, string text)
    {
        var width = 0.0;
        for (var c = left; c <= right; c++)
        {
            width += ColumnWidths.GetValueOrDefault(c, 9);
        }

        // A CJK character is about two width units; leave one unit of padding per box.
        var units = text.Sum(ch => ch > 0x2E80 ? 2.0 : 1.0);
        var lines = Math.Max(1, Math.Ceiling(units / Math.Max(1, width - 1)));
        var perRow = lines * LineHeight / (bottom - top + 1) + 4;
        for (var r = top; r <= bottom; r++)
        {
            Height(r, perRow);
        }
    }
}
