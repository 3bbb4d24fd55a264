using Disclosure.Form;
using Disclosure.Reports;
using Disclosure.Samples;
using Disclosure.Submissions;
using Disclosure.Tests.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace Disclosure.Tests.Reports;

/// <summary>Sums of consistent forms are consistent, in any order, and equal to the figure-by-figure sums.</summary>
public class ConsolidationPropertyTests
{
    private static readonly Arbitrary<int[]> SeedLists = Arb.From(
        from count in Gen.Choose(1, 40)
        from seeds in Gen.ArrayOf(Gen.Choose(0, int.MaxValue - 1), count)
        select seeds);

    [Fact]
    public void A_sum_of_consistent_forms_breaks_no_rule_and_does_not_depend_on_order() =>
        Prop.ForAll(SeedLists, seeds =>
        {
            var forms = seeds.Select(s => ConsistentForms.Create(s)).ToList();
            var submissions = forms.Select((f, i) => Submission($"o{i}", f)).ToList();

            var report = Consolidate(submissions);
            var reversed = Consolidate([.. Enumerable.Reverse(submissions)]);

            return report.Findings.Count == 0
                && NationalForm.Edition2021.Figures.All(f =>
                    report.Figure(f.Key) == forms.Sum(x => x[f.Key]) && reversed.Figure(f.Key) == report.Figure(f.Key));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));

    private static AnnualReport Consolidate(List<Submission> submissions) =>
        Consolidation.Consolidate(new ReportBody("gov", "某区人民政府", true), 2022, submissions, SampleNarrative.Government);

    private static Submission Submission(string officeId, IReadOnlyDictionary<string, decimal> figures) => new()
    {
        OfficeId = officeId,
        Year = 2022,
        Edition = NationalForm.Edition2021,
        Figures = figures,
        Source = new SubmissionSource(officeId, officeId, new string('0', 64), DateTimeOffset.UnixEpoch),
    };
}
