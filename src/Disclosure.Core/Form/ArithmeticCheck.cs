namespace Disclosure.Form;

public enum Comparison
{
    /// <summary>The reported figure must equal the expected value.</summary>
    Equal,

    /// <summary>The reported figure must be at least the expected value.</summary>
    AtLeast,
}

/// <summary>
/// One instance of one of the form's arithmetic rules: <see cref="Cell"/> (the reported figure the rule
/// holds against the others) compared with the sum of <see cref="Plus"/> less the sum of <see cref="Minus"/>.
/// </summary>
/// <param name="Expectation">How a clerk reads the expected value, in the form's words ("各项合计").</param>
public sealed record ArithmeticCheck(
    string RuleId,
    Severity Severity,
    FigureDefinition Cell,
    IReadOnlyList<FigureDefinition> Plus,
    IReadOnlyList<FigureDefinition> Minus,
    Comparison Comparison,
    string Expectation);

/// <summary>
/// A rule across two years: <see cref="Cell"/> this year must equal <see cref="PreviousYearCell"/> of the
/// same body's previous year.
/// </summary>
public sealed record ContinuityCheck(string RuleId, Severity Severity, FigureDefinition Cell, FigureDefinition PreviousYearCell, string Expectation);
