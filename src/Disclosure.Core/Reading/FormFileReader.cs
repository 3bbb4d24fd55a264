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
            return ReadResult.Unreadable(ReadingRules.FileNotFound, $"找不到文件:{path}");
        }

        if (info.Length > limits.MaxFileBytes)
        {
            return ReadResult.Unreadable(ReadingRules.FileTooLarge, TooLargeMessage(info.Length, limits));
        }

        return Read(File.ReadAllBytes(path), info.Name, limits, form);
    }

    public static ReadResult Read(byte[] content, string fileName, ReadLimits? limits = null, FormEdition? form = null)
    {
        limits ??= ReadLimits.Default;
        form ??= NationalForm.Current;
        if (content.Length == 0)
        {
            return ReadResult.Unreadable(ReadingRules.FileEmpty, "文件为空(0 字节),请重新导出后上传。");
        }

        if (content.Length > limits.MaxFileBytes)
        {
            return ReadResult.Unreadable(ReadingRules.FileTooLarge, TooLargeMessage(content.Length, limits));
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
                ? ReadResult.Unreadable(ReadingRules.FileNotZip, "文件扩展名为 .xlsx,但内容不是有效的 Excel 工作簿(不是 zip 包),文件可能已损坏。")
                : ReadResult.Unreadable(ReadingRules.FileNotText, "文件内容不是文本,也不是 Excel 工作簿或 PDF,无法识别。请上传 xlsx 工作簿或 UTF-8/GB18030 编码的 CSV。");
        }

        if (LooksLikeZipByName(fileName))
        {
            return ReadResult.Unreadable(ReadingRules.FileNotZip, "文件扩展名为 .xlsx,但内容不是有效的 Excel 工作簿(不是 zip 包),文件可能已损坏。");
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

        return ReadResult.Unreadable(ReadingRules.FileUnknownFormat,
            "无法识别文件格式:既不是“key,value”两列的 CSV,也不是政府信息公开工作年度报告的文本。");
    }

    private static bool LooksLikeZipByName(string fileName) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase);

    private static string TooLargeMessage(long length, ReadLimits limits) =>
        $"文件大小 {length / 1024.0 / 1024.0:0.#} MB,超过上限 {limits.MaxFileBytes / 1024 / 1024} MB。年度报告工作簿通常不足 1 MB,请检查是否上传了错误的文件。";
}
