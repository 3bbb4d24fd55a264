using Azure.Data.Tables;

namespace Disclosure.Storage.Tables;

/// <summary>
/// Reads whole numbers whatever type the service hands back: an integer written without a type annotation
/// may come back as Int32, Int64 or (from Azurite, after a batch) Double.
/// </summary>
public static class EntityValues
{
    public static int? GetInt(this TableEntity entity, string name) =>
        entity.TryGetValue(name, out var value) ? value switch
        {
            int i => i,
            long l => checked((int)l),
            double d => checked((int)Math.Round(d)),
            string s when int.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        } : null;

    public static long? GetLong(this TableEntity entity, string name) =>
        entity.TryGetValue(name, out var value) ? value switch
        {
            int i => i,
            long l => l,
            double d => (long)Math.Round(d),
            string s when long.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        } : null;
}
