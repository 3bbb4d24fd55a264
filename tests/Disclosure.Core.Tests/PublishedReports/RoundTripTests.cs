using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.Tests.PublishedReports;

/// <summary>Reports written from random figures in the real layouts read back to the same figures, and nothing else.</summary>
public class RoundTripTests
{
    private static readonly FormEdition Form = NationalForm.Edition2021;

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 25)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_layout_reads_back_every_figure_and_the_validator_finds_exactly_the_forms_rule_findings(int seed)
    {
        var figures = SeedStyleReport.RandomFigures(new Random(seed));

        var result = Reports.ReadText(SeedStyleReport.Render(figures));

        var document = Reports.Document(result);
        Assert.Empty(result.Findings);
        AssertSameFigures(figures, document);
        var report = FormValidator.Validate(result);
        Assert.Equal(ExpectedRuleFindings(figures), report.Findings.Select(f => (f.Rule, f.Cell)).Order());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Pdftotext_layout_reads_back_every_figure(int seed)
    {
        var figures = SeedStyleReport.RandomFigures(new Random(seed));

        var result = Reports.ReadText(SeedStyleReport.RenderLayout(figures));

        Assert.Empty(result.Findings);
        AssertSameFigures(figures, Reports.Document(result));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Markdown_tables_read_back_every_figure(int seed)
    {
        var figures = SeedStyleReport.RandomFigures(new Random(seed));

        var result = Reports.ReadText(SeedStyleReport.RenderMarkdown(figures));

        Assert.Empty(result.Findings);
        AssertSameFigures(figures, Reports.Document(result));
    }

    [Fact]
    public void The_renderer_writes_the_seeds_own_layout()
    {
        var seedLines = File.ReadAllLines(SharedFiles.Seed);
        var seed = Reports.Document(Reports.ReadShared("seed"));

        var rendered = SeedStyleReport.Render(seed.Figures).Split('\n');

        // The tables, from 二's heading to 四's last figure, line for line; the seed words two labels its own way.
        var from = Array.IndexOf(seedLines, "二、主动公开政府信息情况");
        var to = Array.FindIndex(seedLines, l => l.StartsWith("五、", StringComparison.Ordinal));
        var expected = seedLines[from..to]
            .Select(l => l.Replace("只计这一情况", "只计这一情形", StringComparison.Ordinal).Replace("三类内容事务", "三类内部事务", StringComparison.Ordinal));
        var start = Array.IndexOf(rendered, "二、主动公开政府信息情况");
        Assert.Equal(expected, rendered.Skip(start).Take(to - from));
    }

    [Fact]
    public void Reads_what_is_printed_even_where_it_breaks_a_rule()
    {
        var figures = SeedStyleReport.RandomFigures(new Random(7));
        figures["requests.received.natural_person"] = 3.5m;
        figures["proactive.art20_8.fees.amount_10k_yuan"] = 1234567.1234m;
        figures["appeals.review.total"] = -2m;

        var document = Reports.Document(Reports.ReadText(SeedStyleReport.Render(figures)));

        Assert.Equal(3.5m, document.Figures["requests.received.natural_person"]);
        Assert.Equal(1234567.1234m, document.Figures["proactive.art20_8.fees.amount_10k_yuan"]);
        Assert.Equal(-2m, document.Figures["appeals.review.total"]);
    }

    [Fact]
    public void Accepts_grouped_and_full_width_digits()
    {
        var figures = SeedStyleReport.RandomFigures(new Random(3));
        figures["proactive.art20_5.licensing.decisions"] = 6734;
        var text = SeedStyleReport.Render(figures).Replace("\n6734 |\n", "\n６，７３４ |\n", StringComparison.Ordinal);

        var document = Reports.Document(Reports.ReadText(text));

        Assert.Equal(6734m, document.Figures["proactive.art20_5.licensing.decisions"]);
    }

    private static void AssertSameFigures(IReadOnlyDictionary<string, decimal> expected, FormDocument document)
    {
        Reports.AssertAll200(document);
        Assert.All(Form.Figures, f => Assert.Equal(expected[f.Key], document.Figures[f.Key]));
    }

    /// <summary>The form's arithmetic rules applied to the figures themselves (FORM.md), one finding per failing check.</summary>
    private static IEnumerable<(string Rule, string? Cell)> ExpectedRuleFindings(IReadOnlyDictionary<string, decimal> figures) =>
        Form.Checks
            .Where(c =>
            {
                var expected = c.Plus.Sum(f => figures[f.Key]) - c.Minus.Sum(f => figures[f.Key]);
                var reported = figures[c.Cell.Key];
                return c.Comparison == Comparison.Equal ? reported != expected : reported < expected;
            })
            .Select(c => (c.RuleId, (string?)c.Cell.Key))
            .Order();
}
