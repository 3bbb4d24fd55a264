using Disclosure.Reading;
using Disclosure.Tests.PublishedReports;
using Disclosure.Validation;

namespace Disclosure.Corpus.Tests;

public class SeedReportTests
{
    [CorpusFact]
    public void Reads_all_200_figures_of_the_seed_without_findings()
    {
        var result = CorpusReports.ReadShared("seed");
        var document = ReportReading.Document(result);

        ReportReading.AssertAll200(document);
        Assert.Empty(result.Findings);
        Assert.Equal(SourceFormat.ReportText, document.Format);
    }

    [CorpusTheory]
    [InlineData("requests.handled_total.natural_person", 165)]
    [InlineData("requests.handled_total.total", 177)]
    [InlineData("requests.received.total", 181)]
    [InlineData("requests.received.natural_person", 169)]
    [InlineData("requests.received.legal_service", 6)]
    [InlineData("requests.unavailable.not_held.natural_person", 43)]
    [InlineData("requests.withheld.internal_affairs.total", 1)]
    [InlineData("requests.other.other.total", 46)]
    [InlineData("requests.carried_forward.total", 4)]
    [InlineData("proactive.art20_1.normative_documents.issued", 3)]
    [InlineData("proactive.art20_1.normative_documents.in_force", 9)]
    [InlineData("proactive.art20_5.licensing.decisions", 6734)]
    [InlineData("proactive.art20_6.penalty.decisions", 319)]
    [InlineData("proactive.art20_6.coercion.decisions", 10)]
    [InlineData("proactive.art20_8.fees.amount_10k_yuan", 1190)]
    [InlineData("appeals.review.upheld", 2)]
    [InlineData("appeals.review.total", 2)]
    [InlineData("appeals.litigation_direct.upheld", 1)]
    [InlineData("appeals.litigation_direct.corrected", 8)]
    [InlineData("appeals.litigation_direct.total", 9)]
    [InlineData("appeals.litigation_after_review.total", 0)]
    public void Reads_the_seed_figures_as_printed(string key, double expected) =>
        Assert.Equal((decimal)expected, ReportReading.Document(CorpusReports.ReadShared("seed")).Figures[key]);

    [CorpusFact]
    public void Locates_each_figure_on_its_line()
    {
        var document = ReportReading.Document(CorpusReports.ReadShared("seed"));

        Assert.Equal("第71行", document.LocationOf("requests.received.natural_person"));
        Assert.Equal("第77行", document.LocationOf("requests.received.total"));
        Assert.Equal("第55行", document.LocationOf("proactive.art20_8.fees.amount_10k_yuan"));
        Assert.Equal("第331行", document.LocationOf("appeals.litigation_direct.total"));
    }

    [CorpusFact]
    public void The_validator_finds_exactly_the_seeds_two_handled_sum_errors()
    {
        var report = FormValidator.Validate(CorpusReports.ReadShared("seed"));

        Assert.Collection(report.Findings.OrderBy(f => f.Cell, StringComparer.Ordinal),
            f => Assert.Equal(("requests.handled_sum", "requests.handled_total.natural_person"), (f.Rule, f.Cell)),
            f => Assert.Equal(("requests.handled_sum", "requests.handled_total.total"), (f.Rule, f.Cell)));
        Assert.All(report.Findings, f => Assert.Equal(Disclosure.Form.Severity.Error, f.Severity));
    }

    [CorpusFact]
    public void Takes_the_narrative_sections_as_text()
    {
        var document = ReportReading.Document(CorpusReports.ReadShared("seed"));

        Assert.StartsWith("2022年,二道区始终深入落实", document.Narratives["overview"], StringComparison.Ordinal);
        Assert.Contains("(五)全面提升监督保障能力", document.Narratives["overview"], StringComparison.Ordinal);
        Assert.StartsWith("(一)存在问题", document.Narratives["problems"], StringComparison.Ordinal);
        Assert.Equal("无", document.Narratives["other_matters"]);
    }
}
