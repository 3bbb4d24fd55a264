using System.Globalization;
using System.Text.RegularExpressions;
using Disclosure.Form;

namespace Disclosure.Tests.Workbooks;

/// <summary>
/// The seed report's 200 figures by cell key. Its tables come out one cell per line, and its numeric cells
/// appear in exactly the form's order (二's tables, 三 row by row, 四's one row), so they pair up with
/// <see cref="FormEdition.Figures"/>.
/// </summary>
public static partial class SeedFigures
{
    public static Dictionary<string, decimal> Load(FormEdition? form = null)
    {
        form ??= NationalForm.Current;
        var lines = File.ReadAllLines(SharedFiles.Seed);
        var start = Array.FindIndex(lines, l => l.StartsWith("二、主动公开政府信息情况", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, l => l.StartsWith("五、存在的主要问题及改进情况", StringComparison.Ordinal));
        var numbers = lines[start..end]
            .Select(l => NumericCell().Match(l))
            .Where(m => m.Success)
            .Select(m => decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .ToList();
        if (numbers.Count != form.Figures.Count)
        {
            throw new InvalidDataException($"The seed has {numbers.Count} numeric cells, the form {form.Figures.Count} figures.");
        }

        return form.Figures.Select((f, i) => (f.Key, numbers[i])).ToDictionary(p => p.Key, p => p.Item2, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?)\s*\|\s*$")]
    private static partial Regex NumericCell();
}
