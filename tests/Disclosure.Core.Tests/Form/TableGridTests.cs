using Disclosure.Form;

namespace Disclosure.Tests.Form;

public class TableGridTests
{
    private static readonly FormEdition Form = NationalForm.Edition2021;

    [Fact]
    public void Every_figure_is_drawn_exactly_once_in_its_sections_grid()
    {
        Assert.Equal(["proactive", "requests", "appeals"], Form.Grids.Select(g => g.Section.Code));
        foreach (var grid in Form.Grids)
        {
            var drawn = grid.Cells.Where(c => c.Kind == GridCellKind.Figure).Select(c => c.Figure!.Key).ToList();
            var expected = Form.Figures.Where(f => f.Section == grid.Section).Select(f => f.Key);
            Assert.Equal(expected.Order(StringComparer.Ordinal), drawn.Order(StringComparer.Ordinal));
            Assert.All(grid.Cells.Where(c => c.Kind != GridCellKind.Figure), c => Assert.Null(c.Figure));
        }

        Assert.Equal(200, Form.Grids.Sum(g => g.Cells.Count(c => c.Kind == GridCellKind.Figure)));
    }

    [Fact]
    public void Cells_tile_each_grid_without_gaps_or_overlaps()
    {
        foreach (var grid in Form.Grids)
        {
            var owner = new GridCell?[grid.RowCount, grid.ColumnCount];
            foreach (var cell in grid.Cells)
            {
                Assert.True(cell.RowSpan >= 1 && cell.ColumnSpan >= 1, $"{grid.Section.Code}: {cell} has an empty span");
                Assert.True(cell.Row >= 0 && cell.LastRow < grid.RowCount && cell.Column >= 0 && cell.LastColumn < grid.ColumnCount,
                    $"{grid.Section.Code}: {cell} reaches outside the grid");
                for (var r = cell.Row; r <= cell.LastRow; r++)
                {
                    for (var c = cell.Column; c <= cell.LastColumn; c++)
                    {
                        Assert.True(owner[r, c] is null, $"{grid.Section.Code}: ({r},{c}) is covered by {owner[r, c]} and {cell}");
                        owner[r, c] = cell;
                    }
                }
            }

            for (var r = 0; r < grid.RowCount; r++)
            {
                for (var c = 0; c < grid.ColumnCount; c++)
                {
                    Assert.True(owner[r, c] is not null, $"{grid.Section.Code}: ({r},{c}) is covered by no cell");
                }
            }

            Assert.Equal(grid.Cells.OrderBy(c => c.Row).ThenBy(c => c.Column), grid.Cells);
            Assert.All(grid.Cells.Where(c => c.Kind == GridCellKind.Figure), c => Assert.True(c.Column >= grid.LabelColumns, $"{c} stands among the labels"));
            Assert.All(grid.Cells.Where(c => c.Kind is GridCellKind.Label or GridCellKind.GroupLabel),
                c => Assert.True(c.LastColumn < grid.LabelColumns, $"{c} reaches into the figures"));
        }
    }

    [Fact]
    public void Draws_the_request_table_with_its_row_groups_and_the_forms_note()
    {
        var grid = Form.Grids.Single(g => g.Section.Code == "requests");
        Assert.Equal(3, grid.LabelColumns);
        Assert.Equal(7, grid.FigureColumns);
        var corner = grid.Cells[0];
        Assert.Equal((0, 0, 3, 3, GridCellKind.Header), (corner.Row, corner.Column, corner.RowSpan, corner.ColumnSpan, corner.Kind));
        Assert.Contains(NationalForm.RequestsBalanceNote, corner.Text, StringComparison.Ordinal);

        var stateSecret = Form.Requests.Row("withheld.state_secret");
        var results = grid.Cells.Single(c => c.Text == stateSecret.GroupLabels[0]);
        Assert.Equal((GridCellKind.GroupLabel, 0, 22), (results.Kind, results.Column, results.RowSpan));
        var withheld = grid.Cells.Single(c => c.Text == stateSecret.GroupLabels[1]);
        Assert.Equal((1, 8), (withheld.Column, withheld.RowSpan));
        var received = grid.Cells.Single(c => c.Text == Form.Requests.Row("received").Label);
        Assert.Equal((GridCellKind.Label, 0, 3), (received.Kind, received.Column, received.ColumnSpan));
    }

    [Fact]
    public void Draws_appeals_across_as_bands_over_one_row_of_figures()
    {
        var grid = Form.Grids.Single(g => g.Section.Code == "appeals");
        Assert.Equal(0, grid.LabelColumns);
        Assert.Equal(15, grid.ColumnCount);
        var appeals = Form.Appeals;
        var review = appeals.Row("review");
        var litigation = appeals.Rows.Where(r => r.GroupLabels.Count > 0).ToList();

        // 行政复议 | 行政诉讼 over all of its groups; then 行政复议's results reaching down beside the lawsuit groups.
        Assert.Equal([review.Label, litigation[0].GroupLabels[0]], grid.CellsStartingOn(0).Select(c => c.Text));
        Assert.Equal(10, grid.CellsStartingOn(0).Last().ColumnSpan);
        Assert.Equal([.. appeals.Columns.Select(c => c.Label), .. litigation.Select(r => r.Label)], grid.CellsStartingOn(1).Select(c => c.Text));
        Assert.All(grid.CellsStartingOn(1).Take(appeals.Columns.Count), c => Assert.Equal(2, c.RowSpan));
        Assert.Equal(15, grid.CellsStartingOn(grid.RowCount - 1).Count(c => c.Kind == GridCellKind.Figure));
    }

    [Fact]
    public void Names_the_outcome_rows_that_handled_total_adds_up()
    {
        var rows = Form.Requests.Rows.Select(r => r.Code).ToList();
        Assert.Equal(rows[rows.IndexOf("disclosed")..rows.IndexOf("handled_total")], Form.RequestOutcomes.Select(r => r.Code));
        Assert.Equal(21, Form.RequestOutcomes.Count);
    }
}
