using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Disclosure.Tests.Workbooks;

/// <summary>One sheet of a hand-made workbook: rows of cells, each a string (shared string), a number, or null (no cell).</summary>
public sealed record GridSheet(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows, int FirstRow = 1, int FirstColumn = 1);

/// <summary>Writes a plain workbook cell by cell with the Open XML SDK: no defined names, no styles, as an office's own file might be.</summary>
public static class GridWorkbook
{
    public static byte[] Create(params GridSheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var strings = new List<string>();
            var list = new Sheets();
            for (var i = 0; i < sheets.Length; i++)
            {
                var sheet = sheets[i];
                var data = new SheetData();
                for (var r = 0; r < sheet.Rows.Count; r++)
                {
                    var rowIndex = (uint)(sheet.FirstRow + r);
                    var row = new Row { RowIndex = rowIndex };
                    for (var c = 0; c < sheet.Rows[r].Count; c++)
                    {
                        var value = sheet.Rows[r][c];
                        if (value is null)
                        {
                            continue;
                        }

                        var cell = new Cell { CellReference = Column(sheet.FirstColumn + c) + rowIndex };
                        if (value is string text)
                        {
                            strings.Add(text);
                            cell.DataType = CellValues.SharedString;
                            cell.CellValue = new CellValue(strings.Count - 1);
                        }
                        else
                        {
                            cell.CellValue = new CellValue(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture));
                        }

                        row.Append(cell);
                    }

                    data.Append(row);
                }

                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(data);
                list.Append(new Sheet { Name = sheet.Name, SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(part) });
            }

            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable =
                new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
            workbookPart.Workbook = new Workbook(list);
        }

        return stream.ToArray();
    }

    public static string Column(int column)
    {
        var name = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
