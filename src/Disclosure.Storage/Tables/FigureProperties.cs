using Azure.Data.Tables;
using Disclosure.Form;

namespace Disclosure.Storage.Tables;

/// <summary>
/// The 200 figures as properties of one Table entity, named by cell key with dots as underscores
/// (<c>requests.received.natural_person</c> → <c>requests_received_natural_person</c>), so they can be
/// queried with OData (<c>requests_received_total gt 0</c>). Counts are Int32 (so a plain literal compares
/// with them; no office handles two billion requests), the fee amount is Double.
/// </summary>
public static class FigureProperties
{
    /// <summary>The property of a cell key (the tests check that an edition's 200 names are distinct and valid).</summary>
    public static string NameOf(string cellKey) => cellKey.Replace('.', '_');

    public static void Write(TableEntity entity, FormEdition form, IReadOnlyDictionary<string, decimal> figures)
    {
        foreach (var figure in form.Figures)
        {
            if (!figures.TryGetValue(figure.Key, out var value))
            {
                continue;
            }

            entity[NameOf(figure.Key)] = figure.Kind == FigureKind.Count && value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue
                ? (int)value
                : (double)value;
        }
    }

    public static Dictionary<string, decimal> Read(TableEntity entity, FormEdition form)
    {
        var figures = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var figure in form.Figures)
        {
            if (entity.TryGetValue(NameOf(figure.Key), out var value) && value is not null)
            {
                figures[figure.Key] = value switch
                {
                    long l => l,
                    int i => i,
                    double d => Math.Round((decimal)d, 4),
                    string s when decimal.TryParse(s, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
                    _ => throw new InvalidDataException($"Figure {figure.Key} has an unexpected stored type {value.GetType().Name}."),
                };
            }
        }

        return figures;
    }
}
