using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.Workbooks;

/// <summary>Reads a workbook through its defined names (the product's template, or any workbook named the same way).</summary>
internal static class NamedCellsReader
{
    /// <summary>The cell each known key names, by sheet; empty when the workbook names no figure.</summary>
    public static Dictionary<string, List<(string Key, CellReference Cell)>> Resolve(WorkbookIndex index, FormEdition form)
    {
        var bySheet = new Dictionary<string, List<(string, CellReference)>>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var figures = 0;
        // Workbook-wide names first, so a sheet-scoped copy of a name does not shadow the real one.
        foreach (var name in index.Names.OrderBy(n => n.LocalSheet.HasValue))
        {
            var key = WorkbookNames.KeyOf(name.Name);
            var isFigure = form.TryGetFigure(key, out _);
            if (!(isFigure || form.IsMetadataKey(key) || IsNarrativeKey(form, key)) || !TryParseReference(name.Reference, out var sheet, out var cell))
            {
                continue;
            }

            if (!seen.Add(key))
            {
                continue;
            }

            figures += isFigure ? 1 : 0;
            if (!bySheet.TryGetValue(sheet, out var list))
            {
                bySheet[sheet] = list = [];
            }

            list.Add((key, cell));
        }

        return figures == 0 ? [] : bySheet;
    }

    public static FormDocument Read(
        XlsxPackage package,
        WorkbookIndex index,
        FormEdition form,
        Dictionary<string, List<(string Key, CellReference Cell)>> named,
        CellBudget budget,
        List<Finding> findings)
    {
        var document = new FormDocument(form, SourceFormat.Workbook);
        var stored = new Dictionary<(string Sheet, long Cell), RawCell>();
        var placed = new List<(string Key, string Sheet, CellReference Cell)>();
        foreach (var (sheetName, cells) in named)
        {
            var sheet = index.Sheets.FirstOrDefault(s => string.Equals(s.Name, sheetName, StringComparison.OrdinalIgnoreCase));
            if (sheet is null)
            {
                continue; // the name points at a sheet that is gone: those cells are missing
            }

            var wanted = new HashSet<long>(cells.Select(c => c.Cell.Packed));
            using (var reader = package.OpenXml(sheet.PartPath))
            {
                WorksheetScanner.Scan(reader, budget, r => wanted.Contains(r.Packed), c => stored[(sheet.Name, c.Reference.Packed)] = c);
            }

            placed.AddRange(cells.Select(c => (c.Key, sheet.Name, c.Cell)));
        }

        var stringIndices = stored.Values.Select(c => c.SharedStringIndex).Where(i => i >= 0).ToHashSet();
        var values = new CellContent(document, findings, SharedStringsReader.Read(package, index.SharedStringsPath, budget, stringIndices));
        foreach (var (key, sheet, cell) in placed)
        {
            var location = $"{sheet}!{cell}";
            RawCell? raw = stored.TryGetValue((sheet, cell.Packed), out var found) ? found : null;
            if (form.TryGetFigure(key, out var figure))
            {
                values.Figure(figure, raw, location);
            }
            else if (values.Text(raw) is { } text)
            {
                if (form.IsMetadataKey(key))
                {
                    document.SetMetadata(key, text.Trim(), location);
                }
                else
                {
                    document.Narratives[key[WorkbookNames.NarrativePrefix.Length..]] = text.Trim();
                }
            }
        }

        return document;
    }

    private static bool IsNarrativeKey(FormEdition form, string key) =>
        key.StartsWith(WorkbookNames.NarrativePrefix, StringComparison.Ordinal)
        && form.NarrativeSections.Any(s => s.Code.Length == key.Length - WorkbookNames.NarrativePrefix.Length && key.EndsWith(s.Code, StringComparison.Ordinal));

    /// <summary>Parses "'统计表'!$D$12", "统计表!D12" or "Sheet1!$D$12:$D$12" (the top-left cell of a range).</summary>
    internal static bool TryParseReference(string text, out string sheet, out CellReference cell)
    {
        sheet = string.Empty;
        cell = default;
        var bang = text.LastIndexOf('!');
        if (bang <= 0)
        {
            return false;
        }

        var sheetPart = text[..bang].Trim();
        if (sheetPart.Length >= 2 && sheetPart[0] == '\'' && sheetPart[^1] == '\'')
        {
            sheetPart = sheetPart[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        var cellPart = text.AsSpan(bang + 1).Trim();
        var colon = cellPart.IndexOf(':');
        if (colon >= 0)
        {
            cellPart = cellPart[..colon];
        }

        sheet = sheetPart;
        return sheetPart.Length > 0 && CellReference.TryParse(cellPart, out cell);
    }
}
