using System.IO.Compression;
using System.Xml;
using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.Workbooks;

/// <summary>
/// The zip package of a workbook, opened defensively: the central directory is checked against the
/// limits before anything is inflated, every part is read through a counting stream, and every XML
/// part is refused if it carries a DTD.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    // Below this inflated size a high ratio is harmless (a small part of repeated XML compresses very well).
    private const long RatioFloor = 1024 * 1024;

    private readonly ZipArchive _zip;
    private readonly ReadLimits _limits;
    private readonly InflationBudget _budget;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly XmlReaderSettings _xmlSettings;

    private XlsxPackage(ZipArchive zip, ReadLimits limits)
    {
        _zip = zip;
        _limits = limits;
        _budget = new InflationBudget(limits.MaxInflatedBytes);
        _entries = new Dictionary<string, ZipArchiveEntry>(zip.Entries.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            _entries.TryAdd(entry.FullName.TrimStart('/'), entry);
        }

        _xmlSettings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = true,
            MaxCharactersInDocument = limits.MaxPartBytes,
        };
    }

    public IEnumerable<string> PartNames => _entries.Keys;

    public static XlsxPackage Open(byte[] content, ReadLimits limits)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            var isZip = content.Length >= 4 && content[0] == 'P' && content[1] == 'K';
            throw new ReadRefusal(isZip ? Rules.FileCorrupt.Raise("Excel 工作簿", "无法打开压缩包") : Rules.FileNotZip.Raise());
        }

        try
        {
            CheckDirectory(zip, limits);
            return new XlsxPackage(zip, limits);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    public bool Has(string path) => _entries.ContainsKey(path);

    /// <summary>Opens a part for reading, bounded by the per-part and whole-package limits.</summary>
    public Stream OpenPart(string path)
    {
        if (!_entries.TryGetValue(path, out var entry))
        {
            throw new ReadRefusal(Rules.FileCorrupt.Raise("Excel 工作簿", $"缺少部件 {path}"));
        }

        return new BoundedReadStream(entry.Open(), _limits.MaxPartBytes, _budget);
    }

    public XmlReader OpenXml(string path) => XmlReader.Create(OpenPart(path), _xmlSettings);

    /// <summary>Refuses the package if any XML part declares a DTD (the door to XXE and entity expansion).</summary>
    public void RefuseDtds()
    {
        foreach (var (name, _) in _entries)
        {
            if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".vml", StringComparison.OrdinalIgnoreCase))
            {
                using var part = OpenPart(name);
                if (XmlProlog.HasDtd(part))
                {
                    throw new ReadRefusal(Rules.FileDtd.Raise());
                }
            }
        }
    }

    public void Dispose() => _zip.Dispose();

    private static void CheckDirectory(ZipArchive zip, ReadLimits limits)
    {
        if (zip.Entries.Count > limits.MaxZipEntries)
        {
            throw new ReadRefusal(Rules.FileZipBomb.Raise());
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            var ratio = entry.CompressedLength > 0 ? (double)entry.Length / entry.CompressedLength : entry.Length > 0 ? double.PositiveInfinity : 0;
            if (entry.Length > limits.MaxPartBytes || total > limits.MaxInflatedBytes || (entry.Length >= RatioFloor && ratio > limits.MaxCompressionRatio))
            {
                throw new ReadRefusal(Rules.FileZipBomb.Raise());
            }
        }
    }
}
