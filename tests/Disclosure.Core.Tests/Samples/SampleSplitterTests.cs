using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Samples;
using Disclosure.Validation;

namespace Disclosure.Tests.Samples;

public class SampleSplitterTests
{
    private static readonly SampleSet Samples = SampleSplitter.Erdao2022();
    private static readonly ValidationOptions Options = new() { ExpectedYear = 2022, CurrentYear = 2023 };

    private static ValidationReport Validate(FormDocument document) => FormValidator.Validate(new ReadResult(document, []), options: Options);

    public static TheoryData<string> CleanOffices() => [.. SampleDistrict.Offices.Select(o => o.Id).Where(id => id != SampleDistrict.SlippedOfficeId)];

    [Fact]
    public void Roster_is_24_departments_7_streets_and_1_town_all_required()
    {
        var offices = SampleDistrict.Offices;
        Assert.Equal(32, offices.Count);
        Assert.Equal(24, offices.Count(o => o.Kind == SampleOffice.KindDepartment));
        Assert.Equal(7, offices.Count(o => o.Kind == SampleOffice.KindStreet));
        Assert.Equal(1, offices.Count(o => o.Kind == SampleOffice.KindTown));
        Assert.All(offices, o => Assert.True(o.Required));
        Assert.Equal(32, offices.Select(o => o.Id).Distinct().Count());
        Assert.Equal(32, offices.Select(o => o.Name).Distinct().Count());
        Assert.All(offices, o => Assert.Matches("^[a-z][a-z0-9_]*$", o.Id));
        Assert.All(offices, o => Assert.StartsWith("长春市", o.Name));
    }

    [Theory]
    [MemberData(nameof(CleanOffices))]
    public void Every_other_office_passes_with_no_error_and_no_warning(string officeId)
    {
        var report = Validate(Samples.ToDocument(officeId));
        Assert.Empty(report.Findings);
        Assert.Equal(ValidationStatus.Accepted, report.Status);
    }

    [Fact]
    public void The_slipped_office_gives_exactly_the_two_handled_sum_errors()
    {
        var report = Validate(Samples.ToDocument(SampleDistrict.SlippedOfficeId));

        Assert.Equal(ValidationStatus.Rejected, report.Status);
        Assert.Collection(report.Findings.OrderBy(f => f.Cell, StringComparer.Ordinal),
            f => Assert.Equal(("requests.handled_sum", Severity.Error, "requests.handled_total.natural_person"), (f.Rule, f.Severity, f.Cell)),
            f => Assert.Equal(("requests.handled_sum", Severity.Error, "requests.handled_total.total"), (f.Rule, f.Severity, f.Cell)));
    }

    [Fact]
    public void The_slipped_offices_corrected_version_passes_and_differs_only_in_other_other()
    {
        var report = Validate(Samples.ToDocument(SampleDistrict.SlippedOfficeId, corrected: true));
        Assert.Empty(report.Findings);

        var slipped = Samples.Figures[SampleDistrict.SlippedOfficeId];
        var differences = NationalForm.Edition2021.Figures
            .Where(f => Samples.CorrectedFigures[f.Key] != slipped[f.Key])
            .ToDictionary(f => f.Key, f => Samples.CorrectedFigures[f.Key] - slipped[f.Key]);
        Assert.Equal(
            new Dictionary<string, decimal> { ["requests.other.other.natural_person"] = 1, ["requests.other.other.total"] = 1 },
            differences);
    }

    [Fact]
    public void The_offices_add_up_exactly_to_the_seeds_tables()
    {
        var sum = Samples.Sum();
        Assert.All(NationalForm.Edition2021.Figures, f => Assert.True(SeedFigures2022.Figures[f.Key] == sum[f.Key], $"{f.Key}: seed {SeedFigures2022.Figures[f.Key]}, offices {sum[f.Key]}"));
    }

    [Fact]
    public void Fee_amounts_have_at_most_four_decimals()
    {
        Assert.All(Samples.Figures.Values, f =>
        {
            var fee = f["proactive.art20_8.fees.amount_10k_yuan"];
            Assert.Equal(decimal.Round(fee, 4), fee);
        });
    }

    [Fact]
    public void The_split_spreads_the_figures_unevenly_with_streets_smaller()
    {
        var received = SampleDistrict.Offices.ToDictionary(o => o.Id, o => Samples.Figures[o.Id]["requests.received.total"]);
        Assert.True(received.Values.Count(v => v > 0) >= 16, "most offices should have received requests");
        var departments = SampleDistrict.Offices.Where(o => o.Kind == SampleOffice.KindDepartment).Average(o => received[o.Id]);
        var streets = SampleDistrict.Offices.Where(o => o.Kind != SampleOffice.KindDepartment).Average(o => received[o.Id]);
        Assert.True(streets < departments);
        Assert.True(Samples.CorrectedFigures["requests.other.other.natural_person"] >= 1);
    }

    [Fact]
    public void Two_runs_are_identical()
    {
        var again = SampleSplitter.Erdao2022();
        Assert.Equal(Samples.SlippedOfficeId, again.SlippedOfficeId);
        foreach (var office in SampleDistrict.Offices)
        {
            Assert.Equal(Samples.Figures[office.Id].OrderBy(p => p.Key, StringComparer.Ordinal), again.Figures[office.Id].OrderBy(p => p.Key, StringComparer.Ordinal));
        }

        Assert.Equal(Samples.CorrectedFigures.OrderBy(p => p.Key, StringComparer.Ordinal), again.CorrectedFigures.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Another_random_seed_gives_another_split_that_still_adds_up()
    {
        var other = SampleSplitter.Split(SeedFigures2022.Figures, SampleDistrict.Offices, SampleDistrict.SlippedOfficeId, 2022, randomSeed: 7);
        Assert.Contains(SampleDistrict.Offices, o => other.Figures[o.Id]["requests.received.total"] != Samples.Figures[o.Id]["requests.received.total"]);
        var sum = other.Sum();
        Assert.All(NationalForm.Edition2021.Figures, f => Assert.Equal(SeedFigures2022.Figures[f.Key], sum[f.Key]));
    }
}
