using System.Text;

namespace Disclosure.Rendering.OpenData;

/// <summary>
/// CSV fields as RFC 4180 writes them, and text made safe for spreadsheets: a field that begins with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return would be taken for a formula by Excel or WPS, so it gets a leading
/// apostrophe (OWASP's advice on CSV injection). Numbers are written as numbers and never neutralised.
/// </summary>
public static class CsvText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>Text a spreadsheet will show as text: prefixed with <c>'</c> when it begins like a formula.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0 ? "'" + text : text;

    /// <summary>A field as CSV writes it: quoted (inner quotes doubled) when it holds a comma, a quote or a line break.</summary>
    public static string Quote(string field) =>
        field.IndexOfAny(NeedsQuotes) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A text field: neutralised, then quoted.</summary>
    public static string TextField(string text) => Quote(Neutralise(text));

    /// <summary>Appends one record: the fields joined by commas, then CRLF.</summary>
    public static void AppendRecord(StringBuilder csv, params ReadOnlySpan<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(fields[i]);
        }

        csv.Append("\r\n");
    }
}
