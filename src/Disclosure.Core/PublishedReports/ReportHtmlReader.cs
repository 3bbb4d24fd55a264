using Disclosure.Form;
using Disclosure.Reading;

namespace Disclosure.PublishedReports;

/// <summary>Reads a published report saved as an HTML page whose tables are &lt;table&gt; elements.</summary>
public static class ReportHtmlReader
{
    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        return head.StartsWith("<", StringComparison.Ordinal) && (head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<table", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype", StringComparison.OrdinalIgnoreCase));
    }

    public static ReadResult Read(string html, ReadLimits limits, FormEdition form) => throw new NotImplementedException();
}
