using Disclosure.Validation;

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
/// <param name="Rule">The catalogue entry: id, severity and how a clerk is told the expected value.</param>
public sealed record ArithmeticCheck(
    Rule Rule,
    FigureDefinition Cell,
    IReadOnlyList<FigureDefinition> Plus,
    IReadOnlyList<FigureDefinition> Minus,
    Comparison Comparison)
{
    public string RuleId => Rule.Id;

    public Severity Severity => Rule.Severity;
}

/// <summary>
/// A rule across two years: <see cref="Cell"/> this year must equal <see cref="PreviousYearCell"/> of the
/// same body's previous year.
/// </summary>
public sealed record ContinuityCheck(Rule Rule, FigureDefinition Cell, FigureDefinition PreviousYearCell)
{
    public string RuleId => Rule.Id;

    public Severity Severity => Rule.Severity;
}
