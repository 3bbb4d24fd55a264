using Disclosure.Form;
using Disclosure.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Disclosure.Tests.Validation;

public class FormRulesPropertyTests
{
    private static readonly IReadOnlyList<FigureDefinition> Figures = NationalForm.Current.Figures;

    [Property(MaxTest = 200)]
    public bool Random_consistent_forms_pass_every_rule(int seed)
    {
        var report = Forms.ValidateAsCsv(ConsistentForms.Create(seed));
        return report.Status == ValidationStatus.Accepted && report.Findings.Count == 0;
    }

    [Property(MaxTest = 500)]
    public Property One_changed_figure_is_caught_by_the_right_rule_on_the_right_cell(int seed, PositiveInt figureIndex, NonZeroInt delta)
    {
        var figures = ConsistentForms.Create(seed);
        var figure = Figures[figureIndex.Get % Figures.Count];
        var changed = figures[figure.Key] + Math.Abs(delta.Get % 1000 == 0 ? 1 : delta.Get % 1000);
        figures[figure.Key] = changed;

        var expected = ExpectedFindings.AfterChanging(figure.Key, figures);
        var actual = Forms.RuleFindings(Forms.ValidateAsCsv(figures));
        return actual.SetEquals(expected).Label($"{figure.Key}: expected [{string.Join(", ", expected)}] got [{string.Join(", ", actual)}]");
    }

    [Property(MaxTest = 200)]
    public Property Lowering_a_figure_is_caught_as_well(int seed, PositiveInt figureIndex)
    {
        var figures = ConsistentForms.Create(seed);
        var candidates = Figures.Where(f => figures[f.Key] > 0).ToArray();
        if (candidates.Length == 0)
        {
            return true.ToProperty();
        }

        var figure = candidates[figureIndex.Get % candidates.Length];
        figures[figure.Key] -= Math.Min(figures[figure.Key], 1);

        var expected = ExpectedFindings.AfterChanging(figure.Key, figures);
        var actual = Forms.RuleFindings(Forms.ValidateAsCsv(figures));
        return actual.SetEquals(expected).Label($"{figure.Key}: expected [{string.Join(", ", expected)}] got [{string.Join(", ", actual)}]");
    }
}
