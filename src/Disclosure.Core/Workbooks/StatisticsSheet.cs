using Disclosure.Form;

namespace Disclosure.Workbooks;

/// <summary>
/// Lays out the main sheet: the office's metadata, then sections 二, 三 and 四 as the national form draws
/// them, every figure cell named by its key. Driven entirely by the form definition.
/// </summary>
internal static class StatisticsSheet
{
    public const string SheetName = "统计表";

    // Sections the form draws across the page: each row of the table becomes a block of columns over one data row (四).
    private static readonly HashSet<string> AcrossSections = new(StringComparer.Ordinal) { "appeals" };

    // Texts the printed form carries in its header corners, which the form model does not hold as figures.
    private const string ContentHeader = "信息内容";
    private const string BalanceNote = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)";

    private const double FigureWidth = 11;
    private static readonly double[] LabelWidths = [8, 13, 42];

    public static SheetModel Build(FormEdition form, TemplateRequest request, string templateVersion)
    {
        var labelColumns = Math.Max(LabelWidths.Length, form.Tables.Where(t => !IsAcross(t)).SelectMany(t => t.Rows).Max(r => r.GroupLabels.Count) + 1);
        var figureColumns = form.Tables.Max(t => IsAcross(t) ? t.Rows.Count * t.Columns.Count : t.Columns.Count);
        var lastColumn = labelColumns + figureColumns;

        var sheet = new SheetModel(SheetName, landscape: true);
        for (var c = 1; c <= lastColumn; c++)
        {
            sheet.ColumnWidths[c] = c > labelColumns ? FigureWidth : c <= LabelWidths.Length ? LabelWidths[c - 1] : 10;
        }

        var layout = new Cursor(sheet, labelColumns, lastColumn);
        layout.Title($"{request.OfficeName} {request.Year}年度政府信息公开工作年度报告统计表");
        layout.Note("黄色单元格为填报项,无数据请填 0。合计单元格请填写本单位实际统计的合计数;合计与分项之和不一致时,该单元格显示为红色,请核对。");
        layout.Metadata(form, request, templateVersion);

        foreach (var section in form.Sections.Where(s => !s.IsNarrative))
        {
            layout.SectionHeading(section.Title);
            foreach (var table in section.Tables)
            {
                if (IsAcross(table))
                {
                    layout.Across(form, table);
                }
                else
                {
                    layout.Down(form, table, showHeading: section.Tables.Count > 1);
                }
            }
        }

        AddChecks(sheet, form);
        return sheet;
    }

    private static bool IsAcross(FormTable table) => AcrossSections.Contains(table.Section.Code);

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

        /// <summary>A table drawn as the form draws 二 and 三: labels on the left, one row per form row.</summary>
        public void Down(FormEdition form, FormTable table, bool showHeading)
        {
            var right = labelColumns + table.Columns.Count;
            if (showHeading)
            {
                sheet.Box(_row, 1, _row, right, table.Heading, CellStyle.TableHeading);
                _row++;
            }

            var grouped = table.Columns.Any(c => c.GroupLabel is not null);
            var spanning = table.Code is null;
            var headerRows = (spanning ? 1 : 0) + (grouped ? 2 : 1);
            var corner = form.Checks.Any(c => c.Rule == Validation.Rules.RequestsBalance && c.Cell.Table == table) ? BalanceNote : spanning ? null : ContentHeader;
            sheet.Box(_row, 1, _row + headerRows - 1, labelColumns, corner, CellStyle.Header);

            var r = _row;
            if (spanning)
            {
                sheet.Box(r, FirstFigure, r, right, table.Heading, CellStyle.Header);
                r++;
            }

            for (var i = 0; i < table.Columns.Count;)
            {
                var column = table.Columns[i];
                var c = FirstFigure + i;
                if (!grouped)
                {
                    sheet.Box(r, c, r, c, column.Label, CellStyle.Header);
                    i++;
                }
                else if (column.GroupLabel is null)
                {
                    sheet.Box(r, c, r + 1, c, column.Label, CellStyle.Header);
                    i++;
                }
                else
                {
                    var run = table.Columns.Skip(i).TakeWhile(x => x.GroupLabel == column.GroupLabel).Count();
                    sheet.Box(r, c, r, c + run - 1, column.GroupLabel, CellStyle.Header);
                    for (var k = 0; k < run; k++)
                    {
                        sheet.Box(r + 1, c + k, r + 1, c + k, table.Columns[i + k].Label, CellStyle.Header);
                    }

                    i += run;
                }
            }

            _row += headerRows;
            for (var i = 0; i < table.Rows.Count; i++)
            {
                var row = table.Rows[i];
                var depth = row.GroupLabels.Count;
                for (var level = 0; level < depth; level++)
                {
                    if (i > 0 && SameGroups(table.Rows[i - 1], row, level))
                    {
                        continue;
                    }

                    var run = table.Rows.Skip(i).TakeWhile(x => SameGroups(x, row, level)).Count();
                    sheet.Box(_row, 1 + level, _row + run - 1, 1 + level, row.GroupLabels[level], CellStyle.GroupLabel);
                }

                sheet.Box(_row, 1 + depth, _row, labelColumns, row.Label, CellStyle.Label);
                for (var k = 0; k < table.Columns.Count; k++)
                {
                    Input(form.Figure(table, row.Code, table.Columns[k].Code), new CellReference(_row, FirstFigure + k));
                }

                _row++;
            }

            _row++;
        }

        /// <summary>A table drawn as the form draws 四: each form row a block of columns, all figures on one row.</summary>
        public void Across(FormEdition form, FormTable table)
        {
            var depth = table.Rows.Max(r => r.GroupLabels.Count);
            var columnsRow = _row + depth + 1;
            var dataRow = columnsRow + 1;
            var width = table.Columns.Count;
            sheet.Box(_row, 1, dataRow, labelColumns, table.Heading, CellStyle.GroupLabel);

            for (var i = 0; i < table.Rows.Count; i++)
            {
                var row = table.Rows[i];
                var left = FirstFigure + i * width;
                for (var level = 0; level < row.GroupLabels.Count; level++)
                {
                    if (i > 0 && SameGroups(table.Rows[i - 1], row, level))
                    {
                        continue;
                    }

                    var run = table.Rows.Skip(i).TakeWhile(x => SameGroups(x, row, level)).Count();
                    sheet.Box(_row + level, left, _row + level, left + run * width - 1, row.GroupLabels[level], CellStyle.Header);
                }

                sheet.Box(_row + row.GroupLabels.Count, left, columnsRow - 1, left + width - 1, row.Label, CellStyle.Header);
                for (var k = 0; k < width; k++)
                {
                    sheet.Box(columnsRow, left + k, columnsRow, left + k, table.Columns[k].Label, CellStyle.Header);
                    Input(form.Figure(table, row.Code, table.Columns[k].Code), new CellReference(dataRow, left + k));
                }
            }

            sheet.Height(dataRow, 24);
            _row = dataRow + 2;
        }

        private void Input(FigureDefinition figure, CellReference at)
        {
            var amount = figure.Kind == FigureKind.Amount10kYuan;
            sheet.Set(at, null, null, amount ? CellStyle.AmountInput : CellStyle.CountInput);
            (amount ? sheet.AmountInputs : sheet.CountInputs).Add(at);
            sheet.Names.Add((WorkbookNames.ForKey(figure.Key), at));
        }

        private static bool SameGroups(FormRow a, FormRow b, int level) =>
            a.GroupLabels.Count > level && b.GroupLabels.Count > level && a.GroupLabels.Take(level + 1).SequenceEqual(b.GroupLabels.Take(level + 1));
    }
}
