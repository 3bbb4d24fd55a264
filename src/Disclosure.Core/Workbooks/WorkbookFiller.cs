using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Disclosure.Workbooks;

/// <summary>
/// Fills a workbook whose cells carry Excel defined names (the product's template names every figure and
/// metadata cell by its cell key): each value goes into the cell its name points to, numbers as numeric
/// cells, text as inline strings, the cell's style kept. Everything else in the workbook is left as it was,
/// except that the calculation chain is dropped and a full recalculation on load is requested, so Excel
/// recomputes any formula that reads the filled cells.
/// </summary>
public static partial class WorkbookFiller
{
    /// <summary>Returns a copy of <paramref name="template"/> with every value written into its named cell.</summary>
    /// <param name="values">
    /// Key (defined name, compared case-insensitively as Excel does) to value: a decimal, int, long or double
    /// is written as a number, a string as text.
    /// </param>
    /// <exception cref="KeyNotFoundException">A key has no defined name in the workbook.</exception>
    /// <exception cref="InvalidDataException">A name does not point to a single cell of a worksheet in the workbook.</exception>
    public static byte[] Fill(byte[] template, IReadOnlyDictionary<string, object> values)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        stream.Position = 0;
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no workbook part.");
            var workbook = workbookPart.Workbook;
            var names = NamesByKey(workbook);
            var missing = values.Keys.Where(k => !names.ContainsKey(k)).ToList();
            if (missing.Count > 0)
            {
                throw new KeyNotFoundException($"The workbook has no defined name for: {string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? $" and {missing.Count - 10} more" : "")}.");
            }

            var sheets = new Dictionary<string, Worksheet>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in values)
            {
                var (sheetName, column, row) = Target(names[key]);
                if (!sheets.TryGetValue(sheetName, out var worksheet))
                {
                    worksheet = Worksheet(workbookPart, sheetName, key);
                    sheets[sheetName] = worksheet;
                }

                var cell = CellAt(worksheet, column, row);
                SetValue(cell, value, key);
            }

            RequestRecalculation(workbookPart);
        }

        return stream.ToArray();
    }

    /// <summary>Workbook-scoped names first; a sheet-scoped name is used only when no workbook-scoped one has that name.</summary>
    private static Dictionary<string, string> NamesByKey(Workbook workbook)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var defined = workbook.DefinedNames?.Elements<DefinedName>() ?? [];
        foreach (var name in defined.OrderBy(n => n.LocalSheetId is null ? 0 : 1))
        {
            if (name.Name?.Value is { Length: > 0 } text)
            {
                names.TryAdd(text, name.Text);
            }
        }

        return names;
    }

    /// <summary>Parses a defined name's formula: <c>'表 一'!$C$5</c>, <c>Sheet1!C5</c>, <c>Sheet1!$C$5:$C$5</c>.</summary>
    private static (string Sheet, int Column, uint Row) Target(string formula)
    {
        var text = formula.Trim().TrimStart('=');
        var bang = text.LastIndexOf('!');
        if (bang <= 0)
        {
            throw new InvalidDataException($"Defined name '{formula}' does not point to a worksheet cell.");
        }

        var sheet = text[..bang];
        if (sheet.Length >= 2 && sheet[0] == '\'' && sheet[^1] == '\'')
        {
            sheet = sheet[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        var reference = text[(bang + 1)..].Replace("$", string.Empty, StringComparison.Ordinal);
        var parts = reference.Split(':');
        if (parts.Length > 2 || (parts.Length == 2 && !parts[0].Equals(parts[1], StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidDataException($"Defined name '{formula}' points to a range, not a single cell.");
        }

        var match = A1().Match(parts[0]);
        if (!match.Success)
        {
            throw new InvalidDataException($"Defined name '{formula}' does not point to a single cell.");
        }

        return (sheet, ColumnNumber(match.Groups[1].Value), uint.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    private static Worksheet Worksheet(WorkbookPart workbookPart, string sheetName, string key)
    {
        var sheet = workbookPart.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => string.Equals(s.Name?.Value, sheetName, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidDataException($"Defined name '{key}' points to sheet '{sheetName}', which the workbook does not have.");
        var part = sheet.Id?.Value is { } id ? workbookPart.GetPartById(id) as WorksheetPart : null;
        return part?.Worksheet ?? throw new InvalidDataException($"Defined name '{key}' points to '{sheetName}', which is not a worksheet.");
    }

    /// <summary>The cell at column and row, created in order (rows by index, cells by column) when absent.</summary>
    private static Cell CellAt(Worksheet worksheet, int column, uint rowIndex)
    {
        var sheetData = worksheet.GetFirstChild<SheetData>() ?? worksheet.AppendChild(new SheetData());
        Row? row = null;
        Row? rowAfter = null;
        foreach (var candidate in sheetData.Elements<Row>())
        {
            var index = candidate.RowIndex?.Value ?? throw new InvalidDataException("A row without an index (r attribute) is not supported.");
            if (index == rowIndex)
            {
                row = candidate;
                break;
            }

            if (index > rowIndex)
            {
                rowAfter = candidate;
                break;
            }
        }

        if (row is null)
        {
            row = new Row { RowIndex = rowIndex };
            if (rowAfter is null)
            {
                sheetData.AppendChild(row);
            }
            else
            {
                sheetData.InsertBefore(row, rowAfter);
            }
        }

        var reference = ColumnName(column) + rowIndex.ToString(CultureInfo.InvariantCulture);
        Cell? cellAfter = null;
        foreach (var candidate in row.Elements<Cell>())
        {
            var match = A1().Match(candidate.CellReference?.Value ?? string.Empty);
            if (!match.Success)
            {
                throw new InvalidDataException($"A cell without a reference in row {rowIndex} is not supported.");
            }

            var candidateColumn = ColumnNumber(match.Groups[1].Value);
            if (candidateColumn == column)
            {
                return candidate;
            }

            if (candidateColumn > column)
            {
                cellAfter = candidate;
                break;
            }
        }

        var cell = new Cell { CellReference = reference };
        if (cellAfter is null)
        {
            row.AppendChild(cell);
        }
        else
        {
            row.InsertBefore(cell, cellAfter);
        }

        row.Spans = null; // a hint only; drop it rather than leave it wrong
        return cell;
    }

    private static void SetValue(Cell cell, object value, string key)
    {
        if (cell.CellFormula?.Reference is not null && cell.CellFormula.FormulaType?.Value == CellFormulaValues.Shared)
        {
            throw new InvalidDataException($"The cell named '{key}' holds the master of a shared formula; a value cannot replace it.");
        }

        cell.RemoveAllChildren();
        switch (value)
        {
            case string text:
                cell.DataType = CellValues.InlineString;
                cell.AppendChild(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                break;
            case decimal or int or long or double:
                var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                cell.DataType = null;
                cell.AppendChild(new CellValue(number.ToString("0.############################", CultureInfo.InvariantCulture)));
                break;
            default:
                throw new ArgumentException($"The value for '{key}' is a {value?.GetType().Name ?? "null"}; only numbers and text can be filled in.", nameof(value));
        }
    }

    /// <summary>Drops the calculation chain (it may list formulas just replaced by values) and asks for a full recalculation on load.</summary>
    private static void RequestRecalculation(WorkbookPart workbookPart)
    {
        if (workbookPart.CalculationChainPart is { } chain)
        {
            workbookPart.DeletePart(chain);
        }

        var workbook = workbookPart.Workbook;
        var properties = workbook.GetFirstChild<CalculationProperties>();
        if (properties is null)
        {
            properties = new CalculationProperties();
            OpenXmlElement? before = (OpenXmlElement?)workbook.GetFirstChild<DefinedNames>()
                ?? (OpenXmlElement?)workbook.GetFirstChild<ExternalReferences>()
                ?? (OpenXmlElement?)workbook.GetFirstChild<FunctionGroups>()
                ?? workbook.GetFirstChild<Sheets>();
            if (before is null)
            {
                workbook.AppendChild(properties);
            }
            else
            {
                workbook.InsertAfter(properties, before);
            }
        }

        properties.FullCalculationOnLoad = true;
    }

    private static int ColumnNumber(string letters)
    {
        var number = 0;
        foreach (var c in letters.ToUpperInvariant())
        {
            number = (number * 26) + (c - 'A' + 1);
        }

        return number;
    }

    private static string ColumnName(int number)
    {
        var name = string.Empty;
        while (number > 0)
        {
            var remainder = (number - 1) % 26;
            name = (char)('A' + remainder) + name;
            number = (number - 1) / 26;
        }

        return name;
    }

    [GeneratedRegex("^([A-Za-z]{1,3})([1-9][0-9]*)$")]
    private static partial Regex A1();
}
