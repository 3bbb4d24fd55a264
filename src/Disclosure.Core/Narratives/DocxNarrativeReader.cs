using System.Text;
using System.Xml;
using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Reports;
using Disclosure.Validation;
using Disclosure.Workbooks;

namespace Disclosure.Narratives;

/// <summary>
/// Reads the blocks of a Word document (.docx) through the workbook reader's defensive package
/// (<see cref="XlsxPackage"/>: size, entry count, inflated size and ratio checked before anything inflates, every
/// part read through a counting stream, DTDs refused), with plain <see cref="XmlReader"/>s rather than the SDK's
/// package layer, which bounds nothing. Paragraphs, tables and list numbering are taken from document.xml with
/// styles.xml (heading styles, outline levels, bold) and numbering.xml (bullet or numbered). Paragraphs and table
/// cells are counted against <see cref="ReadLimits.MaxCells"/>.
/// </summary>
internal sealed class DocxNarrativeReader
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string MainDocument = "word/document.xml";

    // Markup compatibility: a text box is saved twice, as mc:Choice and as mc:Fallback; only the first is read.
    private const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private readonly FormEdition _form;
    private readonly ReadLimits _limits;
    private readonly Dictionary<string, StyleInfo> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _numberingOrdered = new(StringComparer.Ordinal);
    private readonly List<NarrativeBlock> _blocks = [];
    private readonly List<string> _listItems = [];
    private bool _listOrdered;
    private int _counted;

    private DocxNarrativeReader(FormEdition form, ReadLimits limits)
    {
        _form = form;
        _limits = limits;
    }

    public bool SawGuidance { get; private set; }

    /// <summary>The document's blocks in order; throws <see cref="ReadRefusal"/> with a <c>narrative.*</c> finding when the file is refused.</summary>
    public static (List<NarrativeBlock> Blocks, bool SawGuidance) Read(byte[] content, ReadLimits limits, FormEdition form)
    {
        try
        {
            using var package = XlsxPackage.Open(content, limits);
            var reader = new DocxNarrativeReader(form, limits);
            reader.ReadPackage(package);
            return (reader._blocks, reader.SawGuidance);
        }
        catch (ReadRefusal refusal) when (refusal.Rule.StartsWith("file.", StringComparison.Ordinal))
        {
            throw new ReadRefusal(refusal.Rule switch
            {
                "file.not_zip" => Rules.NarrativeNotDocx.Raise(),
                "file.zip_bomb" => Rules.NarrativeZipBomb.Raise(),
                "file.dtd_forbidden" => Rules.NarrativeDtd.Raise(),
                _ => Rules.NarrativeCorrupt.Raise("无法打开压缩包"),
            });
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            throw new ReadRefusal(Rules.NarrativeCorrupt.Raise(e.Message));
        }
    }

    private void ReadPackage(XlsxPackage package)
    {
        if (package.PartNames.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)) || DeclaresMacros(package))
        {
            throw new ReadRefusal(Rules.NarrativeMacroEnabled.Raise());
        }

        package.RefuseDtds();
        var main = MainPart(package);
        if (main is null || !package.Has(main) || !main.StartsWith("word/", StringComparison.OrdinalIgnoreCase))
        {
            throw new ReadRefusal(Rules.NarrativeCorrupt.Raise("缺少 Word 正文部件 word/document.xml,这不是 Word 文档"));
        }

        if (package.Has("word/styles.xml"))
        {
            ReadStyles(package);
        }

        if (package.Has("word/numbering.xml"))
        {
            ReadNumbering(package);
        }

        ReadDocument(package, main);
    }

    private static bool DeclaresMacros(XlsxPackage package)
    {
        if (!package.Has("[Content_Types].xml"))
        {
            return false;
        }

        using var reader = package.OpenXml("[Content_Types].xml");
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.GetAttribute("ContentType") is { } type && type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string? MainPart(XlsxPackage package)
    {
        if (!package.Has("_rels/.rels"))
        {
            return MainDocument;
        }

        using var reader = package.OpenXml("_rels/.rels");
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && reader.GetAttribute("Type") is { } type && type.EndsWith("/officeDocument", StringComparison.Ordinal)
                && reader.GetAttribute("Target") is { } target)
            {
                return target.TrimStart('/');
            }
        }

        return MainDocument;
    }

    private void ReadStyles(XlsxPackage package)
    {
        using var reader = package.OpenXml("word/styles.xml");
        StyleInfo? style = null;
        var inRunProperties = false;
        while (reader.Read())
        {
            if (reader.NamespaceURI != W)
            {
                continue;
            }

            if (reader.NodeType == XmlNodeType.EndElement)
            {
                inRunProperties &= reader.LocalName != "rPr";
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "style":
                    style = new StyleInfo();
                    if (reader.GetAttribute("styleId", W) is { } id)
                    {
                        _styles[id] = style;
                    }

                    break;
                case "name" when style is not null:
                    style.Name = reader.GetAttribute("val", W);
                    break;
                case "basedOn" when style is not null:
                    style.BasedOn = reader.GetAttribute("val", W);
                    break;
                case "outlineLvl" when style is not null:
                    style.OutlineLevel = int.TryParse(reader.GetAttribute("val", W), out var level) ? level : null;
                    break;
                case "rPr":
                    inRunProperties = !reader.IsEmptyElement;
                    break;
                case "b" when style is not null && inRunProperties:
                    style.Bold = IsOn(reader);
                    break;
            }
        }
    }

    private void ReadNumbering(XlsxPackage package)
    {
        using var reader = package.OpenXml("word/numbering.xml");
        var abstractOrdered = new Dictionary<string, bool>(StringComparer.Ordinal);
        string? abstractId = null;
        string? numId = null;
        var firstLevel = false;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != W)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "abstractNum":
                    abstractId = reader.GetAttribute("abstractNumId", W);
                    numId = null;
                    break;
                case "lvl":
                    firstLevel = reader.GetAttribute("ilvl", W) == "0";
                    break;
                case "numFmt" when abstractId is not null && firstLevel:
                    abstractOrdered[abstractId] = reader.GetAttribute("val", W) is not ("bullet" or "none");
                    break;
                case "num":
                    numId = reader.GetAttribute("numId", W);
                    abstractId = null;
                    break;
                case "abstractNumId" when numId is not null:
                    _numberingOrdered[numId] = abstractOrdered.GetValueOrDefault(reader.GetAttribute("val", W) ?? string.Empty, true);
                    break;
            }
        }
    }

    private void ReadDocument(XlsxPackage package, string main)
    {
        using var reader = package.OpenXml(main);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != W)
            {
                continue;
            }

            if (reader.LocalName == "p")
            {
                using var paragraph = reader.ReadSubtree();
                Paragraph(ReadParagraph(paragraph));
            }
            else if (reader.LocalName == "tbl")
            {
                using var table = reader.ReadSubtree();
                var rows = ReadTable(table);
                if (rows.Count > 0)
                {
                    // Padded to the widest row below: rows × width is what it will cost, whatever the cells counted.
                    if ((long)rows.Count * rows.Max(r => r.Count) > _limits.MaxCells)
                    {
                        throw new ReadRefusal(Rules.NarrativeTooManyParagraphs.Raise(_limits.MaxCells));
                    }

                    FlushList();
                    _blocks.Add(new NarrativeTable(NarrativeMarkdown.Rectangular(rows)));
                }
            }
        }

        FlushList();
    }

    private void Count()
    {
        if (++_counted > _limits.MaxCells)
        {
            throw new ReadRefusal(Rules.NarrativeTooManyParagraphs.Raise(_limits.MaxCells));
        }
    }

    private ParagraphInfo ReadParagraph(XmlReader reader)
    {
        Count();
        var info = new ParagraphInfo();
        var text = new StringBuilder();
        bool inParagraphProperties = false, inRunProperties = false, inText = false, runBold = false, allBold = true, anyText = false;
        var fallback = 0;
        while (reader.Read())
        {
            if (IsFallback(reader, ref fallback))
            {
                continue;
            }

            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                if (inText)
                {
                    text.Append(reader.Value);
                    if (!string.IsNullOrWhiteSpace(reader.Value))
                    {
                        anyText = true;
                        allBold &= runBold || IsBoldStyle(info.Style);
                    }
                }

                continue;
            }

            if (reader.NamespaceURI != W)
            {
                continue;
            }

            if (reader.NodeType == XmlNodeType.EndElement)
            {
                switch (reader.LocalName)
                {
                    case "pPr": inParagraphProperties = false; break;
                    case "rPr": inRunProperties = false; break;
                    case "t": inText = false; break;
                }

                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "pPr": inParagraphProperties = !reader.IsEmptyElement; break;
                case "rPr": inRunProperties = !reader.IsEmptyElement; break;
                case "r": runBold = false; break;
                case "t": inText = !reader.IsEmptyElement; break;
                case "tab" or "br" or "cr" when !inParagraphProperties: text.Append(' '); break;
                case "b" when inRunProperties && !inParagraphProperties: runBold = IsOn(reader); break;
                case "pStyle" when inParagraphProperties: info.Style = reader.GetAttribute("val", W); break;
                case "numId" when inParagraphProperties: info.NumId = reader.GetAttribute("val", W); break;
                case "outlineLvl" when inParagraphProperties: info.OutlineLevel = int.TryParse(reader.GetAttribute("val", W), out var l) ? l : null; break;
            }
        }

        info.Text = NarrativeText.Clean(text.ToString());
        info.Bold = anyText && allBold;
        return info;
    }

    private void Paragraph(ParagraphInfo p)
    {
        if (p.Style == NarrativeGuidance.StyleId || (p.Text.Length > 0 && NarrativeGuidance.IsGuidance(p.Text)))
        {
            SawGuidance = true;
            return;
        }

        if (p.Text.Length == 0)
        {
            return;
        }

        var heading = HeadingLevel(p.Style) is < 9 || p.OutlineLevel is < 9 || NarrativeText.IsHeading(p.Text)
            || (p.Bold && p.Text.Length <= NarrativeText.MaxHeadingLength && !p.Text.EndsWith('。'))
            || SectionFinder.Match(new NarrativeHeading(p.Text), _form) is not null;
        if (!heading && p.NumId is { } numId && numId != "0")
        {
            var ordered = _numberingOrdered.GetValueOrDefault(numId, true);
            if (_listItems.Count > 0 && ordered != _listOrdered)
            {
                FlushList();
            }

            _listOrdered = ordered;
            _listItems.Add(p.Text);
            return;
        }

        FlushList();
        _blocks.Add(heading ? new NarrativeHeading(p.Text) : new NarrativeParagraph(p.Text));
    }

    private void FlushList()
    {
        if (_listItems.Count > 0)
        {
            _blocks.Add(new NarrativeList([.. _listItems], _listOrdered));
            _listItems.Clear();
        }
    }

    private List<IReadOnlyList<string>> ReadTable(XmlReader reader)
    {
        var rows = new List<IReadOnlyList<string>>();
        List<string>? row = null;
        StringBuilder? cell = null;
        var depth = 0;
        var span = 1;
        var inText = false;
        var fallback = 0;
        while (reader.Read())
        {
            if (IsFallback(reader, ref fallback))
            {
                continue;
            }

            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace && inText)
            {
                cell?.Append(reader.Value);
                continue;
            }

            if (reader.NamespaceURI != W)
            {
                continue;
            }

            var element = reader.NodeType == XmlNodeType.Element;
            var end = reader.NodeType == XmlNodeType.EndElement;
            switch (reader.LocalName)
            {
                case "tbl" when element && !reader.IsEmptyElement: depth++; break;
                case "tbl" when end: depth--; break;
                case "tr" when element && depth == 1 && !reader.IsEmptyElement:
                    row = [];
                    break;
                case "tr" when end && depth == 1 && row is not null:
                    rows.Add(row);
                    row = null;
                    break;
                case "tc" when element && depth == 1 && reader.IsEmptyElement:
                    Count();
                    row?.Add(string.Empty);
                    break;
                case "tc" when element && depth == 1:
                    Count();
                    cell = new StringBuilder();
                    span = 1;
                    break;
                case "gridSpan" when element && depth == 1:
                    span = int.TryParse(reader.GetAttribute("val", W), out var s) ? Math.Clamp(s, 1, 64) : 1;
                    break;
                case "tc" when end && depth == 1 && cell is not null:
                    row?.Add(NarrativeText.Clean(cell.ToString()));
                    for (var i = 1; i < span; i++)
                    {
                        row?.Add(string.Empty);
                    }

                    cell = null;
                    break;
                case "p" when end && cell is { Length: > 0 }:
                    cell.Append(' ');
                    break;
                case "t" when element: inText = !reader.IsEmptyElement; break;
                case "t" when end: inText = false; break;
            }
        }

        return rows;
    }

    /// <summary>Whether the node is inside (or opens or closes) an mc:Fallback, keeping count of how deep.</summary>
    private static bool IsFallback(XmlReader reader, ref int depth)
    {
        if (reader.LocalName == "Fallback" && reader.NamespaceURI == MarkupCompatibility)
        {
            if (reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement)
            {
                depth++;
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                depth--;
            }

            return true;
        }

        return depth > 0;
    }

    private bool IsBoldStyle(string? style) => Resolve(style, s => s.Bold) ?? false;

    private int? HeadingLevel(string? style) => Resolve(style, s =>
        s.OutlineLevel ?? (s.Name is { } name && (name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) || name.StartsWith("标题", StringComparison.Ordinal) || name.Equals("title", StringComparison.OrdinalIgnoreCase)) ? 0 : null));

    private T? Resolve<T>(string? styleId, Func<StyleInfo, T?> property)
        where T : struct
    {
        for (var hops = 0; styleId is not null && hops < 16 && _styles.TryGetValue(styleId, out var style); hops++)
        {
            if (property(style) is { } value)
            {
                return value;
            }

            styleId = style.BasedOn;
        }

        return null;
    }

    private static bool IsOn(XmlReader reader) => reader.GetAttribute("val", W) is not ("0" or "false" or "off");

    private sealed class StyleInfo
    {
        public string? Name { get; set; }

        public string? BasedOn { get; set; }

        public int? OutlineLevel { get; set; }

        public bool? Bold { get; set; }
    }

    private sealed class ParagraphInfo
    {
        public string? Style { get; set; }

        public string? NumId { get; set; }

        public int? OutlineLevel { get; set; }

        public string Text { get; set; } = string.Empty;

        public bool Bold { get; set; }
    }
}
