using System.IO.Compression;
using System.Text;

namespace Disclosure.Tests.Workbooks;

/// <summary>Broken and hostile files, built in memory from a real template.</summary>
public static class HostileWorkbooks
{
    public const string SheetPart = "xl/worksheets/sheet1.xml";

    /// <summary>The template with one part rewritten, removed (<paramref name="rewrite"/> returns null) or added.</summary>
    public static byte[] Rewrite(byte[] workbook, string part, Func<string?, string?> rewrite)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(part);
            string? text = null;
            if (entry is not null)
            {
                using (var reader = new StreamReader(entry.Open()))
                {
                    text = reader.ReadToEnd();
                }

                entry.Delete();
            }

            if (rewrite(text) is { } replaced)
            {
                using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
                writer.Write(replaced);
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The workbook with the first 64 bytes of one part's deflated data overwritten with 0xFF, its headers and directory
    /// left intact: the zip opens, and the part fails as it inflates (0xFF starts a block of the reserved type 11).
    /// </summary>
    public static byte[] DamageCompressedData(byte[] workbook, string part)
    {
        long compressed;
        using (var zip = new ZipArchive(new MemoryStream(workbook)))
        {
            compressed = zip.GetEntry(part)!.CompressedLength;
        }

        // The local header: signature, 26 bytes of fields, the name, the extra field, then the data.
        var header = HeadersOf(workbook, LocalHeader, part).First();
        var extra = BitConverter.ToUInt16(workbook, header + 28);
        var data = header + LocalHeader.NameAt + Encoding.UTF8.GetByteCount(part) + extra;
        var damaged = (byte[])workbook.Clone();
        damaged.AsSpan(data, (int)Math.Min(64, compressed)).Fill(0xFF);
        return damaged;
    }

    /// <summary>The first worksheet part's name in a template (the SDK names parts at random).</summary>
    public static string FirstSheetPart(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        return zip.Entries.Select(e => e.FullName).Where(n => n.Contains("worksheets/", StringComparison.Ordinal) && n.EndsWith(".xml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).First();
    }

    /// <summary>A workbook whose sheet part inflates to <paramref name="zeroBytes"/> zero bytes, streamed so the test stays fast.</summary>
    public static byte[] ZipBomb(byte[] template, long zeroBytes, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var stream = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(template)))
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var sheet = FirstSheetPart(template);
            foreach (var entry in source.Entries.Where(e => e.FullName != sheet))
            {
                using var from = entry.Open();
                using var to = zip.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }

            using var bomb = zip.CreateEntry(sheet, level).Open();
            var zeros = new byte[1 << 20];
            for (long written = 0; written < zeroBytes; written += zeros.Length)
            {
                bomb.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    /// <summary>Overwrites the uncompressed size the zip declares for <paramref name="part"/> (local header and central directory) with a lie.</summary>
    public static byte[] LieAboutSize(byte[] zip, string part, uint declared)
    {
        var bytes = (byte[])zip.Clone();
        foreach (var header in HeadersOf(bytes, LocalHeader, part))
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(header + 22, 4), declared);
        }

        foreach (var header in HeadersOf(bytes, CentralHeader, part))
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(header + 24, 4), declared);
        }

        return bytes;
    }

    // A zip's local file header (name from byte 30) and its central directory entry (name from byte 46).
    private static readonly (uint Signature, int NameAt) LocalHeader = (0x04034b50, 30);
    private static readonly (uint Signature, int NameAt) CentralHeader = (0x02014b50, 46);

    /// <summary>Where the headers of one kind that name <paramref name="part"/> start.</summary>
    private static IEnumerable<int> HeadersOf(byte[] zip, (uint Signature, int NameAt) kind, string part)
    {
        var name = Encoding.UTF8.GetBytes(part);
        for (var i = 0; i + kind.NameAt + name.Length <= zip.Length; i++)
        {
            if (BitConverter.ToUInt32(zip, i) == kind.Signature && zip.AsSpan(i + kind.NameAt, name.Length).SequenceEqual(name))
            {
                yield return i;
            }
        }
    }

    /// <summary>A minimal OLE compound file: the magic header, padding, and a directory entry name in UTF-16.</summary>
    public static byte[] CompoundFile(string streamName)
    {
        var bytes = new byte[1536];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes(streamName).CopyTo(bytes, 1024);
        return bytes;
    }
}
