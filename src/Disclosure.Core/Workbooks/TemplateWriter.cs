using Disclosure.Form;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Disclosure.Workbooks;

/// <summary>What goes into an office's blank workbook.</summary>
public sealed record TemplateRequest(string OfficeId, string OfficeName, int Year, string? Contact = null);

/// <summary>Writes an office's blank workbook for a year, laid out as the national form.</summary>
public static class TemplateWriter
{
    /// <summary>The layout version written to meta.template_version; bump it when cells move.</summary>
    public const string TemplateVersion = "2021.1";

    /// <summary>Whether a workbook's meta.template_version is one this product wrote.</summary>
    public static bool IsKnownVersion(string version) => version == TemplateVersion;

    /// <summary>The sheet holding sections 二、三、四 and the metadata.</summary>
    public const string StatisticsSheetName = StatisticsSheet.SheetName;

    /// <summary>The sheet holding the narrative sections 一、五、六.</summary>
    public const string NarrativeSheetName = NarrativeSheet.SheetName;

    public static void Write(Stream output, TemplateRequest request, FormEdition? form = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(request);
        form ??= NationalForm.Current;

        SheetModel[] sheets = [StatisticsSheet.Build(form, request, TemplateVersion), NarrativeSheet.Build(form, request)];

        // The package is built in memory: the SDK needs a seekable stream, the caller's may be a blob upload.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var strings = new SharedStrings();
            var sheetList = new Sheets();
            var names = new List<DefinedName>();
            for (var i = 0; i < sheets.Length; i++)
            {
                var model = sheets[i];
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = SheetWriter.Build(model, strings, selected: i == 0);
                sheetList.Append(new Sheet { Name = model.Name, SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(part) });
                names.AddRange(model.Names.Select(n => new DefinedName($"{Quoted(model.Name)}!{n.Cell.Absolute}") { Name = n.Name }));
                names.Add(new DefinedName($"{Quoted(model.Name)}!$A$1:{CellReference.ColumnName(model.LastColumn)}${model.Cells.Values.Max(c => c.Reference.Row)}")
                {
                    Name = "_xlnm.Print_Area",
                    LocalSheetId = (uint)i,
                });
            }

            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = TemplateStyles.Build();
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();
            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                sheetList,
                new DefinedNames(names.OrderBy(n => n.Name!.Value, StringComparer.OrdinalIgnoreCase)),
                new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static string Quoted(string sheetName) => $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'";
}
