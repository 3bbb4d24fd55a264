using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Disclosure.Workbooks;

/// <summary>Turns a <see cref="SheetModel"/> into an Open XML worksheet, elements in the order the schema demands.</summary>
internal static class SheetWriter
{
    public static Worksheet Build(SheetModel model, SharedStrings strings, bool selected)
    {
        var worksheet = new Worksheet();
        worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        worksheet.Append(new SheetViews(new SheetView { WorkbookViewId = 0, TabSelected = selected ? true : null, ZoomScale = 100 }));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = 18, CustomHeight = true });
        worksheet.Append(new Columns(model.ColumnWidths.Select(c =>
            new Column { Min = (uint)c.Key, Max = (uint)c.Key, Width = c.Value, CustomWidth = true })));

        var data = new SheetData();
        foreach (var byRow in model.Cells.Values.GroupBy(c => c.Reference.Row))
        {
            var row = new Row { RowIndex = (uint)byRow.Key };
            if (model.RowHeights.TryGetValue(byRow.Key, out var height))
            {
                row.Height = Math.Round(height, 1);
                row.CustomHeight = true;
            }

            foreach (var (reference, cell) in byRow.OrderBy(c => c.Reference.Column))
            {
                var written = new Cell { CellReference = reference.ToString(), StyleIndex = (uint)cell.Style };
                if (cell.Number is { } number)
                {
                    written.CellValue = new CellValue(number);
                }
                else if (!string.IsNullOrEmpty(cell.Text))
                {
                    written.DataType = CellValues.SharedString;
                    written.CellValue = new CellValue(strings.IndexOf(cell.Text));
                }

                row.Append(written);
            }

            data.Append(row);
        }

        worksheet.Append(data);

        // No password: the protection keeps labels from being typed over by accident, it is not a secret.
        worksheet.Append(new SheetProtection { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false });

        if (model.Merges.Count > 0)
        {
            worksheet.Append(new MergeCells(model.Merges.Select(m => new MergeCell { Reference = $"{m.From}:{m.To}" })));
        }

        var priority = 1;
        foreach (var check in model.Checks)
        {
            var rule = new ConditionalFormattingRule(new Formula(check.Formula))
            {
                Type = ConditionalFormatValues.Expression,
                FormatId = check.IsWarning ? TemplateStyles.WarningHighlight : TemplateStyles.ErrorHighlight,
                Priority = priority++,
            };
            worksheet.Append(new ConditionalFormatting(rule) { SequenceOfReferences = new ListValue<StringValue> { InnerText = check.Cell.ToString() } });
        }

        var validations = new List<DataValidation>();
        if (model.CountInputs.Count > 0)
        {
            validations.Add(Validation(DataValidationValues.Whole, model.CountInputs, "请填写大于或等于 0 的整数,无数据请填 0。"));
        }

        if (model.AmountInputs.Count > 0)
        {
            validations.Add(Validation(DataValidationValues.Decimal, model.AmountInputs, "请填写大于或等于 0 的数值(单位:万元),无数据请填 0。"));
        }

        if (validations.Count > 0)
        {
            worksheet.Append(new DataValidations(validations) { Count = (uint)validations.Count });
        }

        worksheet.Append(new PrintOptions { HorizontalCentered = true });
        worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup
        {
            PaperSize = 9, // A4
            Orientation = model.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1,
            FitToHeight = 0, // as many pages tall as needed
        });
        return worksheet;
    }

    private static DataValidation Validation(DataValidationValues type, IEnumerable<CellReference> cells, string message) =>
        new(new Formula1("0"))
        {
            Type = type,
            Operator = DataValidationOperatorValues.GreaterThanOrEqual,
            AllowBlank = true,
            ShowErrorMessage = true,
            ShowInputMessage = true,
            ErrorTitle = "填写有误",
            Error = message,
            PromptTitle = "填写说明",
            Prompt = message,
            SequenceOfReferences = new ListValue<StringValue> { InnerText = string.Join(" ", cells.Select(c => c.ToString())) },
        };
}
