using System.IO.Compression;
using System.Text;
using Disclosure.Narratives;
using Disclosure.Tests.Workbooks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Tests.Narratives;

/// <summary>Word documents for the narrative tests: built with the SDK as an author's Word would save them, and hostile ones built by hand.</summary>
internal static class WordEditing
{
    public const string DocumentPart = "word/document.xml";

    public static Paragraph Para(string text, bool bold = false, int? numId = null)
    {
        var paragraph = new Paragraph();
        if (numId is { } id)
        {
            paragraph.Append(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = id })));
        }

        var run = new Run(new Text(text));
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        paragraph.Append(run);
        return paragraph;
    }

    /// <summary>A document of these paragraphs; numbering 1 is decimal, 2 bullets.</summary>
    public static byte[] Document(params OpenXmlElement[] blocks)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 10 },
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 }) { AbstractNumberId = 20 },
                new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = 2 });
            main.Document = new Document(new Body(blocks));
        }

        return buffer.ToArray();
    }

    /// <summary>The skeleton with the author's text typed under each guidance line, in order.</summary>
    public static byte[] InsertAfterEachGuidance(byte[] docx, IReadOnlyList<string> texts)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var document = WordprocessingDocument.Open(buffer, true))
        {
            var guidance = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
                .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == NarrativeGuidance.StyleId).ToList();
            for (var i = 0; i < guidance.Count; i++)
            {
                guidance[i].InsertAfterSelf(Para(texts[i]));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A package with one part rewritten, removed (<paramref name="rewrite"/> returns null) or added: a Word file is a zip like a workbook.</summary>
    public static byte[] Rewrite(byte[] docx, string part, Func<string?, string?> rewrite) => HostileWorkbooks.Rewrite(docx, part, rewrite);

    /// <summary>The document with its body replaced by a part that inflates to <paramref name="bytes"/> spaces.</summary>
    public static byte[] ZipBomb(byte[] docx, long bytes)
    {
        using var stream = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(docx)))
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.Where(e => e.FullName != DocumentPart))
            {
                using var from = entry.Open();
                using var to = zip.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }

            using var bomb = zip.CreateEntry(DocumentPart, CompressionLevel.SmallestSize).Open();
            var head = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"u8.ToArray();
            bomb.Write(head);
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (long written = 0; written < bytes; written += spaces.Length)
            {
                bomb.Write(spaces);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A document of <paramref name="count"/> empty paragraphs (a few bytes each, so well inside the size limits).</summary>
    public static byte[] ManyParagraphs(byte[] docx, int count) => Rewrite(docx, DocumentPart, _ =>
    {
        var builder = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (var i = 0; i < count; i++)
        {
            builder.Append("<w:p/>");
        }

        return builder.Append("</w:body></w:document>").ToString();
    });
}
