using Disclosure.Form;
using Disclosure.Reading;

namespace Disclosure.PublishedReports;

/// <summary>Reads a published report PDF through its text layer.</summary>
public static class ReportPdfReader
{
    public static ReadResult Read(byte[] pdf, ReadLimits limits, FormEdition form) => throw new NotImplementedException();
}
