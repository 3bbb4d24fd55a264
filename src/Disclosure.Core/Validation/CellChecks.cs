using Disclosure.Form;
using Disclosure.Reading;

namespace Disclosure.Validation;

/// <summary>Each figure on its own: counts are whole numbers ≥ 0; the fee is ≥ 0 to at most 4 decimal places (the yuan).</summary>
internal static class CellChecks
{
    private const int AmountDecimals = 4;

    public static void Run(FormDocument document, List<Finding> findings)
    {
        foreach (var figure in document.Form.Figures)
        {
            if (!document.Figures.TryGetValue(figure.Key, out var value))
            {
                continue;
            }

            var location = document.LocationOf(figure.Key);
            var shown = FigureText.Format(value);
            if (value < 0)
            {
                findings.Add(Finding.Error(ReadingRules.CellNegative, $"{figure.Label}:填报 {shown},不能为负数。", figure.Key, location));
            }

            if (figure.Kind == FigureKind.Count && value != decimal.Truncate(value))
            {
                findings.Add(Finding.Error(ReadingRules.CellNotInteger, $"{figure.Label}:填报 {shown},应为整数。", figure.Key, location));
            }
            else if (figure.Kind == FigureKind.Amount10kYuan && decimal.Round(value, AmountDecimals) != value)
            {
                findings.Add(Finding.Error(ReadingRules.CellTooManyDecimals, $"{figure.Label}:填报 {value},单位为万元,最多保留 {AmountDecimals} 位小数(到元)。", figure.Key, location));
            }
        }
    }
}
