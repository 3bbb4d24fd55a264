using Disclosure.Workbooks;

namespace Disclosure.Tests.Workbooks;

/// <summary>A1 references as defined names and sheets spell them, within Excel's own bounds (1,048,576 rows, XFD columns).</summary>
public class CellReferenceTests
{
    [Theory]
    [InlineData("A1", 1, 1)]
    [InlineData("D12", 12, 4)]
    [InlineData("$D$12", 12, 4)]
    [InlineData("d12", 12, 4)]
    [InlineData("Z9", 9, 26)]
    [InlineData("AA10", 10, 27)]
    [InlineData("XFD1048576", 1_048_576, 16_384)]
    [InlineData("A9999999", 0, 0)] // seven digits, over the last row
    [InlineData("XFE1", 0, 0)] // one column past XFD
    [InlineData("A1048577", 0, 0)]
    [InlineData("A0", 0, 0)]
    [InlineData("AAAA1", 0, 0)] // four letters
    [InlineData("A12345678", 0, 0)] // eight digits
    [InlineData("A00000001", 0, 0)] // eight digits even when they read as row 1: no more than seven are taken
    [InlineData("MWLRALP1", 0, 0)] // seven letters whose column number, counted on, wraps around a 32-bit int to 10,524
    [InlineData("D12:D13", 0, 0)]
    [InlineData("12", 0, 0)]
    [InlineData("D", 0, 0)]
    [InlineData("$", 0, 0)]
    [InlineData("", 0, 0)]
    [InlineData("R1C1", 0, 0)]
    public void Parses_a1_references_and_nothing_else(string text, int row, int column)
    {
        var parsed = CellReference.TryParse(text, out var reference);

        Assert.Equal(row > 0, parsed);
        Assert.Equal(parsed ? new CellReference(row, column) : default, reference);
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(4, "D")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(52, "AZ")]
    [InlineData(53, "BA")]
    [InlineData(702, "ZZ")]
    [InlineData(703, "AAA")]
    [InlineData(16_384, "XFD")]
    public void Names_columns_as_excel_does(int column, string name)
    {
        Assert.Equal(name, CellReference.ColumnName(column));
        Assert.True(CellReference.TryParse(name + "7", out var back));
        Assert.Equal(new CellReference(7, column), back);
    }

    [Fact]
    public void Prints_relative_and_absolute_spellings()
    {
        var cell = new CellReference(53, 10);

        Assert.Equal("J53", cell.ToString());
        Assert.Equal("$J$53", cell.Absolute);
    }

    [Fact]
    public void Packed_positions_differ_for_every_cell_of_a_corner_of_the_sheet()
    {
        var cells = from row in new[] { 1, 2, 3, 65_536, 65_537, 1_048_576 }
                    from column in new[] { 1, 2, 3, 255, 256, 16_384 }
                    select new CellReference(row, column);

        Assert.Equal(36, cells.Select(c => c.Packed).Distinct().Count());
        Assert.Equal(((long)12 << 16) + 4, new CellReference(12, 4).Packed);
    }
}
