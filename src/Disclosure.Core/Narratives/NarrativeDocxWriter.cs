using System.IO.Compression;
using Disclosure.Form;
using Disclosure.Reports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Narratives;

/// <summary>
/// Writes a narrative as a Word document (.docx) that <see cref="NarrativeReader"/> reads back into the same model:
/// a title, each narrative section under its form title in 标题 1, sub-headings in 标题 2, paragraphs with a
/// two-character first-line indent, lists with Word numbering, tables with full borders. The skeleton
/// (<see cref="Skeleton"/>) is the same document with a guidance line (<see cref="NarrativeGuidance"/>) and an empty
/// paragraph under each heading.
/// </summary>
public static partial class NarrativeDocxWriter
{
    private const string OrderedAbstract = "1";
    private const string BulletAbstract = "2";

    /// <summary>The Word skeleton an office fills in: title, the three headings, guidance under each.</summary>
    public static byte[] Skeleton(string bodyName, int year, FormEdition? form = null) => Build(bodyName, year, form ?? NationalForm.Current, null);

    /// <summary>A narrative as Word, every section of the form under its heading (an absent one left empty).</summary>
    public static byte[] Write(ReportNarrative narrative, string bodyName, int year, FormEdition? form = null) => Build(bodyName, year, form ?? NationalForm.Current, narrative);

    private static byte[] Build(string bodyName, int year, FormEdition form, ReportNarrative? narrative)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = Styles();
            var numbering = new Numbering(
                AbstractNumbering(OrderedAbstract, NumberFormatValues.Decimal, "%1."),
                AbstractNumbering(BulletAbstract, NumberFormatValues.Bullet, "•"));
            var body = new Body();
            var title = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }),
                new Run(new Text(bodyName)), new Run(new Break()), new Run(new Text($"{year}年政府信息公开工作年度报告")));
            body.Append(title);
            var nextNumId = 1;
            foreach (var section in form.NarrativeSections)
            {
                body.Append(Styled("Heading1", section.Title));
                if (narrative is null)
                {
                    body.Append(Styled(NarrativeGuidance.StyleId, NarrativeGuidance.For(section)));
                    body.Append(new Paragraph());
                    continue;
                }

                foreach (var block in narrative.Section(section.Code)?.Blocks ?? [])
                {
                    switch (block)
                    {
                        case NarrativeHeading heading:
                            body.Append(Styled("Heading2", heading.Text));
                            break;
                        case NarrativeParagraph paragraph:
                            body.Append(Styled(null, paragraph.Text));
                            break;
                        case NarrativeList list:
                            var numId = nextNumId++;
                            numbering.Append(new NumberingInstance(new AbstractNumId { Val = int.Parse(list.Ordered ? OrderedAbstract : BulletAbstract, System.Globalization.CultureInfo.InvariantCulture) }) { NumberID = numId });
                            foreach (var item in list.Items)
                            {
                                body.Append(new Paragraph(
                                    new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }, new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId })),
                                    new Run(new Text(item) { Space = SpaceProcessingModeValues.Preserve })));
                            }

                            break;
                        case NarrativeTable table:
                            body.Append(Table(table));
                            body.Append(new Paragraph());
                            break;
                    }
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1587, Right = 1474, Header = 851, Footer = 992 }));
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering;
            main.Document = new Document(body);
        }

        return Deterministic(buffer.ToArray());
    }

    /// <summary>The package again with every entry dated the same, so the same narrative always gives the same bytes.</summary>
    private static byte[] Deterministic(byte[] package)
    {
        var date = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = date;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
                {
                    // The SDK names relationships it creates at random; the package's own are referenced from nowhere else.
                    using var reader = new StreamReader(from);
                    var number = 0;
                    var text = RandomRelationshipId().Replace(reader.ReadToEnd(), _ => $"Id=\"rIdFixed{++number}\"");
                    var bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
                    to.Write(bytes);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    private static Paragraph Styled(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(NarrativeTable table)
    {
        static BorderType Line<T>()
            where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4 };

        var result = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>())));
        var rows = NarrativeMarkdown.Rectangular(table.Rows);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new TableRow();
            foreach (var cell in rows[r])
            {
                var run = new Run(new Text(cell) { Space = SpaceProcessingModeValues.Preserve });
                if (r == 0)
                {
                    run.PrependChild(new RunProperties(new Bold()));
                }

                row.Append(new TableCell(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), run)));
            }

            result.Append(row);
        }

        return result;
    }

    private static AbstractNum AbstractNumbering(string id, NumberFormatValues format, string text) =>
        new(new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "640", Hanging = "320" }))
        { LevelIndex = 0 })
        { AbstractNumberId = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture) };

    private static Styles Styles()
    {
        static RunFonts Fonts(string font) => new() { Ascii = font, HighAnsi = font, EastAsia = font };

        static Style Paragraph(string id, string name, bool isDefault, params OpenXmlElement[] properties)
        {
            var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
            if (id != "Normal")
            {
                style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
            }

            style.Append(properties);
            return style;
        }

        return new Styles(
            Paragraph("Normal", "Normal", true,
                new StyleParagraphProperties(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact }, new Indentation { FirstLineChars = 200 }, new Justification { Val = JustificationValues.Both }),
                new StyleRunProperties(Fonts("仿宋_GB2312"), new FontSize { Val = "32" })),
            Paragraph("Title", "Title", false,
                new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }, new Indentation { FirstLineChars = 0 }, new SpacingBetweenLines { Line = "700", LineRule = LineSpacingRuleValues.Exact }),
                new StyleRunProperties(Fonts("方正小标宋简体"), new FontSize { Val = "44" })),
            Paragraph("Heading1", "heading 1", false,
                new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = 0 }),
                new StyleRunProperties(Fonts("黑体"), new FontSize { Val = "32" })),
            Paragraph("Heading2", "heading 2", false,
                new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = 1 }),
                new StyleRunProperties(Fonts("楷体_GB2312"), new Bold(), new FontSize { Val = "32" })),
            Paragraph("ListParagraph", "List Paragraph", false,
                new StyleParagraphProperties(new Indentation { FirstLineChars = 0 })),
            Paragraph(NarrativeGuidance.StyleId, NarrativeGuidance.StyleName, false,
                new StyleRunProperties(new Italic(), new Color { Val = "808080" })));
    }

    [System.Text.RegularExpressions.GeneratedRegex("Id=\"(R[0-9a-fA-F]{8,})\"")]
    private static partial System.Text.RegularExpressions.Regex RandomRelationshipId();
}
