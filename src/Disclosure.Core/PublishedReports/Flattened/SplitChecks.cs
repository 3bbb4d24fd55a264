using Disclosure.Form;

namespace Disclosure.PublishedReports.Flattened;

/// <summary>
/// Which of the form's rules may decide a split: only the error rules that state an equality (totals and balances).
/// A warning rule such as 现行有效件数 ≥ 本年制发件数 is broken by real reports that are right, so choosing a split by it
/// could read a figure wrongly; the validator still checks it on what was read.
/// </summary>
internal static class SplitChecks
{
    public static IReadOnlyList<ArithmeticCheck> Deciding(FormEdition form) =>
        [.. form.Checks.Where(c => c.Severity == Severity.Error && c.Comparison == Comparison.Equal)];

    public static bool Holds(Comparison comparison, decimal reported, decimal expected) => comparison switch
    {
        Comparison.Equal => reported == expected,
        Comparison.AtLeast => reported >= expected,
        _ => throw new InvalidOperationException($"Unknown comparison {comparison}"),
    };
}
