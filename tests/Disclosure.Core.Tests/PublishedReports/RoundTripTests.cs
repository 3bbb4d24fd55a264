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

    private static readonly string[] Columns = ["natural_person", "enterprise", "research", "public_interest", "legal_service", "other_org", "total"];

    private static readonly string[] Rows =
    [
        "received", "carried_over", "disclosed", "partly_disclosed",
        "withheld.state_secret", "withheld.prohibited_by_law", "withheld.security_stability", "withheld.third_party",
        "withheld.internal_affairs", "withheld.process_info", "withheld.enforcement_file", "withheld.administrative_query",
        "unavailable.not_held", "unavailable.needs_creation", "unavailable.still_unclear",
        "not_processed.petition", "not_processed.duplicate", "not_processed.publication", "not_processed.excessive", "not_processed.confirmation",
        "other.no_correction", "other.fee_unpaid", "other.other", "handled_total", "carried_forward",
    ];

    /// <summary>
    /// FORM.md's arithmetic rules ("Arithmetic rules of the form"), written out here by hand rather than taken from the
    /// form model's checks: one (rule, cell) per column, row or group that fails.
    /// </summary>
    private static IEnumerable<(string Rule, string? Cell)> ExpectedRuleFindings(IReadOnlyDictionary<string, decimal> f)
    {
        var expected = new List<(string, string?)>();
        var outcomes = Rows[2..23];
        Assert.Equal(21, outcomes.Length);
        foreach (var column in Columns)
        {
            decimal R(string row) => f[$"requests.{row}.{column}"];
            if (R("received") + R("carried_over") != R("handled_total") + R("carried_forward"))
            {
                expected.Add(("requests.balance", $"requests.carried_forward.{column}"));
            }

            if (R("handled_total") != outcomes.Sum(R))
            {
                expected.Add(("requests.handled_sum", $"requests.handled_total.{column}"));
            }
        }

        foreach (var row in Rows)
        {
            if (f[$"requests.{row}.total"] != Columns[..6].Sum(c => f[$"requests.{row}.{c}"]))
            {
                expected.Add(("requests.column_sum", $"requests.{row}.total"));
            }
        }

        foreach (var group in new[] { "review", "litigation_direct", "litigation_after_review" })
        {
            if (f[$"appeals.{group}.total"] != new[] { "upheld", "corrected", "other", "pending" }.Sum(c => f[$"appeals.{group}.{c}"]))
            {
                expected.Add(("appeals.group_sum", $"appeals.{group}.total"));
            }
        }

        foreach (var row in new[] { "regulations", "normative_documents" })
        {
            if (f[$"proactive.art20_1.{row}.in_force"] < f[$"proactive.art20_1.{row}.issued"])
            {
                expected.Add(("proactive.in_force", $"proactive.art20_1.{row}.in_force"));
            }
        }

        return expected.Order();
    }
}
