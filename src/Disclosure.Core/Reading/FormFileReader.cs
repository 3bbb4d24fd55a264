using System.Globalization;
using Disclosure.Form;
using Disclosure.PublishedReports;
using Disclosure.Validation;
using Disclosure.Workbooks;

namespace Disclosure.Reading;

/// <summary>
/// Reads any file the product accepts (office workbook, key,value CSV, published report as text,
/// HTML or PDF), telling the format by its content rather than trusting its name.
/// </summary>
public static class FormFileReader
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    public static ReadResult ReadFile(string path, ReadLimits? limits = null, FormEdition? form = null)
    {
        limits ??= ReadLimits.Default;
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return ReadResult.Unreadable(Rules.FileNotFound.Raise(path));
        }

        if (info.Length > limits.MaxFileBytes)
        {
            return ReadResult.Unreadable(TooLarge(info.Length, limits));
        }

        return Read(File.ReadAllBytes(path), info.Name, limits, form);
    }

    public static ReadResult Read(byte[] content, string fileName, ReadLimits? limits = null, FormEdition? form = null)
    {
        limits ??= ReadLimits.Default;
        form ??= NationalForm.Current;
        if (content.Length == 0)
        {
            return ReadResult.Unreadable(Rules.FileEmpty.Raise());
        }

        if (content.Length > limits.MaxFileBytes)
        {
            return ReadResult.Unreadable(TooLarge(content.Length, limits));
        }

        var bytes = content.AsSpan();
        if (bytes.StartsWith(ZipMagic))
        {
            return XlsxFormReader.Read(content, fileName, limits, form);
        }

        if (bytes.StartsWith(CompoundFileMagic))
        {
            return CompoundFile.Describe(content);
        }

        if (bytes.StartsWith(PdfMagic))
        {
            return ReportPdfReader.Read(content, limits, form);
        }

        if (!TextDecoding.TryDecode(content, out var text))
        {
            return LooksLikeZipByName(fileName)
                ? ReadResult.Unreadable(Rules.FileNotZip.Raise())
                : ReadResult.Unreadable(Rules.FileNotText.Raise());
        }

        if (LooksLikeZipByName(fileName))
        {
            return ReadResult.Unreadable(Rules.FileNotZip.Raise());
        }

        if (ReportHtmlReader.LooksLikeHtml(text))
        {
            return ReportHtmlReader.Read(text, limits, form);
        }

        if (CsvFormReader.LooksLikeCsv(text))
        {
            return CsvFormReader.Read(text, limits, form);
        }

        if (ReportTextReader.LooksLikeReport(text))
        {
            return ReportTextReader.Read(text, limits, form);
        }

        return ReadResult.Unreadable(Rules.FileUnknownFormat.Raise());
    }

    private static bool LooksLikeZipByName(string fileName) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase);

    /// <summary>The finding for a file over <see cref="ReadLimits.MaxFileBytes"/>, sizes in MB as a clerk reads them.</summary>
    public static Finding TooLarge(long length, ReadLimits limits) => Rules.FileTooLarge.Raise(
        (length / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture),
        (limits.MaxFileBytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture));
}
