using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Disclosure.Tests.Filling;

/// <summary>Small workbooks built in tests, and reading a workbook's named cells back.</summary>
internal static class TestWorkbooks
{
    /// <summary>
    /// A workbook with a sheet "统计 表" holding a label in column A and, for each key, a defined name on
    /// column C of its own row (from row 2); plus a formula summing the named cells, a calcChain, and a
    /// second untouched sheet.
    /// </summary>
    public static byte[] Template(IReadOnlyList<string> keys, bool rowsForNamedCells = true)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });

            var data = new SheetData();
            data.Append(new Row(Text("A1", "统计表"), Text("B1", "模板")) { RowIndex = 1 });
            if (rowsForNamedCells)
            {
                for (var i = 0; i < keys.Count; i++)
                {
                    var r = (uint)(i + 2);
                    data.Append(new Row(Text($"A{r}", keys[i]), new Cell { CellReference = $"C{r}", StyleIndex = 1 }) { RowIndex = r });
                }
            }

            var sumRow = (uint)(keys.Count + 3);
            data.Append(new Row(new Cell(new CellFormula($"SUM(C2:C{sumRow - 2})"), new CellValue("0")) { CellReference = $"D{sumRow}" }) { RowIndex = sumRow });
            var sheet1 = workbookPart.AddNewPart<WorksheetPart>();
            sheet1.Worksheet = new Worksheet(data);
            var sheet2 = workbookPart.AddNewPart<WorksheetPart>();
            sheet2.Worksheet = new Worksheet(new SheetData(new Row(Text("A1", "说明")) { RowIndex = 1 }));

            workbookPart.Workbook.Append(
                new Sheets(
                    new Sheet { Name = "统计 表", SheetId = 1, Id = workbookPart.GetIdOfPart(sheet1) },
                    new Sheet { Name = "说明", SheetId = 2, Id = workbookPart.GetIdOfPart(sheet2) }),
                new DefinedNames(keys.Select((k, i) => new DefinedName($"'统计 表'!$C${i + 2}") { Name = k })));
            var chain = workbookPart.AddNewPart<CalculationChainPart>();
            chain.CalculationChain = new CalculationChain(new CalculationCell { CellReference = $"D{sumRow}", SheetId = 1 });
        }

        return stream.ToArray();
    }

    /// <summary>Every defined name's cell: its text as stored (number or inline string), or null when the cell is absent.</summary>
    public static Dictionary<string, string?> NamedValues(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbookPart = document.WorkbookPart!;
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in workbookPart.Workbook.DefinedNames!.Elements<DefinedName>())
        {
            var text = name.Text;
            var bang = text.LastIndexOf('!');
            var sheetName = text[..bang].Trim('\'').Replace("''", "'", StringComparison.Ordinal);
            var reference = text[(bang + 1)..].Replace("$", string.Empty, StringComparison.Ordinal);
            var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
            var cell = part.Worksheet.Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference);
            values[name.Name!] = cell is null ? null
                : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.Text!.Text
                : cell.CellValue?.Text;
        }

        return values;
    }

    public static decimal Number(string? text) => decimal.Parse(text!, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static Cell Text(string reference, string text) =>
        new(new InlineString(new Text(text))) { CellReference = reference, DataType = CellValues.InlineString };
}
