using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Tests.PublishedReports;
using Disclosure.Tests.Workbooks;
using Disclosure.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace Disclosure.Tests.Validation;

/// <summary>
/// Random consistent forms pass every rule; a single changed figure is caught by the right rule on the
/// right cell, whatever the format it arrives in. Cases are drawn over every figure of the form (FsCheck's
/// default int sizes would stay among the first hundred).
/// </summary>
public class FormRulesPropertyTests
{
    private static readonly IReadOnlyList<FigureDefinition> Figures = NationalForm.Current.Figures;

    private static readonly Arbitrary<int> Seeds = Arb.From(Gen.Choose(0, int.MaxValue - 1));

    private static readonly Arbitrary<Change> Changes = Arb.From(
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from index in Gen.Choose(0, Figures.Count - 1)
        from delta in Gen.Choose(1, 1000)
        from lower in Gen.Elements(false, true)
        select new Change(seed, Figures[index], lower ? -delta : delta));

    [Fact]
    public void Random_consistent_forms_pass_every_rule() =>
        Check(200, Prop.ForAll(Seeds, seed =>
        {
            var report = Forms.ValidateAsCsv(ConsistentForms.Create(seed));
            return report.Status == ValidationStatus.Accepted && report.Findings.Count == 0;
        }));

    [Fact]
    public void One_changed_figure_is_caught_by_the_right_rule_on_the_right_cell() =>
        Check(1000, Prop.ForAll(Changes, change =>
        {
            var figures = change.Apply();
            return Holds(change, figures, Forms.ValidateAsCsv(figures), "csv");
        }));

    [Fact]
    public void The_same_holds_for_a_filled_template_and_for_seed_style_report_text() =>
        Check(60, Prop.ForAll(Changes, change =>
        {
            var figures = change.Apply();
            var workbook = FormValidator.Validate(FormFileReader.Read(FilledTemplate.Create(figures), "edu.xlsx"));
            var report = FormValidator.Validate(FormFileReader.Read(System.Text.Encoding.UTF8.GetBytes(SeedStyleReport.Render(figures)), "report.txt"));
            return Holds(change, figures, workbook, "workbook").And(Holds(change, figures, report, "report text"));
        }));

    [Fact]
    public void Every_figure_of_the_form_is_reached_by_the_case_generator()
    {
        var reached = Gen.Sample(Changes.Generator, 2000).Select(c => c.Figure.Key).ToHashSet();

        Assert.Equal(Figures.Count, reached.Count);
    }

    private static Property Holds(Change change, IReadOnlyDictionary<string, decimal> figures, ValidationReport report, string format)
    {
        var expected = ExpectedFindings.AfterChanging(change.Figure.Key, figures);
        var actual = report.Findings.Select(f => (f.Rule, f.Cell ?? "")).ToHashSet();
        return actual.SetEquals(expected)
            .Label($"{format}, {change.Figure.Key} by {change.Delta}: expected [{string.Join(", ", expected)}] got [{string.Join(", ", actual)}]");
    }

    private static void Check(int cases, Property property) =>
        property.Check(Config.QuickThrowOnFailure.WithMaxTest(cases));

    /// <summary>One figure of a consistent form moved by <see cref="Delta"/>, never below zero.</summary>
    private sealed record Change(int Seed, FigureDefinition Figure, int Delta)
    {
        public Dictionary<string, decimal> Apply()
        {
            var figures = ConsistentForms.Create(Seed);
            var value = figures[Figure.Key];
            // Lowering a zero would make it negative, a cell error rather than a rule's; raise it instead.
            figures[Figure.Key] = Delta < 0 && value > 0 ? Math.Max(0, value + Delta) : value + Math.Abs(Delta);
            return figures;
        }
    }
}
