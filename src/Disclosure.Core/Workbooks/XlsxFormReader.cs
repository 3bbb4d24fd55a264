using System.Xml;
using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.Workbooks;

/// <summary>Reads an office workbook (xlsx): by defined names first, else by the form's labels.</summary>
/// <remarks>
/// The package is read with ZipArchive and forward-only XmlReaders rather than the Open XML SDK's object
/// model: the limits are enforced on the bytes themselves, only the parts needed are inflated, and one
/// filled template reads in well under the time and memory the SDK needs just to open it.
/// </remarks>
public static class XlsxFormReader
{
    public static ReadResult Read(byte[] content, string fileName, ReadLimits limits, FormEdition form)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(form);
        try
        {
            using var package = XlsxPackage.Open(content, limits);
            package.RefuseDtds();
            var budget = new CellBudget(limits);
            var index = WorkbookIndex.Load(package, budget);
            var findings = new List<Finding>();
            var named = NamedCellsReader.Resolve(index, form);
            var document = named.Count > 0
                ? NamedCellsReader.Read(package, index, form, named, budget, findings)
                : LabelledTablesReader.Read(package, index, form, budget, findings);
            return new ReadResult(document, findings);
        }
        catch (ReadRefusal refusal)
        {
            return ReadResult.Unreadable(refusal.Finding);
        }
        catch (XmlException e)
        {
            // DTDs were refused on the raw bytes already; this is XML that is simply broken.
            return ReadResult.Unreadable(Rules.FileCorrupt.Raise("Excel 工作簿", $"XML 格式错误,第 {e.LineNumber} 行"));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or OverflowException or NotSupportedException
                                      or InvalidOperationException or ArgumentException)
        {
            // A damaged deflate stream, an unsupported compression method, a truncated part…
            return ReadResult.Unreadable(Rules.FileCorrupt.Raise("Excel 工作簿", Describe(e)));
        }
    }

    private static string Describe(Exception e) => e switch
    {
        InvalidDataException => "压缩数据损坏",
        IOException => "读取压缩包内容失败",
        NotSupportedException => "不支持的压缩方式",
        _ => e.GetType().Name,
    };
}
