using Disclosure.Form;

namespace Disclosure.Validation;

/// <summary>
/// Findings in the form's order, as a clerk works through the file: first what concerns the file as a
/// whole (no cell), then the metadata, then the figures in the form's reading order (section, table,
/// row, column). Findings on the same place keep the order they were raised in (reading before checks).
/// </summary>
public static class FindingOrder
{
    public static IReadOnlyList<Finding> Sort(IReadOnlyList<Finding> findings, FormEdition form)
    {
        if (findings.Count < 2)
        {
            return findings;
        }

        var metadata = form.Metadata.Select((m, i) => (m.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var figures = form.Figures.Select((f, i) => (f.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        return [.. findings.OrderBy(f => Rank(f.Cell, metadata, figures))]; // OrderBy is stable
    }

    private static (int Part, int Index) Rank(string? cell, Dictionary<string, int> metadata, Dictionary<string, int> figures) =>
        cell is null ? (0, 0)
        : metadata.TryGetValue(cell, out var m) ? (1, m)
        : figures.TryGetValue(cell, out var f) ? (2, f)
        : (3, 0);
}
