using Disclosure.Form;

namespace Disclosure.Workbooks;

/// <summary>
/// Lays out the main sheet: the office's metadata, then sections 二, 三 and 四 as the national form draws
/// them, every figure cell named by its key. Driven entirely by the form definition.
/// </summary>
internal static class StatisticsSheet
{
    public const string SheetName = "统计表";

    private const double FigureWidth = 11;
    private static readonly double[] LabelWidths = [8, 13, 42];

    public static SheetModel Build(FormEdition form, TemplateRequest request, string templateVersion)
    {
        // Every grid's figures start in the same column, so the label columns are as many as the widest grid needs.
        var labelColumns = Math.Max(LabelWidths.Length, form.Grids.Max(g => g.LabelColumns));
        var lastColumn = labelColumns + form.Grids.Max(g => g.FigureColumns);

        var sheet = new SheetModel(SheetName, landscape: true);
        for (var c = 1; c <= lastColumn; c++)
        {
            sheet.ColumnWidths[c] = c > labelColumns ? FigureWidth : c <= LabelWidths.Length ? LabelWidths[c - 1] : 10;
        }

        var layout = new Cursor(sheet, labelColumns, lastColumn);
        layout.Title($"{request.OfficeName} {request.Year}年度政府信息公开工作年度报告统计表");
        layout.Note("黄色单元格为填报项,无数据请填 0。合计单元格请填写本单位实际统计的合计数;合计与分项之和不一致时,该单元格显示为红色,请核对。");
        layout.Metadata(form, request, templateVersion);

        foreach (var grid in form.Grids)
        {
            layout.SectionHeading(grid.Section.Title);
            layout.Grid(grid);
        }

        AddChecks(sheet, form);
        return sheet;
    }

    // Each arithmetic rule of the form becomes a highlight on the cell it holds against the others.
    private static void AddChecks(SheetModel sheet, FormEdition form)
    {
        var cells = sheet.Names.ToDictionary(n => n.Name, n => n.Cell, StringComparer.Ordinal);
        CellReference At(FigureDefinition f) => cells[WorkbookNames.ForKey(f.Key)];
        foreach (var check in form.Checks)
        {
            var expected = Sum(check.Plus.Select(At));
            if (check.Minus.Count > 0)
            {
                expected += "-" + Sum(check.Minus.Select(At));
            }

            var cell = At(check.Cell);
            var op = check.Comparison == Comparison.Equal ? "<>" : "<";
            // Stay quiet until something is entered, so a blank template is not a sea of red.
            var parts = check.Plus.Concat(check.Minus).Append(check.Cell).Select(At);
            sheet.Checks.Add(new VisibleCheck(cell, $"AND(COUNT({Ranges(parts)})>0,{cell.Absolute}{op}{expected})", check.Severity == Severity.Warning));
        }
    }

    private static string Sum(IEnumerable<CellReference> cells) => $"SUM({Ranges(cells)})";

    // Collapses runs of adjacent cells into ranges: D12,D13,…,D32 → $D$12:$D$32; D12,…,I12 → $D$12:$I$12.
    private static string Ranges(IEnumerable<CellReference> cells)
    {
        var distinct = cells.Distinct().ToList();
        var across = distinct.All(c => c.Row == distinct[0].Row);
        var sorted = across ? distinct.OrderBy(c => c.Column).ToList() : distinct.OrderBy(c => c.Column).ThenBy(c => c.Row).ToList();
        bool Next(CellReference a, CellReference b) =>
            across ? b.Column == a.Column + 1 : b.Column == a.Column && b.Row == a.Row + 1;

        var ranges = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && Next(sorted[j], sorted[j + 1]))
            {
                j++;
            }

            ranges.Add(j == i ? sorted[i].Absolute : $"{sorted[i].Absolute}:{sorted[j].Absolute}");
            i = j + 1;
        }

        return string.Join(",", ranges);
    }

    /// <summary>Walks down the sheet, writing one block after another.</summary>
    private sealed class Cursor(SheetModel sheet, int labelColumns, int lastColumn)
    {
        private int _row = 1;

        private int FirstFigure => labelColumns + 1;

        public void Title(string text)
        {
            sheet.Box(_row, 1, _row, lastColumn, text, CellStyle.Title);
            sheet.Height(_row, 30);
            _row++;
        }

        public void Note(string text)
        {
            sheet.Box(_row, 1, _row, lastColumn, text, CellStyle.Note);
            _row += 2;
        }

        public void Metadata(FormEdition form, TemplateRequest request, string templateVersion)
        {
            var valueRight = Math.Min(lastColumn, FirstFigure + 6);
            foreach (var field in form.Metadata)
            {
                var (text, number, style) = field.Key switch
                {
                    NationalForm.MetaOfficeId => (request.OfficeId, (decimal?)null, CellStyle.Prefilled),
                    NationalForm.MetaOfficeName => (request.OfficeName, null, CellStyle.TextInput),
                    NationalForm.MetaYear => (null, request.Year, CellStyle.Prefilled),
                    NationalForm.MetaTemplateVersion => (templateVersion, null, CellStyle.Prefilled),
                    _ => (field.Key == NationalForm.MetaContact ? request.Contact : null, null, CellStyle.TextInput),
                };
                sheet.Box(_row, 1, _row, labelColumns, field.Required ? field.Label : $"{field.Label}(选填)", CellStyle.Label);
                sheet.Box(_row, FirstFigure, _row, valueRight, text, style, number);
                sheet.Names.Add((WorkbookNames.ForKey(field.Key), new CellReference(_row, FirstFigure)));
                _row++;
            }

            _row++;
        }

        public void SectionHeading(string text)
        {
            sheet.Box(_row, 1, _row, lastColumn, text, CellStyle.SectionHeading);
            sheet.Height(_row, 24);
            _row++;
        }

        /// <summary>
        /// A section's tables as the form draws them (<see cref="TableGrid"/>), figures aligned under each
        /// other: a grid's last label column stretches to the sheet's label columns, and a grid with none (四)
        /// gets its table's heading there.
        /// </summary>
        public void Grid(TableGrid grid)
        {
            int Left(int column) => column < grid.LabelColumns ? 1 + column : FirstFigure + column - grid.LabelColumns;
            int Right(GridCell cell) => cell.LastColumn == grid.LabelColumns - 1 ? labelColumns : Left(cell.LastColumn);

            if (grid.LabelColumns == 0)
            {
                sheet.Box(_row, 1, _row + grid.RowCount - 1, labelColumns, grid.Section.Tables[0].Heading, CellStyle.GroupLabel);
            }

            foreach (var cell in grid.Cells)
            {
                var top = _row + cell.Row;
                var bottom = _row + cell.LastRow;
                if (cell.Figure is { } figure)
                {
                    Input(figure, top, Left(cell.Column), bottom, Right(cell));
                    continue;
                }

                sheet.Box(top, Left(cell.Column), bottom, Right(cell), cell.Text, cell.Kind switch
                {
                    GridCellKind.Caption => CellStyle.TableHeading,
                    GridCellKind.GroupLabel => CellStyle.GroupLabel,
                    GridCellKind.Label => CellStyle.Label,
                    _ => CellStyle.Header,
                });
            }

            // A row of figures only (四) is made taller so it reads as the table's body.
            if (grid.CellsStartingOn(grid.RowCount - 1).All(c => c.Kind == GridCellKind.Figure))
            {
                sheet.Height(_row + grid.RowCount - 1, 24);
            }

            _row += grid.RowCount + 1;
        }

        private void Input(FigureDefinition figure, int top, int left, int bottom, int right)
        {
            var amount = figure.Kind == FigureKind.Amount10kYuan;
            var at = new CellReference(top, left);
            sheet.Box(top, left, bottom, right, null, amount ? CellStyle.AmountInput : CellStyle.CountInput);
            (amount ? sheet.AmountInputs : sheet.CountInputs).Add(at);
            sheet.Names.Add((WorkbookNames.ForKey(figure.Key), at));
        }
    }
}
