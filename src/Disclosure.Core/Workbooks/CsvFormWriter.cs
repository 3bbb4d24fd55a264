using System.Text;
using Disclosure.Form;
using Disclosure.Reading;

namespace Disclosure.Workbooks;

/// <summary>Writes figures and metadata as the <c>key,value</c> CSV that <see cref="CsvFormReader"/> reads.</summary>
public static class CsvFormWriter
{
    public static string Write(IReadOnlyDictionary<string, decimal> figures, IReadOnlyDictionary<string, string>? metadata = null, FormEdition? form = null)
    {
        form ??= NationalForm.Current;
        var csv = new StringBuilder("key,value\n");
        foreach (var field in form.Metadata)
        {
            if (metadata?.TryGetValue(field.Key, out var value) == true)
            {
                csv.Append(field.Key).Append(',').Append(CsvRecords.Quote(value)).Append('\n');
            }
        }

        foreach (var figure in form.Figures)
        {
            if (figures.TryGetValue(figure.Key, out var value))
            {
                csv.Append(figure.Key).Append(',').Append(FigureText.Format(value)).Append('\n');
            }
        }

        return csv.ToString();
    }
}
