using System.Xml;
using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.Workbooks;

/// <summary>A worksheet of the workbook: its tab name and the package part holding its cells.</summary>
internal sealed record SheetEntry(string Name, string PartPath);

/// <summary>A defined name as the workbook states it: "'统计表'!$D$12"; sheet-scoped when <paramref name="LocalSheet"/> is set.</summary>
internal sealed record WorkbookName(string Name, string Reference, int? LocalSheet);

/// <summary>
/// What the reader needs from the workbook part and its relationships: the sheets, the defined names and
/// where the shared strings are. Also refuses macro workbooks, whose content type or parts give them away.
/// </summary>
internal sealed class WorkbookIndex
{
    private const string ContentTypesPart = "[Content_Types].xml";

    public required IReadOnlyList<SheetEntry> Sheets { get; init; }

    public required IReadOnlyList<WorkbookName> Names { get; init; }

    public string? SharedStringsPath { get; init; }

    public static WorkbookIndex Load(XlsxPackage package, CellBudget budget)
    {
        if (!package.Has(ContentTypesPart))
        {
            throw new ReadRefusal(Rules.FileCorrupt.Raise("Excel 工作簿", "zip 包中没有 workbook 部件,可能不是 Excel 文件"));
        }

        RefuseMacros(package);

        var workbookPath = Relationships(package, "_rels/.rels", string.Empty)
            .FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target;
        if (workbookPath is null || !package.Has(workbookPath))
        {
            throw new ReadRefusal(Rules.FileCorrupt.Raise("Excel 工作簿", "zip 包中没有 workbook 部件,可能不是 Excel 文件"));
        }

        var directory = workbookPath.Contains('/', StringComparison.Ordinal) ? workbookPath[..(workbookPath.LastIndexOf('/') + 1)] : string.Empty;
        var relsPath = $"{directory}_rels/{workbookPath[directory.Length..]}.rels";
        var rels = package.Has(relsPath) ? Relationships(package, relsPath, directory) : [];
        var targets = rels.ToDictionary(r => r.Id, r => (r.Type, r.Target), StringComparer.Ordinal);

        var sheets = new List<SheetEntry>();
        var names = new List<WorkbookName>();
        using (var reader = package.OpenXml(workbookPath))
        {
            // ReadElementContentAsString already moves to the next node, which must not be skipped.
            var advanced = false;
            while (advanced || reader.Read())
            {
                advanced = false;
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "sheet")
                {
                    var name = reader.GetAttribute("name");
                    var id = RelationshipId(reader);
                    if (name is not null && id is not null && targets.TryGetValue(id, out var target)
                        && target.Type.EndsWith("/worksheet", StringComparison.Ordinal))
                    {
                        sheets.Add(package.Has(target.Target)
                            ? new SheetEntry(name, target.Target)
                            : throw new ReadRefusal(Rules.FileCorrupt.Raise("Excel 工作簿", $"工作表“{name}”的内容缺失")));
                    }
                }
                else if (reader.LocalName == "definedName")
                {
                    // Names cost memory like cells do; a workbook with hundreds of thousands of them is not a form.
                    budget.Take();
                    var name = reader.GetAttribute("name");
                    int? local = int.TryParse(reader.GetAttribute("localSheetId"), out var l) ? l : null;
                    var reference = reader.ReadElementContentAsString();
                    advanced = true;
                    if (name is not null)
                    {
                        names.Add(new WorkbookName(name, reference, local));
                    }
                }
            }
        }

        var sharedStrings = rels.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target;
        return new WorkbookIndex
        {
            Sheets = sheets,
            Names = names,
            SharedStringsPath = sharedStrings is not null && package.Has(sharedStrings) ? sharedStrings : null,
        };
    }

    private static void RefuseMacros(XlsxPackage package)
    {
        if (package.PartNames.Any(p => p.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ReadRefusal(Rules.FileMacroEnabled.Raise());
        }

        using var reader = package.OpenXml(ContentTypesPart);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.GetAttribute("ContentType") is { } type
                && type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            {
                throw new ReadRefusal(Rules.FileMacroEnabled.Raise());
            }
        }
    }

    private static string? RelationshipId(XmlReader reader)
    {
        // r:id, in the transitional or the strict relationships namespace.
        for (var ok = reader.MoveToFirstAttribute(); ok; ok = reader.MoveToNextAttribute())
        {
            if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0)
            {
                var value = reader.Value;
                reader.MoveToElement();
                return value;
            }
        }

        reader.MoveToElement();
        return null;
    }

    private static List<(string Id, string Type, string Target)> Relationships(XlsxPackage package, string path, string baseDirectory)
    {
        var list = new List<(string, string, string)>();
        if (!package.Has(path))
        {
            return list;
        }

        using var reader = package.OpenXml(path);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && reader.GetAttribute("TargetMode") is not "External"
                && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Type") is { } type && reader.GetAttribute("Target") is { } target)
            {
                list.Add((id, type, Resolve(baseDirectory, target)));
            }
        }

        return list;
    }

    // A relationship target is relative to the source part's folder unless it starts with '/'.
    private static string Resolve(string baseDirectory, string target)
    {
        var path = Uri.UnescapeDataString(target);
        var segments = new List<string>();
        var combined = path.StartsWith('/') ? path : baseDirectory + path;
        foreach (var segment in combined.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }
}
