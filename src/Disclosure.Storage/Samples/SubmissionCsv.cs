using System.Globalization;
using System.Text;
using Disclosure.Form;
using Disclosure.Reading;

namespace Disclosure.Storage.Samples;

/// <summary>
/// Makes office submissions as <c>key,value</c> CSV (DESIGN.md's CSV contract) for tests, benchmarks and
/// sample data: all 200 figures in the form's order plus the metadata.
/// </summary>
public static class SubmissionCsv
{
    /// <summary>All figures zero, except <paramref name="requests"/> applications from natural persons, all disclosed: consistent under every rule.</summary>
    public static Dictionary<string, decimal> ConsistentFigures(int requests = 0, int carriedOver = 0, int carriedForward = 0)
    {
        var figures = NationalForm.Current.Figures.ToDictionary(f => f.Key, _ => 0m, StringComparer.Ordinal);
        // received + carried_over = handled_total + carried_forward; handled_total = disclosed here.
        var disclosed = requests + carriedOver - carriedForward;
        if (disclosed < 0)
        {
            throw new ArgumentException("More carried forward than received and carried over.", nameof(carriedForward));
        }

        foreach (var column in new[] { "natural_person", "total" })
        {
            figures[$"requests.received.{column}"] = requests;
            figures[$"requests.carried_over.{column}"] = carriedOver;
            figures[$"requests.disclosed.{column}"] = disclosed;
            figures[$"requests.handled_total.{column}"] = disclosed;
            figures[$"requests.carried_forward.{column}"] = carriedForward;
        }

        return figures;
    }

    public static string Text(string officeId, int year, IReadOnlyDictionary<string, decimal> figures, string? officeName = null, string? contact = null)
    {
        var csv = new StringBuilder(8 * 1024).Append("key,value\n");
        Row(csv, NationalForm.MetaOfficeId, officeId);
        Row(csv, NationalForm.MetaOfficeName, officeName ?? officeId);
        Row(csv, NationalForm.MetaYear, year.ToString(CultureInfo.InvariantCulture));
        Row(csv, NationalForm.MetaTemplateVersion, Workbooks.TemplateWriter.TemplateVersion);
        if (contact is not null)
        {
            Row(csv, NationalForm.MetaContact, contact);
        }

        foreach (var figure in NationalForm.Current.Figures)
        {
            if (figures.TryGetValue(figure.Key, out var value))
            {
                Row(csv, figure.Key, FigureText.Format(value));
            }
        }

        return csv.ToString();
    }

    /// <summary>The CSV as UTF-8 bytes without BOM.</summary>
    public static byte[] Bytes(string officeId, int year, IReadOnlyDictionary<string, decimal> figures, string? officeName = null, string? contact = null) =>
        Encoding.UTF8.GetBytes(Text(officeId, year, figures, officeName, contact));

    /// <summary>A consistent submission with <paramref name="requests"/> applications.</summary>
    public static byte[] Consistent(string officeId, int year, int requests, string? officeName = null, string? contact = null) =>
        Bytes(officeId, year, ConsistentFigures(requests), officeName, contact);

    private static void Row(StringBuilder csv, string key, string value) => csv.Append(key).Append(',').Append(Quote(value)).Append('\n');

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
