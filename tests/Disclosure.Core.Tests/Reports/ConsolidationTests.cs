using Disclosure.Narratives;
using Disclosure.Form;
using Disclosure.Reports;
using Disclosure.Samples;
using Disclosure.Submissions;

namespace Disclosure.Tests.Reports;

public sealed class ConsolidationTests
{
    private const string OtherNaturalPerson = "requests.other.other.natural_person";
    private const string OtherTotal = "requests.other.other.total";
    private static readonly FormEdition Form = NationalForm.Edition2021;
    private static readonly SampleSet Samples = SampleSplitter.Erdao2022();

    [Fact]
    public void Fees_add_up_as_decimals_without_drift()
    {
        var submissions = Enumerable.Range(0, 1000)
            .Select(i => Submission($"o{i}", Zeros((Fee, i % 2 == 0 ? 0.1m : 0.2m))))
            .ToList();

        var report = Consolidation.Consolidate(Government, 2022, submissions, SampleNarrative.Government);

        Assert.Equal(150m, report.Figure(Fee)); // 500 × 0.1 + 500 × 0.2, exactly
        Assert.Equal("150", report.Figure(Fee).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1000, report.Offices.Count);
    }

    [Fact]
    public void A_tenth_and_two_tenths_a_thousand_times_make_exactly_three_hundred()
    {
        var sum = Consolidation.Sum(Form, Enumerable.Range(0, 1000).Select(_ => (IReadOnlyDictionary<string, decimal>)new Dictionary<string, decimal> { [Fee] = 0.1m + 0.2m }));

        Assert.Equal(300m, sum[Fee]);
        Assert.Equal(0.3m, 0.1m + 0.2m);
        Assert.NotEqual(300.0, Enumerable.Range(0, 1000).Aggregate(0.0, (s, _) => s + 0.1 + 0.2)); // what a double would give
    }

    [Fact]
    public void Four_decimal_fees_keep_every_yuan()
    {
        var report = Consolidation.Consolidate(Government, 2022,
            [Submission("a", Zeros((Fee, 0.0001m))), Submission("b", Zeros((Fee, 1190.9999m)))], SampleNarrative.Government);

        Assert.Equal(1191m, report.Figure(Fee));
    }

    [Fact]
    public void The_sample_districts_corrected_submissions_add_up_to_the_seed_plus_the_filed_application()
    {
        // What the corrected workbook changes, computed from the samples rather than typed in.
        var slipped = Samples.Figures[Samples.SlippedOfficeId];
        var changed = Form.Figures.Select(f => f.Key)
            .Where(k => Samples.CorrectedFigures[k] != slipped[k])
            .ToDictionary(k => k, k => Samples.CorrectedFigures[k] - slipped[k], StringComparer.Ordinal);

        var report = Consolidation.Consolidate(Government, 2022, CorrectedSubmissions(), SampleNarrative.Government, Roster());

        // The one application the seed left out of its outcome rows, filed under 三(六)3 其他 for 自然人 (and its 总计 column).
        Assert.Equal(new Dictionary<string, decimal> { [OtherNaturalPerson] = 1, [OtherTotal] = 1 }, changed);
        Assert.All(Form.Figures, f => Assert.Equal(
            (f.Key, SeedFigures2022.Figures[f.Key] + changed.GetValueOrDefault(f.Key)),
            (f.Key, report.Figure(f.Key))));
        Assert.Equal(SeedFigures2022.Figures[OtherNaturalPerson] + 1, report.Figure(OtherNaturalPerson));
        Assert.Equal(SeedFigures2022.Figures[OtherTotal] + 1, report.Figure(OtherTotal));
        Assert.Equal(200, report.Figures.Count);
    }

    [Fact]
    public void The_corrected_sum_breaks_no_rule_and_records_every_office_that_went_in()
    {
        var report = Consolidation.Consolidate(Government, 2022, CorrectedSubmissions(), SampleNarrative.Government, Roster());

        Assert.Empty(report.Findings);
        Assert.Equal(Samples.Offices.Select(o => o.Id), report.Offices.Select(o => o.OfficeId));
        var housing = report.Offices.Single(o => o.OfficeId == Samples.SlippedOfficeId);
        Assert.Equal((Samples.SlippedOffice.Name, "housing-corrected-upload", Sha("housing-corrected")), (housing.Name, housing.UploadId, housing.Sha256));
        Assert.True(report.Body.IsConsolidated);
        Assert.Equal("长春市二道区人民政府2022年政府信息公开工作年度报告", report.Title);
    }

    [Fact]
    public void The_submissions_as_first_sent_sum_to_the_seed_and_its_two_handled_sum_errors()
    {
        var submissions = Samples.Offices.Select(o => Submission(o.Id, Samples.Figures[o.Id])).ToList();

        var report = Consolidation.Consolidate(Government, 2022, submissions, SampleNarrative.Government);

        Assert.All(Form.Figures, f => Assert.Equal((f.Key, SeedFigures2022.Figures[f.Key]), (f.Key, report.Figure(f.Key))));
        Assert.Equal(
            [("requests.handled_sum", Severity.Error, "requests.handled_total.natural_person"), ("requests.handled_sum", Severity.Error, "requests.handled_total.total")],
            report.Findings.Select(f => (f.Rule, f.Severity, f.Cell)));
    }

    [Fact]
    public void A_sum_that_breaks_a_rule_carries_the_finding()
    {
        var figures = Zeros(("appeals.review.upheld", 2), ("appeals.review.total", 1));

        var report = Consolidation.Consolidate(Government, 2022, [Submission("a", figures)], SampleNarrative.Government);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("appeals.group_sum", "appeals.review.total"), (finding.Rule, finding.Cell));
    }

    [Fact]
    public void No_submission_is_an_error_of_the_consolidation()
    {
        var report = Consolidation.Consolidate(Government, 2022, [], SampleNarrative.Government);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("consolidation.empty", Severity.Error, null), (finding.Rule, finding.Severity, finding.Cell));
        Assert.Contains("长春市二道区人民政府2022年度报告", finding.Message, StringComparison.Ordinal);
        Assert.Empty(report.Offices);
        Assert.All(Form.Figures, f => Assert.Equal(0m, report.Figure(f.Key)));
    }

    [Fact]
    public void A_missing_narrative_section_is_a_warning_naming_its_heading()
    {
        var narrative = new ReportNarrative(new Dictionary<string, NarrativeSection>(StringComparer.Ordinal)
        {
            ["overview"] = SampleNarrative.Government.Section("overview")!,
            ["problems"] = new([]),
        });

        var report = Consolidation.Consolidate(Government, 2022, CorrectedSubmissions(), narrative);

        Assert.Equal(
            [("narrative.missing", Severity.Warning, "“五、存在的主要问题及改进情况”没有内容,报告中该处显示【待补充】。"),
             ("narrative.missing", Severity.Warning, "“六、其他需要报告的事项”没有内容,报告中该处显示【待补充】。")],
            report.Findings.Select(f => (f.Rule, f.Severity, f.Message)));
    }

    [Fact]
    public void An_offices_own_report_is_its_figures_and_its_workbook_narrative()
    {
        var office = Samples.Offices[3];
        var submission = Submission(office.Id, Samples.Figures[office.Id]) with
        {
            OfficeName = office.Name,
            // As ingest stores a workbook's 文字部分: the cells' text read by the narrative text rules, kept as Markdown.
            Narrative = NarrativeMarkdown.Write(NarrativeReader.FromSectionTexts(new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["overview"] = "（一）主动公开\n本单位主动公开信息 12 条。\n\n  依申请公开均按期答复。  ",
                ["problems"] = "无。",
                ["other_matters"] = "   ",
            }, Form)),
        };

        var report = Consolidation.ForOffice(submission);

        Assert.Equal(new ReportBody(office.Id, office.Name, false), report.Body);
        Assert.All(Form.Figures, f => Assert.Equal(Samples.Figures[office.Id][f.Key], report.Figure(f.Key)));
        Assert.Equal(
            [new NarrativeHeading("（一）主动公开"), new NarrativeParagraph("本单位主动公开信息 12 条。"), new NarrativeParagraph("依申请公开均按期答复。")],
            report.Narrative.Section("overview")!.Blocks);
        Assert.Null(report.Narrative.Section("other_matters"));
        var finding = Assert.Single(report.Findings);
        Assert.Equal("narrative.missing", finding.Rule);
        var included = Assert.Single(report.Offices);
        Assert.Equal((office.Id, office.Name, $"{office.Id}-upload"), (included.OfficeId, included.Name, included.UploadId));
    }

    [Fact]
    public void Submissions_of_another_year_or_an_office_twice_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Consolidation.Consolidate(Government, 2023, [Submission("a", Zeros())], ReportNarrative.Empty));
        Assert.Throws<ArgumentException>(() => Consolidation.Consolidate(Government, 2022, [Submission("a", Zeros()), Submission("a", Zeros())], ReportNarrative.Empty));
    }

    [Fact]
    public void A_markdown_narrative_is_split_at_its_section_headings()
    {
        const string text = """
            # 某某区2022年政府信息公开工作年度报告
            前言不计入。
            ## 一、总体情况
            ### （一）主动公开
            全年主动公开信息 1,268 条。
            二、主动公开政府信息情况
            表格不计入。
            五、存在的主要问题及改进情况
            栏目更新不够及时。
            二、加强培训，提高答复质量。
            六、其他需要报告的事项
            """;

        var narrative = NarrativeReader.ReadMarkdown(text, form: Form).Narrative!;

        // Text before 一 opens it; the title line is dropped; 二 is generated from the figures, so its text is ignored.
        Assert.Equal(
            [new NarrativeParagraph("前言不计入。"), new NarrativeHeading("（一）主动公开"), new NarrativeParagraph("全年主动公开信息 1,268 条。")],
            narrative.Section("overview")!.Blocks);
        Assert.Equal([new NarrativeParagraph("栏目更新不够及时。"), new NarrativeParagraph("二、加强培训，提高答复质量。")], narrative.Section("problems")!.Blocks);
        Assert.Null(narrative.Section("other_matters"));
    }

    private const string Fee = "proactive.art20_8.fees.amount_10k_yuan";

    private static readonly ReportBody Government = new("gov", "长春市二道区人民政府", IsConsolidated: true);

    private static List<Submission> CorrectedSubmissions() =>
    [
        .. Samples.Offices.Select(o => o.Id == Samples.SlippedOfficeId
            ? Submission(o.Id, Samples.CorrectedFigures) with { Source = new SubmissionSource("housing-corrected-upload", "uploads/2022/housing/corrected.xlsx", Sha("housing-corrected"), DateTimeOffset.UnixEpoch) }
            : Submission(o.Id, Samples.Figures[o.Id])),
    ];

    private static List<Office> Roster() => [.. Samples.Offices.Select(o => new Office(o.Id, o.Name, o.Kind, o.Required))];

    private static Submission Submission(string officeId, IReadOnlyDictionary<string, decimal> figures) => new()
    {
        OfficeId = officeId,
        Year = 2022,
        Edition = Form,
        Figures = figures,
        Source = new SubmissionSource($"{officeId}-upload", $"uploads/2022/{officeId}/{officeId}.xlsx", Sha(officeId), DateTimeOffset.UnixEpoch),
    };

    private static string Sha(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    private static Dictionary<string, decimal> Zeros(params (string Key, decimal Value)[] figures)
    {
        var zeros = Form.Figures.ToDictionary(f => f.Key, _ => 0m, StringComparer.Ordinal);
        foreach (var (key, value) in figures)
        {
            zeros[key] = value;
        }

        return zeros;
    }
}
