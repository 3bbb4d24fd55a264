using Disclosure.Form;
using Disclosure.Reading;

namespace Disclosure.Validation;

/// <summary>The form's own arithmetic rules, one finding per failing column, row or group, on the cell the rule names.</summary>
internal static class ArithmeticChecks
{
    public static void Run(FormDocument document, List<Finding> findings)
    {
        foreach (var check in document.Form.Checks)
        {
            if (!document.Figures.TryGetValue(check.Cell.Key, out var reported) ||
                !TrySum(document, check.Plus, out var plus) ||
                !TrySum(document, check.Minus, out var minus))
            {
                continue; // a missing or unreadable figure is already a finding of its own
            }

            var expected = plus - minus;
            var holds = check.Comparison switch
            {
                Comparison.Equal => reported == expected,
                Comparison.AtLeast => reported >= expected,
                _ => throw new InvalidOperationException($"Unknown comparison {check.Comparison}"),
            };
            if (!holds)
            {
                findings.Add(check.Rule.RaiseAt(check.Cell.Key, document.LocationOf(check.Cell.Key),
                    check.Cell.Label, FigureText.Format(reported), FigureText.Format(expected)));
            }
        }
    }

    private static bool TrySum(FormDocument document, IReadOnlyList<FigureDefinition> terms, out decimal sum)
    {
        sum = 0;
        foreach (var term in terms)
        {
            if (!document.Figures.TryGetValue(term.Key, out var value))
            {
                return false;
            }

            sum += value;
        }

        return true;
    }
}
