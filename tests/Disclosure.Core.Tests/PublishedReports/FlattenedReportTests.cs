using System.Text.RegularExpressions;
using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Tests.Validation;
using Disclosure.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace Disclosure.Tests.PublishedReports;

/// <summary>
/// Reports whose cells ran together (the crawler's text, <see cref="CrawlerTextReport"/>) are cut into figures by the
/// form's own rules: every figure read is the printed one, and a row that cannot be cut one way only is left out
/// with a finding; never a wrong figure, whether the form is consistent or carries a slip.
/// </summary>
public partial class FlattenedReportTests
{
    private static readonly FormEdition Form = NationalForm.Current;

    private static readonly IReadOnlyList<FigureDefinition> Counts = [.. Form.Figures.Where(f => f.Kind == FigureKind.Count)];

    private static readonly Arbitrary<int> Seeds = Arb.From(Gen.Choose(0, int.MaxValue - 1));

    private static readonly Arbitrary<(int Seed, int Figure, int Delta)> Slips = Arb.From(
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from figure in Gen.Choose(0, Counts.Count - 1)
        from delta in Gen.Choose(1, 200)
        select (seed, figure, delta));

    [Fact]
    public void Consistent_forms_read_back_exactly_or_leave_a_row_out_with_a_finding() =>
        Prop.ForAll(Seeds, seed =>
        {
            var figures = ConsistentForms.Create(seed, scale: 50);
            AssertNeverWrong(figures, ReportReading.ReadText(CrawlerTextReport.Render(figures)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));

    [Fact]
    public void Forms_with_a_slip_read_back_as_printed_or_leave_rows_out_never_wrongly() =>
        Prop.ForAll(Slips, slip =>
        {
            var figures = ConsistentForms.Create(slip.Seed, scale: 50);
            var figure = Counts[slip.Figure];
            figures[figure.Key] += slip.Delta;
            AssertNeverWrong(figures, ReportReading.ReadText(CrawlerTextReport.Render(figures)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));

    [Fact]
    public void Most_rows_of_consistent_forms_are_read()
    {
        // The rules must decide, not just refuse: over many forms most of 三 and 四 (about 90% of them) is read.
        var read = 0;
        var total = 0;
        foreach (var seed in Enumerable.Range(1, 30))
        {
            var figures = ConsistentForms.Create(seed, scale: 50);
            var document = ReportReading.Document(ReportReading.ReadText(CrawlerTextReport.Render(figures)));
            var keys = Form.Figures.Where(f => f.Section.Code is "requests" or "appeals").Select(f => f.Key).ToList();
            total += keys.Count;
            read += keys.Count(document.Figures.ContainsKey);
        }

        Assert.True(read >= total * 0.85, $"read {read} of {total} figures of 三 and 四");
    }

    [Fact]
    public void A_row_with_two_valid_splits_is_left_out_naming_both_and_the_rest_is_read_and_checked()
    {
        // Pingtan 2024's 行政规范性文件 6233440: 62 | 3 | 3440 and 62 | 33 | 440 both fit, and more.
        var figures = ConsistentForms.Create(3);
        figures["proactive.art20_1.normative_documents.issued"] = 62;
        figures["proactive.art20_1.normative_documents.repealed"] = 3;
        figures["proactive.art20_1.normative_documents.in_force"] = 3440;

        var result = ReportReading.ReadText(CrawlerTextReport.Render(figures));

        var document = ReportReading.Document(result);
        var finding = Assert.Single(result.Findings, f => f.Rule == Rules.ReportSplitAmbiguous.Id && f.Cell == "proactive.art20_1.normative_documents.issued");
        Assert.Contains("行政规范性文件", finding.Message, StringComparison.Ordinal);
        Assert.Contains("6233440", finding.Message, StringComparison.Ordinal);
        Assert.Contains("62 | 3 | 3440", finding.Message, StringComparison.Ordinal);
        Assert.Contains("62 | 33 | 440", finding.Message, StringComparison.Ordinal);
        Assert.Subset(document.UnreadFigures, new HashSet<string> { "proactive.art20_1.normative_documents.in_force", "proactive.art20_1.normative_documents.issued", "proactive.art20_1.normative_documents.repealed" });
        Assert.True(document.IsReadInPart);

        var report = FormValidator.Validate(result);
        Assert.DoesNotContain(report.Findings, f => f.Rule == Rules.StructureMissingCell.Id);
        Assert.Equal(ValidationStatus.Rejected, report.Status);
        AssertNeverWrong(figures, result);
    }

    [Fact]
    public void Every_split_figure_carries_a_warning_saying_how_it_was_read()
    {
        var figures = ConsistentForms.Create(11, scale: 50);

        var result = ReportReading.ReadText(CrawlerTextReport.Render(figures));

        var document = ReportReading.Document(result);
        var split = result.Findings.Where(f => f.Rule == Rules.ReportSplit.Id).ToList();
        var multiFigureRows = Form.Figures.Where(f => f.Table.Columns.Count > 1 || f.Section.Code == "appeals").Select(f => f.Key);
        Assert.Equal(multiFigureRows.Where(document.Figures.ContainsKey).Order(StringComparer.Ordinal), split.Select(f => f.Cell!).Order(StringComparer.Ordinal));
        Assert.All(split, f => Assert.Equal(Severity.Warning, f.Severity));
        var received = Assert.Single(split, f => f.Cell == "requests.received.total");
        Assert.Contains(FigureText.Format(figures["requests.received.total"]), received.Message, StringComparison.Ordinal);
        Assert.Contains("一、本年新收政府信息公开申请数量", received.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_in_the_print_is_a_cut_every_split_keeps()
    {
        // Pingtan 2021 prints "500000 5": the space ends a figure.
        var figures = ConsistentForms.Create(5);
        var text = CrawlerTextReport.Render(figures);
        var row = RowDigits(text, "(一)予以公开");
        var gapped = text.Replace("(一)予以公开" + row, "(一)予以公开" + row[..^1] + " " + row[^1], StringComparison.Ordinal);

        var document = ReportReading.Document(ReportReading.ReadText(gapped));

        if (document.Figures.TryGetValue("requests.disclosed.total", out var total))
        {
            Assert.Equal(figures["requests.disclosed.total"], total);
            Assert.True(total < 10, "the last figure after the gap is one digit");
        }
    }

    [Fact]
    public void A_run_past_the_search_bound_is_refused_with_a_finding()
    {
        var figures = ConsistentForms.Create(8);
        var text = CrawlerTextReport.Render(figures);
        var row = RowDigits(text, "一、本年新收政府信息公开申请数量");
        var huge = text.Replace("一、本年新收政府信息公开申请数量" + row, "一、本年新收政府信息公开申请数量" + new string('1', 60), StringComparison.Ordinal);

        var result = ReportReading.ReadText(huge);

        var finding = Assert.Single(result.Findings, f => f.Rule == Rules.ReportSplitUnsolved.Id && f.Cell == "requests.received.natural_person");
        Assert.Contains("超出检查范围", finding.Message, StringComparison.Ordinal);
        Assert.All(Form.Requests.Columns, c => Assert.DoesNotContain($"requests.received.{c.Code}", ReportReading.Document(result).Figures.Keys));
    }

    [Fact]
    public void A_report_whose_own_arithmetic_is_wrong_says_so_rather_than_guess()
    {
        // 三's received row with a 总计 that its parts cannot make, whichever way it is cut.
        var figures = ConsistentForms.Create(9);
        figures["requests.received.natural_person"] = 12;
        figures["requests.received.total"] = 99999;

        var result = ReportReading.ReadText(CrawlerTextReport.Render(figures));

        var finding = Assert.Single(result.Findings, f => f.Rule == Rules.ReportSplitUnsolved.Id && f.Cell == "requests.received.natural_person");
        Assert.Contains("一、本年新收政府信息公开申请数量", finding.Message, StringComparison.Ordinal);
        AssertNeverWrong(figures, result);
    }

    /// <summary>Every figure read is the printed one; every figure not read has a finding and is named unread.</summary>
    private static void AssertNeverWrong(Dictionary<string, decimal> printed, ReadResult result)
    {
        var document = ReportReading.Document(result);
        foreach (var figure in Form.Figures)
        {
            if (document.Figures.TryGetValue(figure.Key, out var value))
            {
                Assert.True(printed[figure.Key] == value, $"{figure.Key}: read {value}, printed {printed[figure.Key]}");
            }
            else
            {
                Assert.Contains(figure.Key, document.UnreadFigures);
            }
        }

        var refused = result.Findings.Where(f => f.Rule == Rules.ReportSplitAmbiguous.Id || f.Rule == Rules.ReportSplitUnsolved.Id)
            .Select(f => Form.Figure(f.Cell!).Table).ToHashSet();
        Assert.All(document.UnreadFigures, k => Assert.Contains(Form.Figure(k).Table, refused));
    }

    private static string RowDigits(string text, string label) =>
        Regex.Match(text, Regex.Escape(label) + "([0-9]+)").Groups[1].Value;
}
