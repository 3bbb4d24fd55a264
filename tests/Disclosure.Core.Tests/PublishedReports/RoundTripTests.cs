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

        var result = ReportReading.ReadText(SeedStyleReport.Render(figures));

        var document = ReportReading.Document(result);
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

        var result = ReportReading.ReadText(SeedStyleReport.RenderLayout(figures));

        Assert.Empty(result.Findings);
        AssertSameFigures(figures, ReportReading.Document(result));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Markdown_tables_read_back_every_figure(int seed)
    {
        var figures = SeedStyleReport.RandomFigures(new Random(seed));

        var result = ReportReading.ReadText(SeedStyleReport.RenderMarkdown(figures));

        Assert.Empty(result.Findings);
        AssertSameFigures(figures, ReportReading.Document(result));
    }

    public static TheoryData<string, int> LayoutSeeds => new()
    {
        { "pdftotext", 1 }, { "pdftotext", 2 }, { "pdftotext", 3 }, { "pdftotext", 4 }, { "pdftotext", 5 },
        { "markdown", 1 }, { "markdown", 2 }, { "markdown", 3 }, { "markdown", 4 }, { "markdown", 5 },
        { "html", 1 }, { "html", 2 }, { "html", 3 }, { "html", 4 }, { "html", 5 },
    };

    [Theory]
    [MemberData(nameof(LayoutSeeds))]
    public void The_corpus_layouts_read_back_every_figure_without_findings(string layout, int seed)
    {
        var figures = SeedStyleReport.RandomFigures(new Random(seed));

        var result = layout switch
        {
            "pdftotext" => ReportReading.ReadText(PdftotextStyleReport.Render(figures)),
            "markdown" => ReportReading.ReadText(MarkdownStyleReport.Render(figures, strayHeaderRows: seed - 1, groupDigits: seed % 2 == 0)),
            _ => ReportReading.ReadHtml(HtmlStyleReport.Render(figures)),
        };

        Assert.Empty(result.Findings);
        AssertSameFigures(figures, ReportReading.Document(result));
    }

    [Fact]
    public void Reads_what_is_printed_even_where_it_breaks_a_rule()
    {
        var figures = SeedStyleReport.RandomFigures(new Random(7));
        figures["requests.received.natural_person"] = 3.5m;
        figures["proactive.art20_8.fees.amount_10k_yuan"] = 1234567.1234m;
        figures["appeals.review.total"] = -2m;

        var document = ReportReading.Document(ReportReading.ReadText(SeedStyleReport.Render(figures)));

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

        var document = ReportReading.Document(ReportReading.ReadText(text));

        Assert.Equal(6734m, document.Figures["proactive.art20_5.licensing.decisions"]);
    }

    private static void AssertSameFigures(IReadOnlyDictionary<string, decimal> expected, FormDocument document)
    {
        ReportReading.AssertAll200(document);
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
