using System.Globalization;
using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.Workbooks;

/// <summary>
/// Turns a stored cell into what the office reported: a figure, or a finding saying why it is not one.
/// Totals and formulas count as stored (by their cached value); nothing is guessed or recomputed.
/// </summary>
internal sealed class CellContent(FormDocument document, List<Finding> findings, IReadOnlyDictionary<int, string> sharedStrings)
{
    // Excel keeps 15 significant digits; anything beyond is binary noise from a formula (0.30000000000000004).
    private const int SignificantDigits = 15;

    public void Figure(FigureDefinition figure, RawCell? stored, string location)
    {
        if (stored is not { } cell)
        {
            Refuse(Rules.CellBlank, figure, location);
            return;
        }

        switch (cell.Kind)
        {
            case RawCellKind.Error:
                Refuse(Rules.CellErrorValue, figure, location, Clip(cell.Value ?? "#VALUE!"));
                return;
            case RawCellKind.Number when string.IsNullOrEmpty(cell.Value):
            case RawCellKind.FormulaString when cell.Value is null:
                if (cell.HasFormula)
                {
                    Refuse(Rules.CellFormulaWithoutValue, figure, location);
                }
                else
                {
                    Refuse(Rules.CellBlank, figure, location);
                }

                return;
            case RawCellKind.Number:
                if (decimal.TryParse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    document.SetFigure(figure.Key, RoundToSignificant(number), location);
                }
                else
                {
                    Refuse(Rules.CellOutOfRange, figure, location, Clip(cell.Value!));
                }

                return;
        }

        var text = Text(cell) ?? string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            Refuse(Rules.CellBlank, figure, location);
        }
        else if (cell.IsText && LooksNumeric(text))
        {
            // Not converted: "12" typed into a text cell may be a stray character short of what was meant.
            Refuse(Rules.CellNumberAsText, figure, location, Clip(text));
        }
        else
        {
            Refuse(Rules.CellNotANumber, figure, location, Clip(text));
        }
    }

    /// <summary>A metadata or narrative cell, as text; null when blank.</summary>
    public string? Text(RawCell? stored)
    {
        if (stored is not { } cell || cell.Value is null)
        {
            return null;
        }

        var text = cell.Kind switch
        {
            RawCellKind.SharedString => sharedStrings.GetValueOrDefault(cell.SharedStringIndex),
            RawCellKind.Number when decimal.TryParse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) =>
                RoundToSignificant(n).ToString(CultureInfo.InvariantCulture),
            RawCellKind.Boolean => cell.Value == "1" ? "TRUE" : "FALSE",
            _ => cell.Value,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    public static bool LooksNumeric(string text) => FigureText.TryParse(text, out _, FigureSyntax.Typed);

    private static decimal RoundToSignificant(decimal value)
    {
        if (value == 0)
        {
            return 0;
        }

        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(value))) + 1;
        var decimals = Math.Clamp(SignificantDigits - magnitude, 0, 28);
        // Dividing by 1.000… drops trailing zeros the rounding leaves (12.00 → 12).
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000000000m;
    }

    // The office's own text, quoted in messages, cut short so one stray paste does not fill the page.
    private static string Clip(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 30 ? trimmed : trimmed[..30] + "…";
    }

    private void Refuse(Rule rule, FigureDefinition figure, string location, params object?[] values)
    {
        findings.Add(rule.RaiseAt(figure.Key, location, [figure.Label, .. values]));
        document.CellsWithReadFindings.Add(figure.Key);
    }
}
