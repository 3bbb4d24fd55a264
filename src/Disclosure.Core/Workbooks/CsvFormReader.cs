using Disclosure.Form;
using Disclosure.Reading;

namespace Disclosure.Workbooks;

public static class CsvFormReader
{
    public static bool LooksLikeCsv(string text) => throw new NotImplementedException();

    public static ReadResult Read(string text, ReadLimits limits, FormEdition form) => throw new NotImplementedException();
}
