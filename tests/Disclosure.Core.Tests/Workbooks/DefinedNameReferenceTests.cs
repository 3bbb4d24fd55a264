using Disclosure.Workbooks;

namespace Disclosure.Tests.Workbooks;

/// <summary>The reference of a defined name, as Excel and other generators spell it: quoted or not, absolute or not, a cell or a range.</summary>
public class DefinedNameReferenceTests
{
    [Theory]
    [InlineData("'统计表'!$D$12", "统计表", 12, 4)]
    [InlineData("统计表!D12", "统计表", 12, 4)] // unquoted: the name is kept whole
    [InlineData("Sheet1!$D$12:$D$12", "Sheet1", 12, 4)] // a range: its top-left cell
    [InlineData("Sheet1!$D$12:$F$14", "Sheet1", 12, 4)]
    [InlineData("'It''s'!A1", "It's", 1, 1)] // a quote inside a quoted name is doubled
    [InlineData("'a'!B2", "a", 2, 2)]
    [InlineData(" '统计表' ! D12 ", "统计表", 12, 4)]
    public void Reads_the_sheet_and_the_cell(string text, string sheet, int row, int column)
    {
        Assert.True(NamedCellsReader.TryParseReference(text, out var parsedSheet, out var cell));
        Assert.Equal((sheet, new CellReference(row, column)), (parsedSheet, cell));
    }

    [Theory]
    [InlineData("42")] // a constant, not a place
    [InlineData("D12")] // no sheet
    [InlineData("!D12")]
    [InlineData("#REF!")] // a name whose cells were deleted
    [InlineData("统计表!#REF!")]
    [InlineData("统计表!R12C4")]
    public void Refuses_what_is_not_a_cell_on_a_sheet(string text)
    {
        Assert.False(NamedCellsReader.TryParseReference(text, out _, out _));
    }
}
