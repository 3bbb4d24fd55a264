using Disclosure.Form;
using Disclosure.Reading;

namespace Disclosure.Workbooks;

/// <summary>Reads an office workbook (xlsx): by defined names first, else by the form's labels.</summary>
public static class XlsxFormReader
{
    public static ReadResult Read(byte[] content, string fileName, ReadLimits limits, FormEdition form) =>
        throw new NotImplementedException();
}
