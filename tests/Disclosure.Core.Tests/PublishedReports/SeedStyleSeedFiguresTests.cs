using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Samples;
using Disclosure.Validation;

namespace Disclosure.Tests.PublishedReports;

/// <summary>
/// The sample district's seed figures (slip included) written in the seed's own layout and read back: what the
/// corpus check asserts of the seed file itself, on a report the test writes.
/// </summary>
public class SeedStyleSeedFiguresTests
{
    private static readonly string Text = SeedStyleReport.Render(SeedFigures2022.Figures);

    private static readonly string[] Lines = Text.Split('\n');

    [Fact]
    public void Reads_all_200_figures_as_written_without_findings()
    {
        var result = ReportReading.ReadText(Text);
        var document = ReportReading.Document(result);

        ReportReading.AssertAll200(document);
        Assert.Empty(result.Findings);
        Assert.Equal(SourceFormat.ReportText, document.Format);
        Assert.All(ReportReading.Form.Figures, f => Assert.Equal(SeedFigures2022.Figures[f.Key], document.Figures[f.Key]));
    }

    [Theory]
    [InlineData("requests.handled_total.natural_person", 165)]
    [InlineData("requests.handled_total.total", 177)]
    [InlineData("requests.received.total", 181)]
    [InlineData("requests.received.legal_service", 6)]
    [InlineData("requests.unavailable.not_held.natural_person", 43)]
    [InlineData("requests.other.other.total", 46)]
    [InlineData("proactive.art20_5.licensing.decisions", 6734)]
    [InlineData("proactive.art20_8.fees.amount_10k_yuan", 1190)]
    [InlineData("appeals.litigation_direct.corrected", 8)]
    [InlineData("appeals.litigation_direct.total", 9)]
    public void Reads_the_seed_figures_as_printed(string key, double expected) =>
        Assert.Equal((decimal)expected, ReportReading.Document(ReportReading.ReadText(Text)).Figures[key]);

    [Theory]
    [InlineData("requests.received.natural_person", "一、本年新收政府信息公开申请数量 |", 1)]
    [InlineData("requests.received.total", "一、本年新收政府信息公开申请数量 |", 7)]
    [InlineData("proactive.art20_8.fees.amount_10k_yuan", "行政事业性收费 |", 1)]
    [InlineData("requests.handled_total.total", "(七)总计 |", 7)]
    public void Locates_each_figure_on_its_own_line(string key, string rowLabel, int cellsAfterLabel)
    {
        var document = ReportReading.Document(ReportReading.ReadText(Text));

        var line = Array.IndexOf(Lines, rowLabel) + 1 + cellsAfterLabel;
        Assert.Equal(SeedStyleReport.Format(SeedFigures2022.Figures[key]) + " |", Lines[line - 1]);
        Assert.Equal($"第{line}行", document.LocationOf(key));
    }

    [Fact]
    public void Locates_the_appeals_figures_on_their_lines()
    {
        var document = ReportReading.Document(ReportReading.ReadText(Text));

        // 四 prints its 15 figures one a line after the header; 未经复议直接起诉's 总计 is the 10th.
        var closing = Array.FindIndex(Lines, l => l.StartsWith("五、", StringComparison.Ordinal));
        Assert.Equal($"第{closing - 5}行", document.LocationOf("appeals.litigation_direct.total"));
    }

    [Fact]
    public void The_validator_finds_exactly_the_two_handled_sum_errors_of_the_seeds_slip()
    {
        var report = FormValidator.Validate(ReportReading.ReadText(Text));

        Assert.Collection(report.Findings.OrderBy(f => f.Cell, StringComparer.Ordinal),
            f => AssertHandledSum(f, "requests.handled_total.natural_person", "填报 165", "164"),
            f => AssertHandledSum(f, "requests.handled_total.total", "填报 177", "176"));
    }

    [Fact]
    public void Takes_the_narrative_sections_as_text()
    {
        var document = ReportReading.Document(ReportReading.ReadText(Text));

        Assert.StartsWith("2022年,本区持续推进政务公开工作。", document.Narratives["overview"], StringComparison.Ordinal);
        Assert.Contains("(一)主动公开情况", document.Narratives["overview"], StringComparison.Ordinal);
        Assert.StartsWith("(一)存在问题", document.Narratives["problems"], StringComparison.Ordinal);
        Assert.Equal("无", document.Narratives["other_matters"]);
    }

    private static void AssertHandledSum(Finding finding, string cell, string reported, string expected)
    {
        Assert.Equal(("requests.handled_sum", Severity.Error, cell), (finding.Rule, finding.Severity, finding.Cell));
        Assert.Contains(reported, finding.Message, StringComparison.Ordinal);
        Assert.EndsWith(expected, finding.Message, StringComparison.Ordinal);
    }
}
