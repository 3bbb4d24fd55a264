using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;
using Disclosure.Workbooks;

namespace Disclosure.Tests.Workbooks;

public class HostileWorkbookTests
{
    private static readonly FormEdition Form = NationalForm.Edition2021;
    private static readonly IReadOnlyDictionary<string, decimal> Figures = FilledTemplate.DistinctFigures();
    private static readonly byte[] Template = FilledTemplate.Create(Figures);

    private static ReadResult Read(byte[] bytes, ReadLimits? limits = null) => XlsxFormReader.Read(bytes, "office.xlsx", limits ?? ReadLimits.Default, Form);

    private static void AssertUnreadable(ReadResult result, string rule)
    {
        Assert.True(result.IsUnreadable);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(rule, finding.Rule);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        Assert.Contains(finding.Message, c => c >= 0x4E00); // told in Chinese, not an exception dump
    }

    [Fact]
    public void Empty_file() => AssertUnreadable(FormFileReader.Read([], "office.xlsx"), Rules.FileEmpty.Id);

    [Fact]
    public void Random_bytes_named_xlsx()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x01;

        AssertUnreadable(FormFileReader.Read(bytes, "office.xlsx"), Rules.FileNotZip.Id);
        AssertUnreadable(Read(bytes), Rules.FileNotZip.Id);
    }

    [Fact]
    public void Truncated_zip()
    {
        var half = Template[..(Template.Length / 2)];

        AssertUnreadable(Read(half), Rules.FileCorrupt.Id);
        AssertUnreadable(FormFileReader.Read(half, "office.xlsx"), Rules.FileCorrupt.Id);
    }

    [Fact]
    public void Zip_bomb_is_refused_from_its_directory_before_inflating()
    {
        var bomb = HostileWorkbooks.ZipBomb(Template, 101L * 1024 * 1024);
        Assert.True(bomb.Length < 1024 * 1024);

        AssertUnreadable(FormFileReader.Read(bomb, "office.xlsx"), Rules.FileZipBomb.Id);

        // Refused from the directory, not while inflating: with the part's declared size cut to 1,000 bytes the same
        // bomb passes the directory check and fails as broken XML instead (the next test), so this refusal came first.
    }

    [Fact]
    public void Zip_bomb_that_lies_about_its_size_never_inflates_past_the_lie()
    {
        // ZipArchive stops at the declared size, so the part arrives cut short: broken XML, not 8 MB in memory.
        var sheet = HostileWorkbooks.FirstSheetPart(Template);
        var bomb = HostileWorkbooks.LieAboutSize(HostileWorkbooks.ZipBomb(Template, 8L * 1024 * 1024), sheet, declared: 1000);

        var result = Read(bomb);

        AssertUnreadable(result, Rules.FileCorrupt.Id);
    }

    [Fact]
    public void Parts_are_counted_as_they_inflate_whatever_the_directory_says()
    {
        var budget = new InflationBudget(10L * 1024 * 1024);
        using var part = new BoundedReadStream(new MemoryStream(new byte[2 * 1024 * 1024]), 1024 * 1024, budget);

        var refusal = Assert.Throws<ReadRefusal>(() => part.CopyTo(Stream.Null));
        Assert.Equal(Rules.FileZipBomb.Id, refusal.Rule);

        var shared = new InflationBudget(1024 * 1024);
        using (var first = new BoundedReadStream(new MemoryStream(new byte[700 * 1024]), 1024 * 1024, shared))
        {
            first.CopyTo(Stream.Null);
        }

        using var second = new BoundedReadStream(new MemoryStream(new byte[700 * 1024]), 1024 * 1024, shared);
        Assert.Throws<ReadRefusal>(() => second.CopyTo(Stream.Null));
    }

    [Fact]
    public void Too_many_entries_is_a_zip_bomb() =>
        AssertUnreadable(Read(Template, ReadLimits.Default with { MaxZipEntries = 3 }), Rules.FileZipBomb.Id);

    [Fact]
    public void Compression_ratio_beyond_the_limit_is_a_zip_bomb() =>
        AssertUnreadable(Read(HostileWorkbooks.ZipBomb(Template, 2L * 1024 * 1024, System.IO.Compression.CompressionLevel.SmallestSize)), Rules.FileZipBomb.Id);

    [Theory]
    [InlineData("<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")]
    [InlineData("<!-- harmless --><!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>")]
    public void Dtd_in_the_sheet_xml(string doctype)
    {
        var sheet = HostileWorkbooks.FirstSheetPart(Template);
        var bytes = HostileWorkbooks.Rewrite(Template, sheet, xml => xml!.Replace("?>", "?>" + doctype, StringComparison.Ordinal));

        AssertUnreadable(Read(bytes), Rules.FileDtd.Id);
    }

    [Fact]
    public void Dtd_in_a_part_the_reader_would_not_otherwise_parse() =>
        AssertUnreadable(Read(HostileWorkbooks.Rewrite(Template, "xl/styles.xml", xml => xml!.Replace("?>", "?><!DOCTYPE x []>", StringComparison.Ordinal))),
            Rules.FileDtd.Id);

    [Fact]
    public void Huge_sheet_beyond_the_cell_limit()
    {
        AssertUnreadable(Read(Template, ReadLimits.Default with { MaxCells = 100 }), Rules.FileTooManyCells.Id);

        var rows = Enumerable.Range(0, 300).Select(r => (IReadOnlyList<object?>)Enumerable.Range(0, 10).Select(c => (object?)(r * 10 + c)).ToArray()).ToList();
        AssertUnreadable(Read(GridWorkbook.Create(new GridSheet("大表", rows)), ReadLimits.Default with { MaxCells = 2_000 }), Rules.FileTooManyCells.Id);
    }

    [Fact]
    public void A_big_workbook_without_names_is_matched_in_bounded_time()
    {
        // Text cells that look almost like labels, so label matching cannot dismiss them cheaply.
        var rows = Enumerable.Range(0, 5_000)
            .Select(r => (IReadOnlyList<object?>)Enumerable.Range(0, 20).Select(c => (object?)$"{r}.属于三类内部事务信息{c}").ToArray())
            .ToList();
        var bytes = GridWorkbook.Create(new GridSheet("大表", rows));

        var result = Read(bytes);

        // 100,000 cells, under the default cell limit: read (no wall-clock limit; the work is bounded by MaxCells,
        // which DefaultLimitsTests pins at its boundary), and no figure is guessed from label-like text.
        Assert.False(result.IsUnreadable);
        Assert.Empty(result.Document!.Figures);
    }

    [Fact]
    public void Password_protected_workbook() =>
        AssertUnreadable(FormFileReader.Read(HostileWorkbooks.CompoundFile("EncryptedPackage"), "office.xlsx"), Rules.FileEncrypted.Id);

    [Fact]
    public void Legacy_xls_workbook() =>
        AssertUnreadable(FormFileReader.Read(HostileWorkbooks.CompoundFile("Workbook"), "office.xls"), Rules.FileLegacyXls.Id);

    [Fact]
    public void Macro_workbook()
    {
        var bytes = HostileWorkbooks.Rewrite(Template, "[Content_Types].xml", xml => xml!.Replace(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            StringComparison.Ordinal));
        bytes = HostileWorkbooks.Rewrite(bytes, "xl/vbaProject.bin", _ => "not really VBA");

        AssertUnreadable(FormFileReader.Read(bytes, "office.xlsm"), Rules.FileMacroEnabled.Id);
    }

    [Fact]
    public void Macro_content_type_alone_is_refused() =>
        AssertUnreadable(Read(HostileWorkbooks.Rewrite(Template, "[Content_Types].xml", xml => xml!.Replace(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            StringComparison.Ordinal))), Rules.FileMacroEnabled.Id);

    [Fact]
    public void Missing_workbook_part() =>
        AssertUnreadable(Read(HostileWorkbooks.Rewrite(Template, "xl/workbook.xml", _ => null)), Rules.FileCorrupt.Id);

    [Fact]
    public void A_zip_that_is_not_a_workbook() =>
        AssertUnreadable(Read(HostileWorkbooks.Rewrite(HostileWorkbooks.Rewrite(Template, "[Content_Types].xml", _ => null), "readme.txt", _ => "hi")),
            Rules.FileCorrupt.Id);

    [Fact]
    public void Malformed_sheet_xml()
    {
        var sheet = HostileWorkbooks.FirstSheetPart(Template);
        var bytes = HostileWorkbooks.Rewrite(Template, sheet, xml => xml![..(xml!.Length / 2)]);

        AssertUnreadable(Read(bytes), Rules.FileCorrupt.Id);
    }

    [Fact]
    public void Malformed_sheet_xml_is_refused_naming_the_line()
    {
        // Written by hand: the row opened on line 4 is closed by </worksheet> on line 5.
        const string broken = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\n" +
            "<sheetData>\n" +
            "<row r=\"1\">\n" +
            "</worksheet>\n";
        var bytes = HostileWorkbooks.Rewrite(Template, HostileWorkbooks.FirstSheetPart(Template), _ => broken);

        var finding = Assert.Single(Read(bytes).Findings);

        Assert.Equal(Rules.FileCorrupt.Id, finding.Rule);
        Assert.Contains("XML 格式错误,第 5 行", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_compressed_data_inside_a_part_is_refused_as_such()
    {
        var bytes = HostileWorkbooks.DamageCompressedData(Template, HostileWorkbooks.FirstSheetPart(Template));

        var finding = Assert.Single(Read(bytes).Findings);

        Assert.Equal(Rules.FileCorrupt.Id, finding.Rule);
        Assert.Contains("压缩数据损坏", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_argument_may_be_null()
    {
        Assert.Throws<ArgumentNullException>("content", () => XlsxFormReader.Read(null!, "office.xlsx", ReadLimits.Default, Form));
        Assert.Throws<ArgumentNullException>("limits", () => XlsxFormReader.Read(Template, "office.xlsx", null!, Form));
        Assert.Throws<ArgumentNullException>("form", () => XlsxFormReader.Read(Template, "office.xlsx", ReadLimits.Default, null!));
    }

    [Fact]
    public void Missing_sheet_part_a_name_points_to()
    {
        var sheet = HostileWorkbooks.FirstSheetPart(Template);
        AssertUnreadable(Read(HostileWorkbooks.Rewrite(Template, sheet, _ => null)), Rules.FileCorrupt.Id);
    }

    [Fact]
    public void Corrupted_bytes_inside_a_part_never_crash()
    {
        var random = new Random(11);
        for (var i = 0; i < 200; i++)
        {
            var bytes = (byte[])Template.Clone();
            for (var k = 0; k < 8; k++)
            {
                bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
            }

            var result = FormFileReader.Read(bytes, "office.xlsx");
            if (result.IsUnreadable)
            {
                // Refused with one finding saying why in Chinese, from the file rules, never an exception's text.
                var finding = Assert.Single(result.Findings);
                Assert.StartsWith("file.", finding.Rule, StringComparison.Ordinal);
                Assert.Contains(finding.Message, c => c >= 0x4E00);
            }
            else
            {
                // Read: every figure read is the one typed in, and a figure not read is reported, never silently lost.
                Assert.All(result.Document!.Figures, f => Assert.Equal(Figures[f.Key], f.Value));
                if (result.Document.Figures.Count < 200)
                {
                    Assert.NotEqual(ValidationStatus.Accepted, FormValidator.Validate(result).Status);
                }
            }
        }
    }
}
