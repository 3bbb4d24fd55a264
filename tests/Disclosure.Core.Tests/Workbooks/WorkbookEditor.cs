using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Disclosure.Tests.Workbooks;

/// <summary>Edits a workbook's bytes through the Open XML SDK, reaching cells by their defined names as an office clerk's Excel would.</summary>
public static class WorkbookEditing
{
    public static byte[] Edit(byte[] workbook, Action<WorkbookEditor> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            edit(new WorkbookEditor(document));
        }

        return stream.ToArray();
    }
}

/// <summary>Cell-level edits by defined name: numbers, text (shared or inline), formulas with or without a cached value, error values.</summary>
public sealed class WorkbookEditor
{
    private readonly SpreadsheetDocument _document;

    internal WorkbookEditor(SpreadsheetDocument document) => _document = document;

    private WorkbookPart Workbook => _document.WorkbookPart!;

    /// <summary>The sheet and A1 reference a defined name points at: ("统计表", "D12").</summary>
    public (string Sheet, string Cell) Locate(string name)
    {
        var defined = Workbook.Workbook.DefinedNames?.Elements<DefinedName>().FirstOrDefault(d => d.Name == name)
            ?? throw new ArgumentException($"No defined name {name}");
        var text = defined.Text;
        var bang = text.LastIndexOf('!');
        return (text[..bang].Trim('\''), text[(bang + 1)..].Replace("$", "", StringComparison.Ordinal));
    }

    public IEnumerable<string> Names => Workbook.Workbook.DefinedNames?.Elements<DefinedName>().Select(d => d.Name!.Value!) ?? [];

    public void SetNumber(string name, decimal value) => SetNumber(Cell(name), value);

    /// <summary>Writes a number into a cell given by sheet and A1 reference, whatever the defined names say.</summary>
    public void SetNumberAt(string sheet, string reference, decimal value) => SetNumber(CellAt(sheet, reference, $"{sheet}!{reference}"), value);

    private static void SetNumber(Cell cell, decimal value)
    {
        cell.DataType = null;
        cell.CellFormula = null;
        cell.CellValue = new CellValue(value);
    }

    public void SetText(string name, string text, bool inline = false)
    {
        var cell = Cell(name);
        cell.CellFormula = null;
        cell.CellValue = null;
        cell.InlineString = null;
        if (inline)
        {
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(text));
        }
        else
        {
            var part = Workbook.SharedStringTablePart ?? Workbook.AddNewPart<SharedStringTablePart>();
            part.SharedStringTable ??= new SharedStringTable();
            part.SharedStringTable.Append(new SharedStringItem(new Text(text)));
            cell.DataType = CellValues.SharedString;
            cell.CellValue = new CellValue(part.SharedStringTable.Elements<SharedStringItem>().Count() - 1);
        }
    }

    /// <summary>A formula cell; <paramref name="cached"/> null leaves it without a cached value, as some generators write it.</summary>
    public void SetFormula(string name, string formula, decimal? cached)
    {
        var cell = Cell(name);
        cell.DataType = null;
        cell.CellFormula = new CellFormula(formula);
        cell.CellValue = cached is { } v ? new CellValue(v) : null;
    }

    public void SetError(string name, string error, string formula = "A1/0")
    {
        var cell = Cell(name);
        cell.DataType = CellValues.Error;
        cell.CellFormula = new CellFormula(formula);
        cell.CellValue = new CellValue(error);
    }

    public void Clear(string name)
    {
        var cell = Cell(name);
        cell.DataType = null;
        cell.CellFormula = null;
        cell.CellValue = null;
        cell.InlineString = null;
    }

    /// <summary>Points a defined name somewhere else, e.g. at a sheet that is not there.</summary>
    public void SetNameReference(string name, string reference) =>
        Workbook.Workbook.DefinedNames!.Elements<DefinedName>().First(d => d.Name == name).Text = reference;

    /// <summary>Any other edit of the cell a defined name points at, for the shapes the helpers above do not write.</summary>
    public void EditCell(string name, Action<Cell> edit) => edit(Cell(name));

    /// <summary>Drops every defined name, leaving a workbook that can only be read by its labels.</summary>
    public void RemoveDefinedNames() => Workbook.Workbook.DefinedNames?.Remove();

    private Cell Cell(string name)
    {
        var (sheetName, reference) = Locate(name);
        return CellAt(sheetName, reference, name);
    }

    private Cell CellAt(string sheetName, string reference, string name)
    {
        var sheet = Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)Workbook.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference)
            ?? throw new InvalidOperationException($"{name}: no cell {reference} on {sheetName}");
    }
}
