using System.Text;
using Disclosure.Form;
using Disclosure.Narratives;
using Disclosure.Reading;
using Disclosure.Samples;
using Disclosure.Validation;

namespace Disclosure.Tests.Narratives;

/// <summary>A .docx is a zip like a workbook: the narrative reader keeps the workbook reader's defences, each refusal with its own finding.</summary>
public class HostileNarrativeTests
{
    private static readonly FormEdition Form = NationalForm.Edition2021;
    private static readonly byte[] Docx = NarrativeDocxWriter.Write(SampleNarrative.Government, "示例区人民政府", 2022, Form);

    private static NarrativeReadResult Read(byte[] bytes, string name = "narrative.docx", ReadLimits? limits = null) => NarrativeReader.Read(bytes, name, limits, Form);

    private static void AssertRefused(NarrativeReadResult result, Rule rule)
    {
        Assert.Null(result.Narrative);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(rule.Id, finding.Rule);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains(finding.Message, c => c >= 0x4E00);
    }

    [Fact]
    public void The_sample_itself_reads() => Assert.Empty(Read(Docx).Findings);

    [Fact]
    public void Empty_file() => AssertRefused(Read([]), Rules.FileEmpty);

    [Fact]
    public void Over_the_size_limit() => AssertRefused(Read(Docx, limits: new ReadLimits { MaxFileBytes = 1000 }), Rules.FileTooLarge);

    [Fact]
    public void Not_a_zip()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x01;

        AssertRefused(Read(bytes), Rules.NarrativeNotDocx);
    }

    [Fact]
    public void Truncated() => AssertRefused(Read(Docx[..(Docx.Length / 2)]), Rules.NarrativeCorrupt);

    [Fact]
    public void Zip_bomb_is_refused_from_its_directory()
    {
        var bomb = WordEditing.ZipBomb(Docx, 64L * 1024 * 1024);
        Assert.True(bomb.Length < 1024 * 1024);

        AssertRefused(Read(bomb), Rules.NarrativeZipBomb);
    }

    [Fact]
    public void Zip_bomb_that_lies_about_its_size_is_stopped_by_counting_the_bytes()
    {
        // Under the ratio floor and the per-part limit by its directory, but over a small inflation budget: the count stops it.
        var bomb = WordEditing.ZipBomb(Docx, 4L * 1024 * 1024);

        AssertRefused(Read(bomb, limits: new ReadLimits { MaxInflatedBytes = 2L * 1024 * 1024, MaxCompressionRatio = double.MaxValue }), Rules.NarrativeZipBomb);
    }

    [Fact]
    public void Dtd_and_external_entity_in_the_document_part()
    {
        var xxe = WordEditing.Rewrite(Docx, WordEditing.DocumentPart, text =>
            "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + text![(text!.IndexOf("?>", StringComparison.Ordinal) + 2)..].Replace("本报告", "&xxe;本报告", StringComparison.Ordinal));

        AssertRefused(Read(xxe), Rules.NarrativeDtd);
    }

    [Fact]
    public void Entity_expansion_in_the_styles_part()
    {
        var billion = WordEditing.Rewrite(Docx, "word/styles.xml", text =>
            "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>" + text);

        AssertRefused(Read(billion), Rules.NarrativeDtd);
    }

    [Fact]
    public void Macro_enabled_docm()
    {
        var docm = WordEditing.Rewrite(Docx, "word/vbaProject.bin", _ => "VBA");

        AssertRefused(Read(docm, "narrative.docm"), Rules.NarrativeMacroEnabled);
    }

    [Fact]
    public void Macro_enabled_by_its_content_type_alone()
    {
        var docm = WordEditing.Rewrite(Docx, "[Content_Types].xml", text =>
            text!.Replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "application/vnd.ms-word.document.macroEnabled.main+xml", StringComparison.Ordinal));

        AssertRefused(Read(docm), Rules.NarrativeMacroEnabled);
    }

    [Fact]
    public void Encrypted_document_in_a_compound_file() => AssertRefused(Read(CompoundFile("EncryptedPackage")), Rules.NarrativeEncrypted);

    [Fact]
    public void Legacy_doc_compound_file() => AssertRefused(Read(CompoundFile("WordDocument"), "narrative.doc"), Rules.NarrativeLegacyDoc);

    [Fact]
    public void Huge_number_of_paragraphs_is_counted_not_timed()
    {
        // Six bytes a paragraph: under the ratio check's 1 MB floor, so only the count can stop it (a bigger one is a zip bomb by ratio).
        var many = WordEditing.ManyParagraphs(Docx, 150_000);

        AssertRefused(Read(many, limits: new ReadLimits { MaxCells = 100_000 }), Rules.NarrativeTooManyParagraphs);
        AssertRefused(Read(WordEditing.ManyParagraphs(Docx, 250_001)), Rules.NarrativeZipBomb);
        AssertRefused(Read(WordEditing.ManyParagraphs(Docx, 101), limits: new ReadLimits { MaxCells = 100 }), Rules.NarrativeTooManyParagraphs);
    }

    [Fact]
    public void Huge_number_of_text_lines()
    {
        var text = Encoding.UTF8.GetBytes("一、总体情况\n" + string.Concat(Enumerable.Repeat("甲\n", 101)));

        AssertRefused(Read(text, "narrative.txt", new ReadLimits { MaxCells = 100 }), Rules.NarrativeTooManyParagraphs);
        AssertRefused(Read(text, "narrative.md", new ReadLimits { MaxCells = 100 }), Rules.NarrativeTooManyParagraphs);
    }

    [Fact]
    public void A_workbook_is_not_a_narrative()
    {
        var workbook = Disclosure.Tests.Workbooks.FilledTemplate.Create(Disclosure.Tests.Workbooks.FilledTemplate.DistinctFigures());

        AssertRefused(Read(workbook), Rules.NarrativeCorrupt);
    }

    [Fact]
    public void Binary_bytes_named_txt()
    {
        var bytes = new byte[2048];
        new Random(3).NextBytes(bytes);
        bytes[0] = 0x01;

        AssertRefused(Read(bytes, "narrative.txt"), Rules.NarrativeNotText);
    }

    [Theory]
    [InlineData(">", "")]
    [InlineData("*", "*")]
    [InlineData("[", "]")]
    [InlineData("- ", "")]
    [InlineData("_", "_")]
    public void Deeply_nested_markdown_is_read_on_a_one_megabyte_stack(string open, string close)
    {
        // A thread pool thread's stack: what ingest runs on. Deep nesting must not overflow it (that would end the process).
        var depth = 100_000;
        var text = "一、总体情况\n" + string.Concat(Enumerable.Repeat(open, depth)) + "甲" + string.Concat(Enumerable.Repeat(close, depth));
        NarrativeReadResult? result = null;
        Exception? thrown = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = Read(Encoding.UTF8.GetBytes(text), "deep.md");
                }
                catch (Exception e)
                {
                    thrown = e;
                }
            },
            1024 * 1024);
        thread.Start();
        thread.Join();

        Assert.Null(thrown);
        Assert.NotNull(result);
        Assert.True(result.Narrative is not null || result.Findings.Single().Rule == Rules.NarrativeTooDeep.Id);
    }

    [Theory]
    [InlineData("> ")]
    [InlineData("- ")]
    [InlineData("1. ")]
    public void Markdown_nested_past_the_limit_is_refused_before_markdig_parses_it(string marker)
    {
        var deep = "一、总体情况\n" + string.Concat(Enumerable.Repeat(marker, NarrativeReader.MaxMarkdownDepth + 1)) + "甲";
        var fine = "一、总体情况\n" + string.Concat(Enumerable.Repeat(marker, 3)) + "甲";

        AssertRefused(Read(Encoding.UTF8.GetBytes(deep), "deep.md"), Rules.NarrativeTooDeep);
        Assert.NotNull(Read(Encoding.UTF8.GetBytes(fine), "fine.md").Narrative);
    }

    [Fact]
    public void A_run_of_unclosed_links_is_plain_text_not_a_quadratic_parse()
    {
        // Markdig's link parser is quadratic on this (200,000 of them took minutes); links are off, so it is text.
        var text = "一、总体情况\n" + string.Concat(Enumerable.Repeat("[a](", 200_000));

        var result = Read(Encoding.UTF8.GetBytes(text), "links.md");

        var paragraph = Assert.IsType<Disclosure.Reports.NarrativeParagraph>(Assert.Single(result.Narrative!.Section("overview")!.Blocks));
        Assert.StartsWith("[a](", paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_markdown_table_wider_than_the_cell_limit_allows_is_refused_before_padding()
    {
        // One header of 10,000 columns over 100 one-cell rows would pad to a million cells.
        var text = "一、总体情况\n\n|" + string.Concat(Enumerable.Repeat(" a |", 10_000)) + "\n|" + string.Concat(Enumerable.Repeat(" - |", 10_000))
            + string.Concat(Enumerable.Repeat("\n| b |", 100));

        AssertRefused(Read(Encoding.UTF8.GetBytes(text), "wide.md", new ReadLimits { MaxCells = 100_000 }), Rules.NarrativeTooManyParagraphs);
    }

    [Fact]
    public void A_word_table_wider_than_the_cell_limit_allows_is_refused_before_padding()
    {
        var wide = WordEditing.Rewrite(Docx, WordEditing.DocumentPart, _ =>
        {
            var builder = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:tbl><w:tr>");
            builder.Append(string.Concat(Enumerable.Repeat("<w:tc/>", 500)));
            builder.Append("</w:tr>").Append(string.Concat(Enumerable.Repeat("<w:tr><w:tc/></w:tr>", 500)));
            return builder.Append("</w:tbl></w:body></w:document>").ToString();
        });

        // 1,000 cells counted, but 501 rows × 500 columns once padded.
        AssertRefused(Read(wide, limits: new ReadLimits { MaxCells = 100_000 }), Rules.NarrativeTooManyParagraphs);
    }

    [Fact]
    public void Text_lines_with_tabs_are_a_table_only_while_their_width_holds()
    {
        var text = "一、总体情况\n" + new string('\t', 5_000) + "x\n" + string.Concat(Enumerable.Repeat("a\tb\n", 3));

        var result = Read(Encoding.UTF8.GetBytes(text), "tabs.txt");

        var table = Assert.IsType<Disclosure.Reports.NarrativeTable>(Assert.Single(result.Narrative!.Section("overview")!.Blocks, b => b is Disclosure.Reports.NarrativeTable));
        Assert.Equal(3, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal(2, r.Count));
    }

    /// <summary>A compound file's header and a directory entry name, as much of one as the reader looks at.</summary>
    private static byte[] CompoundFile(string stream)
    {
        var bytes = new byte[4096];
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes(stream).CopyTo(bytes, 1024);
        return bytes;
    }
}
