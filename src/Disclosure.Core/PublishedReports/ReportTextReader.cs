using Disclosure.Form;
using Disclosure.Reading;

namespace Disclosure.PublishedReports;

/// <summary>Reads a published report as text (the seed's one-cell-per-line layout, or pdftotext output).</summary>
public static class ReportTextReader
{
    public static bool LooksLikeReport(string text) => text.Contains("政府信息公开申请", StringComparison.Ordinal);

    public static ReadResult Read(string text, ReadLimits limits, FormEdition form) => throw new NotImplementedException();
}
