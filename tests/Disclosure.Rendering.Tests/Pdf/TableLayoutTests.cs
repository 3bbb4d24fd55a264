using Disclosure.Form;
using Disclosure.Rendering.Pdf;
using Disclosure.Rendering.Pdf.Layout;
using Disclosure.Samples;

namespace Disclosure.Rendering.Tests.Pdf;

/// <summary>The table layout on fixed widths (every character 10 points): wrapping, row heights, spans, page breaks.</summary>
public sealed class TableLayoutTests
{
    private static readonly TableStyle Style = new(LineHeight: 12, PaddingX: 2, PaddingY: 4);

    private static MeasureText Fixed(bool bold) => text => text.Length * 10.0;

    [Fact]
    public void Cell_text_wraps_in_a_narrow_column_and_the_row_grows_to_hold_it()
    {
        var spec = new TableSpec(1, [44, 60],
            [new TableCell(0, 0, 1, 1, "结果维持结果纠正"), new TableCell(0, 1, 1, 1, "12", TextAlign.Right)], new HashSet<int>());
        var layout = TableLayout.Create(spec, Style, Fixed);

        Assert.Equal(["结果维持", "结果纠正"], layout.Cells[0].Lines.Select(l => l.Text));
        Assert.Equal(2 * 12 + 2 * 4, layout.RowHeights[0]);
        Assert.Equal(44, layout.Cells[1].X);
        Assert.Equal(60, layout.Cells[1].Width);
    }

    [Fact]
    public void A_merged_cell_shares_the_height_it_lacks_among_its_rows()
    {
        // One character a line: nine lines need 9 × 12 + 8 = 116 points over three rows of 20.
        var spec = new TableSpec(3, [14, 40],
        [
            new TableCell(0, 0, 3, 1, "三本年度办理结果共九"[..9]),
            new TableCell(0, 1, 1, 1, "1"), new TableCell(1, 1, 1, 1, "2"), new TableCell(2, 1, 1, 1, "3"),
        ], new HashSet<int>());
        var layout = TableLayout.Create(spec, Style, Fixed);

        Assert.Equal(9, layout.Cells[0].Lines.Count);
        Assert.Equal(116, layout.Height, 6);
        Assert.All(layout.RowHeights, h => Assert.Equal(116 / 3.0, h, 6));
    }

    [Fact]
    public void A_table_broken_across_pages_repeats_its_header_rows_and_loses_no_row()
    {
        // Two header rows (a band and the column headings), then 30 rows of 20 points.
        var cells = new List<TableCell> { new(0, 0, 1, 2, "申请人情况", TextAlign.Center, true), new(1, 0, 1, 1, "自然人"), new(1, 1, 1, 1, "总计") };
        for (var r = 2; r < 32; r++)
        {
            cells.Add(new TableCell(r, 0, 1, 1, "0", TextAlign.Right));
            cells.Add(new TableCell(r, 1, 1, 1, "0", TextAlign.Right));
        }

        var layout = TableLayout.Create(new TableSpec(32, [100, 100], cells, new HashSet<int> { 0, 1 }), Style, Fixed);
        var slices = layout.Paginate(firstAvailable: 150, pageAvailable: 300);

        Assert.Equal([], slices[0].RepeatedRows);
        Assert.Equal(0, slices[0].FirstRow);
        Assert.All(slices.Skip(1), s => Assert.Equal([0, 1], s.RepeatedRows));
        Assert.Equal(Enumerable.Range(0, 32), slices.SelectMany(s => Enumerable.Range(s.FirstRow, s.LastRow - s.FirstRow + 1)));
        Assert.All(slices.Select((s, i) => s.Rows.Sum(r => layout.RowHeights[r]) <= (i == 0 ? 150 : 300)), Assert.True);
        Assert.Equal(6, slices[0].LastRow); // the header (40) and rows 2-6 (100) fill 140 of 150; row 7 would make 160
    }

    [Fact]
    public void A_header_is_never_left_alone_at_the_foot_of_a_page()
    {
        var cells = new List<TableCell> { new(0, 0, 1, 1, "表头"), new(1, 0, 1, 1, "表头") };
        cells.AddRange(Enumerable.Range(2, 5).Select(r => new TableCell(r, 0, 1, 1, "1")));
        var layout = TableLayout.Create(new TableSpec(7, [100], cells, new HashSet<int> { 0, 1 }), Style, Fixed);

        // 50 points hold the two header rows (40) but not the first row with them: the table starts on the next page.
        var slices = layout.Paginate(firstAvailable: 50, pageAvailable: 500);

        Assert.True(slices[0].IsEmpty);
        Assert.Equal(0, slices[1].FirstRow);
        Assert.Equal(6, slices[1].LastRow);
        Assert.Empty(slices[1].RepeatedRows);
    }

    [Fact]
    public void The_forms_tables_fill_the_type_area_with_the_label_of_three_one_character_wide()
    {
        var form = NationalForm.Edition2021;
        foreach (var grid in form.Grids)
        {
            var spec = FormTableSpec.Create(grid, key => SeedFigures2022.Figures[key], 442, 10.5, 3);
            Assert.Equal(442, spec.ColumnWidths.Sum(), 6);
            Assert.All(spec.ColumnWidths, w => Assert.True(w >= 10.5 + 6 - 1e-9, $"{grid.Section.Title}: a column of {w}"));
            Assert.Equal(grid.Cells.Count(c => c.Figure is not null), spec.Cells.Count(c => c.Align == TextAlign.Right));
        }

        var requests = FormTableSpec.Create(form.Grids.Single(g => g.Section.Code == "requests"), key => SeedFigures2022.Figures[key], 442, 10.5, 3);
        Assert.Equal(10.5 + 6, requests.ColumnWidths[0], 6); // 三、本年度办理结果 reads downwards
        Assert.Equal([0, 1, 2], requests.HeaderRows.Order());
        var layout = TableLayout.Create(requests, new TableStyle(13.65, 3, 3.5), Fixed2);
        var label = layout.Cells.Single(c => c.Cell.Text == "三、本年度办理结果");
        Assert.All(label.Lines, l => Assert.Single(l.Pieces));
    }

    private static MeasureText Fixed2(bool bold) => text => text.Sum(ch => ch < 0x2000 ? 5.25 : 10.5);

    [Theory]
    [InlineData(0, FigureKind.Count, "0")]
    [InlineData(177, FigureKind.Count, "177")]
    [InlineData(1190, FigureKind.Amount10kYuan, "1190")]
    [InlineData(7730.28, FigureKind.Amount10kYuan, "7730.28")]
    [InlineData(0.0015, FigureKind.Amount10kYuan, "0.0015")]
    public void Figures_print_as_given(double value, FigureKind kind, string printed)
    {
        Assert.Equal(printed, FormTableSpec.Format((decimal)value, kind));
    }

    [Fact]
    public void An_amount_keeps_the_decimals_it_was_given()
    {
        Assert.Equal("12.50", FormTableSpec.Format(12.50m, FigureKind.Amount10kYuan));
        Assert.Equal("3", FormTableSpec.Format(3.0m, FigureKind.Count));
    }
}
