using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Samples;
using Disclosure.Validation;

namespace Disclosure.Tests.Samples;

public class SeedFigures2022Tests
{
    [Fact]
    public void Holds_all_200_figures_of_the_form_and_nothing_else()
    {
        Assert.Equal(200, SeedFigures2022.Figures.Count);
        Assert.All(NationalForm.Edition2021.Figures, f => Assert.True(SeedFigures2022.Figures.ContainsKey(f.Key), f.Key));
    }

    [Theory]
    [InlineData("proactive.art20_1.normative_documents.issued", "3")]
    [InlineData("proactive.art20_1.normative_documents.in_force", "9")]
    [InlineData("proactive.art20_5.licensing.decisions", "6734")]
    [InlineData("proactive.art20_6.penalty.decisions", "319")]
    [InlineData("proactive.art20_6.coercion.decisions", "10")]
    [InlineData("proactive.art20_8.fees.amount_10k_yuan", "1190")]
    [InlineData("requests.received.natural_person", "169")]
    [InlineData("requests.received.total", "181")]
    [InlineData("requests.carried_over.total", "0")]
    [InlineData("requests.unavailable.not_held.total", "47")]
    [InlineData("requests.other.other.natural_person", "38")]
    [InlineData("requests.other.other.total", "46")]
    [InlineData("requests.handled_total.natural_person", "165")]
    [InlineData("requests.handled_total.total", "177")]
    [InlineData("requests.carried_forward.total", "4")]
    [InlineData("appeals.review.total", "2")]
    [InlineData("appeals.litigation_direct.corrected", "8")]
    [InlineData("appeals.litigation_direct.total", "9")]
    [InlineData("appeals.litigation_after_review.total", "0")]
    public void Reproduces_the_seeds_printed_totals(string key, string printed) =>
        Assert.Equal(decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture), SeedFigures2022.Figures[key]);

    [Fact]
    public void Validator_finds_exactly_the_seeds_two_handled_sum_errors()
    {
        var report = FormValidator.Validate(new ReadResult(SeedFigures2022.ToDocument(), []));

        Assert.Collection(report.Findings.OrderBy(f => f.Cell, StringComparer.Ordinal),
            f => AssertHandledSum(f, "requests.handled_total.natural_person", "填报 165", "164"),
            f => AssertHandledSum(f, "requests.handled_total.total", "填报 177", "176"));
    }

    private static void AssertHandledSum(Finding finding, string cell, string reported, string expected)
    {
        Assert.Equal("requests.handled_sum", finding.Rule);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(cell, finding.Cell);
        Assert.Contains(reported, finding.Message, StringComparison.Ordinal);
        Assert.EndsWith(expected, finding.Message, StringComparison.Ordinal);
    }
}
