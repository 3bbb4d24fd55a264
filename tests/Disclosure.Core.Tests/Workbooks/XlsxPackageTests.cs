using System.IO.Compression;
using System.Text;
using System.Xml;
using Disclosure.Reading;
using Disclosure.Validation;
using Disclosure.Workbooks;

namespace Disclosure.Tests.Workbooks;

/// <summary>
/// The package layer on its own, below the reader: what it calls a zip, where the compression-ratio check starts, which
/// parts it scans for a DTD, and the XML settings every part is read with (a second guard behind the DTD scan, so the
/// reader's own tests never reach it).
/// </summary>
public class XlsxPackageTests
{
    private const int MiB = 1024 * 1024;

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03 }, "file.not_zip")] // PK, but too short to be a zip's signature
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, "file.corrupt")] // a local header's signature, nothing after it
    [InlineData(new byte[] { 0x50, 0x4B, 0x05, 0x06, 0x00 }, "file.corrupt")]
    [InlineData(new byte[] { 0x51, 0x4B, 0x03, 0x04 }, "file.not_zip")]
    [InlineData(new byte[] { 0x50, 0x4C, 0x03, 0x04 }, "file.not_zip")]
    [InlineData(new byte[] { 0x4B, 0x50, 0x03, 0x04 }, "file.not_zip")]
    public void Bytes_that_do_not_open_as_a_zip_are_corrupt_only_when_they_start_like_one(byte[] content, string rule)
    {
        var refusal = Assert.Throws<ReadRefusal>(() => XlsxPackage.Open(content, ReadLimits.Default));

        Assert.Equal(rule, refusal.Rule);
        if (rule == Rules.FileCorrupt.Id)
        {
            Assert.Contains("无法打开压缩包", refusal.Finding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_part_of_exactly_1_MiB_compressed_over_200_times_is_a_zip_bomb()
    {
        // 1 MiB of one repeated byte deflates to about a kilobyte: a ratio near 1,000.
        var refusal = Assert.Throws<ReadRefusal>(() => XlsxPackage.Open(Zip(("xl/media/zeros.bin", new byte[MiB])), ReadLimits.Default));

        Assert.Equal(Rules.FileZipBomb.Id, refusal.Rule);
    }

    [Fact]
    public void A_part_one_byte_under_1_MiB_may_compress_as_well_as_it_likes()
    {
        using var package = XlsxPackage.Open(Zip(("xl/media/zeros.bin", new byte[MiB - 1])), ReadLimits.Default);

        Assert.True(package.Has("xl/media/zeros.bin"));
    }

    [Fact]
    public void A_missing_part_is_refused_as_corrupt_naming_the_part()
    {
        using var package = XlsxPackage.Open(Zip(("xl/workbook.xml", "<workbook/>"u8.ToArray())), ReadLimits.Default);

        var refusal = Assert.Throws<ReadRefusal>(() => package.OpenPart("xl/styles.xml"));

        Assert.Equal(Rules.FileCorrupt.Id, refusal.Rule);
        Assert.Contains("缺少部件 xl/styles.xml", refusal.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Part_names_are_found_without_a_leading_slash_and_whatever_their_case()
    {
        using var package = XlsxPackage.Open(Zip(("/xl/Workbook.xml", "<workbook/>"u8.ToArray())), ReadLimits.Default);

        Assert.True(package.Has("xl/workbook.xml"));
        Assert.True(package.Has("XL/WORKBOOK.XML"));
        Assert.False(package.Has("/xl/workbook.xml"));
        Assert.Equal(["xl/Workbook.xml"], package.PartNames);
    }

    [Theory]
    [InlineData("xl/worksheets/sheet1.xml")]
    [InlineData("xl/STYLES.XML")]
    [InlineData("_rels/.rels")]
    [InlineData("xl/drawings/vmlDrawing1.vml")]
    public void A_DTD_in_any_XML_part_refuses_the_package(string part)
    {
        using var package = XlsxPackage.Open(Zip(("xl/workbook.xml", "<workbook/>"u8.ToArray()), (part, Doctype)), ReadLimits.Default);

        var refusal = Assert.Throws<ReadRefusal>(package.RefuseDtds);

        Assert.Equal(Rules.FileDtd.Id, refusal.Rule);
    }

    [Fact]
    public void Parts_that_are_not_XML_are_not_scanned_for_a_DTD()
    {
        // An embedded picture or binary may hold any bytes; it is never parsed as XML.
        using var package = XlsxPackage.Open(
            Zip(("xl/workbook.xml", "<workbook/>"u8.ToArray()), ("xl/media/image1.bin", Doctype), ("xl/vbaProject.bin", Doctype)),
            ReadLimits.Default);

        package.RefuseDtds();
    }

    [Fact]
    public void A_part_read_as_XML_never_expands_a_DTD_even_when_the_scan_was_skipped()
    {
        using var package = XlsxPackage.Open(Zip(("xl/sharedStrings.xml", Doctype)), ReadLimits.Default);
        using var reader = package.OpenXml("xl/sharedStrings.xml");

        var error = Assert.Throws<XmlException>(() =>
        {
            while (reader.Read())
            {
            }
        });
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_read_as_XML_skips_comments_processing_instructions_and_whitespace()
    {
        var xml = "<?xml version=\"1.0\"?>\n<sst>\n  <!-- a comment -->\n  <?producer any?>\n  <si><t>甲</t></si>\n</sst>"u8.ToArray();
        using var package = XlsxPackage.Open(Zip(("xl/sharedStrings.xml", xml)), ReadLimits.Default);
        using var reader = package.OpenXml("xl/sharedStrings.xml");

        var nodes = new List<string>();
        while (reader.Read())
        {
            nodes.Add(reader.NodeType == XmlNodeType.Text ? $"Text:{reader.Value}" : $"{reader.NodeType}:{reader.LocalName}");
        }

        Assert.Equal(["XmlDeclaration:xml", "Element:sst", "Element:si", "Element:t", "Text:甲", "EndElement:t", "EndElement:si", "EndElement:sst"], nodes);
    }

    private static readonly byte[] Doctype = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY e \"expanded\">]><sst><si><t>&e;</t></si></sst>");

    private static byte[] Zip(params (string Name, byte[] Content)[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }
}
