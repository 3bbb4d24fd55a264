using System.IO.Compression;
using System.Text;
using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;
using Disclosure.Tests.Workbooks;

namespace Disclosure.Tests.Reading;

/// <summary>
/// Every reader's limits at their defaults (ReadLimits.Default, never a test's own smaller limits): an input one unit
/// over each limit is refused with its rule, an input exactly at the limit is read. The sizes are written out here
/// as numbers, not taken from ReadLimits, so a default made larger (or unlimited) fails these tests.
/// Inputs are built to the boundary and counted; nothing is timed.
/// </summary>
public class DefaultLimitsTests
{
    private const long MiB = 1024 * 1024;
    private const long FileBytes = 20 * MiB;
    private const long InflatedBytes = 100 * MiB;
    private const long PartBytes = 40 * MiB;
    private const int ZipEntries = 1_000;
    private const int Cells = 200_000;

    private static readonly FormEdition Form = NationalForm.Edition2021;
    private static readonly byte[] Template = FilledTemplate.Create(FilledTemplate.DistinctFigures());

    private static ReadResult Read(byte[] bytes, string name = "office.xlsx") => FormFileReader.Read(bytes, name, form: Form);

    private static void AssertRefused(ReadResult result, string rule)
    {
        Assert.True(result.IsUnreadable, "expected a refusal, the file was read");
        Assert.Equal(rule, Assert.Single(result.Findings).Rule);
    }

    private static void AssertNotRefusedBy(ReadResult result, string rule) =>
        Assert.DoesNotContain(result.Findings, f => f.Rule == rule);

    [Fact]
    public void A_file_one_byte_over_20_MiB_is_refused_as_too_large()
    {
        AssertRefused(Read(new byte[FileBytes + 1], "office.csv"), Rules.FileTooLarge.Id);
    }

    [Fact]
    public void A_file_of_exactly_20_MiB_is_not_refused_for_its_size()
    {
        var bytes = new byte[FileBytes];
        bytes[0] = 0xFF; // not text, not a zip: refused for what it is, not for its size
        var result = Read(bytes, "office.csv");

        Assert.True(result.IsUnreadable);
        AssertNotRefusedBy(result, Rules.FileTooLarge.Id);
    }

    [Fact]
    public void A_file_on_disk_over_20_MiB_is_refused_by_ReadFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"limits-{Guid.NewGuid():N}.xlsx");
        try
        {
            using (var file = File.Create(path))
            {
                file.Write(Template);
                file.SetLength(FileBytes + 1);
            }

            AssertRefused(FormFileReader.ReadFile(path, form: Form), Rules.FileTooLarge.Id);

            using (var file = File.OpenWrite(path))
            {
                file.SetLength(FileBytes);
            }

            AssertNotRefusedBy(FormFileReader.ReadFile(path, form: Form), Rules.FileTooLarge.Id);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_part_declared_one_byte_over_40_MiB_is_a_zip_bomb()
    {
        AssertRefused(Read(WithPads(PartBytes + 1)), Rules.FileZipBomb.Id);
        Assert.False(Read(WithPads(PartBytes)).IsUnreadable);
    }

    [Fact]
    public void Parts_declared_one_byte_over_100_MiB_in_all_are_a_zip_bomb()
    {
        // Each pad under the part limit and under the ratio limit: only the total is over.
        var rest = InflatedBytes - DeclaredTotal(Template) - 2 * PartBytes;
        Assert.InRange(rest, 1 * MiB, PartBytes);

        AssertRefused(Read(WithPads(PartBytes, PartBytes, rest + 1)), Rules.FileZipBomb.Id);
        Assert.False(Read(WithPads(PartBytes, PartBytes, rest)).IsUnreadable);
    }

    [Fact]
    public void One_zip_entry_over_1000_is_a_zip_bomb()
    {
        var entries = EntryCount(Template);

        AssertRefused(Read(WithEmptyEntries(ZipEntries - entries + 1)), Rules.FileZipBomb.Id);
        Assert.False(Read(WithEmptyEntries(ZipEntries - entries)).IsUnreadable);
    }

    [Fact]
    public void A_workbook_of_200_001_cells_is_refused_and_of_200_000_is_read()
    {
        // Numbers only: no shared strings or names, so the cells are all the budget counts.
        AssertRefused(Read(Grid(Cells + 1)), Rules.FileTooManyCells.Id);
        AssertNotRefusedBy(Read(Grid(Cells)), Rules.FileTooManyCells.Id);
    }

    [Fact]
    public void A_csv_of_200_001_records_is_refused_and_of_200_000_is_read()
    {
        AssertRefused(Read(Csv(Cells + 1), "office.csv"), Rules.FileTooManyCells.Id);

        var result = Read(Csv(Cells), "office.csv");
        Assert.False(result.IsUnreadable);
        Assert.Equal(SourceFormat.Csv, result.Document!.Format);
    }

    [Fact]
    public void A_report_text_of_200_001_lines_is_refused_and_of_200_000_is_read()
    {
        AssertRefused(Read(ReportText(Cells + 1), "report.txt"), Rules.FileTooManyCells.Id);
        AssertNotRefusedBy(Read(ReportText(Cells), "report.txt"), Rules.FileTooManyCells.Id);
    }

    private static long DeclaredTotal(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.Sum(e => e.Length);
    }

    private static int EntryCount(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.Count;
    }

    /// <summary>
    /// The template plus parts the reader never opens (not XML), each 256 KiB of random bytes that declare the given
    /// inflated size: the directory check sees the sizes, the ratio stays under 200, nothing big is ever in memory.
    /// </summary>
    private static byte[] WithPads(params long[] declared)
    {
        var bytes = Template;
        var random = new Random(5);
        for (var i = 0; i < declared.Length; i++)
        {
            var name = $"xl/media/pad{i}.bin";
            var content = new byte[256 * 1024];
            random.NextBytes(content);
            bytes = AddEntry(bytes, name, content, CompressionLevel.NoCompression);
            bytes = HostileWorkbooks.LieAboutSize(bytes, name, checked((uint)declared[i]));
        }

        using var archive = new ZipArchive(new MemoryStream(bytes));
        for (var i = 0; i < declared.Length; i++)
        {
            var entry = archive.GetEntry($"xl/media/pad{i}.bin")!;
            Assert.Equal(declared[i], entry.Length);
            Assert.True((double)entry.Length / entry.CompressedLength < 200, "a pad must stay under the ratio limit");
        }

        return bytes;
    }

    private static byte[] WithEmptyEntries(int count)
    {
        using var stream = new MemoryStream();
        stream.Write(Template);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                zip.CreateEntry($"xl/media/empty{i}.bin");
            }
        }

        return stream.ToArray();
    }

    private static byte[] AddEntry(byte[] zip, string name, byte[] content, CompressionLevel level)
    {
        using var stream = new MemoryStream();
        stream.Write(zip);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = archive.CreateEntry(name, level).Open();
            entry.Write(content);
        }

        return stream.ToArray();
    }

    private static byte[] Grid(int cells)
    {
        const int Columns = 100;
        var rows = new List<IReadOnlyList<object?>>();
        for (var start = 0; start < cells; start += Columns)
        {
            rows.Add(Enumerable.Range(start, Math.Min(Columns, cells - start)).Select(v => (object?)v).ToArray());
        }

        return GridWorkbook.Create(new GridSheet("大表", rows));
    }

    /// <summary>A key,value CSV of exactly <paramref name="records"/> records (the header is one), no trailing newline.</summary>
    private static byte[] Csv(int records)
    {
        var text = new StringBuilder("key,value");
        for (var i = 1; i < records; i++)
        {
            text.Append('\n').Append("meta.note").Append(i).Append(",1");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A report's text of exactly <paramref name="lines"/> lines, no trailing newline.</summary>
    private static byte[] ReportText(int lines)
    {
        var text = new StringBuilder("二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况");
        for (var i = 2; i < lines; i++)
        {
            text.Append('\n').Append('一');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
