using System.Globalization;
using System.Text;
using Disclosure.Form;
using Disclosure.Workbooks;

namespace Disclosure.Testing;

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
        var metadata = new Dictionary<string, string>
        {
            [NationalForm.MetaOfficeId] = officeId,
            [NationalForm.MetaOfficeName] = officeName ?? officeId,
            [NationalForm.MetaYear] = year.ToString(CultureInfo.InvariantCulture),
            [NationalForm.MetaTemplateVersion] = TemplateWriter.TemplateVersion,
        };
        if (contact is not null)
        {
            metadata[NationalForm.MetaContact] = contact;
        }

        return CsvFormWriter.Write(figures, metadata);
    }

    /// <summary>The CSV as UTF-8 bytes without BOM.</summary>
    public static byte[] Bytes(string officeId, int year, IReadOnlyDictionary<string, decimal> figures, string? officeName = null, string? contact = null) =>
        Encoding.UTF8.GetBytes(Text(officeId, year, figures, officeName, contact));

    /// <summary>A consistent submission with <paramref name="requests"/> applications.</summary>
    public static byte[] Consistent(string officeId, int year, int requests, string? officeName = null, string? contact = null) =>
        Bytes(officeId, year, ConsistentFigures(requests), officeName, contact);
}
