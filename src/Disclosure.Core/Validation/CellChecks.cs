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
                findings.Add(Rules.CellNegative.RaiseAt(figure.Key, location, figure.Label, shown));
            }

            if (figure.Kind == FigureKind.Count && value != decimal.Truncate(value))
            {
                findings.Add(Rules.CellNotInteger.RaiseAt(figure.Key, location, figure.Label, shown));
            }
            else if (figure.Kind == FigureKind.Amount10kYuan && decimal.Round(value, AmountDecimals) != value)
            {
                findings.Add(Rules.CellTooManyDecimals.RaiseAt(figure.Key, location, figure.Label, value, AmountDecimals));
            }
        }
    }
}
