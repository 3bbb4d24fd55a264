namespace Disclosure.Workbooks;

/// <summary>The cell types of SpreadsheetML (the c element's t attribute).</summary>
internal enum RawCellKind
{
    Number,
    SharedString,
    InlineString,
    FormulaString,
    Boolean,
    Error,
    Date,
}

/// <summary>A cell as stored: its type, its stored value (a shared-string index for <see cref="RawCellKind.SharedString"/>), whether it holds a formula.</summary>
internal readonly record struct RawCell(CellReference Reference, RawCellKind Kind, string? Value, bool HasFormula)
{
    public bool IsText => Kind is RawCellKind.SharedString or RawCellKind.InlineString or RawCellKind.FormulaString;

    public int SharedStringIndex => Kind == RawCellKind.SharedString && int.TryParse(Value, out var i) ? i : -1;
}
