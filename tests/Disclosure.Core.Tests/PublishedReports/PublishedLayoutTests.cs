using System.Text;
using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Samples;
using Disclosure.Validation;

namespace Disclosure.Tests.PublishedReports;

/// <summary>
/// Reports in the layouts the corpus shows (pdftotext of a PDF, a Markdown conversion, a saved web page, crawler
/// text), written by the tests from the sample district's seed figures with the quirks the real reports have, read
/// with every figure or refused with a reason. The corpus check asserts the same of the real reports.
/// </summary>
public class PublishedLayoutTests
{
    private static readonly IReadOnlyDictionary<string, decimal> Seed = SeedFigures2022.Figures;

    // pdftotext -layout of a PDF (as the Hongze reports): (六)其他处理 printed as one row, a label misprinted,
    // and 四's 总计 printed 0 for 行政复议 and 复议后起诉 though their parts do not add to 0.
    private static readonly Dictionary<string, decimal> PdftotextFigures = With(Seed, new()
    {
        ["appeals.review.total"] = 0,
        ["appeals.litigation_after_review.upheld"] = 5,
    });

    private static readonly string Pdftotext = PdftotextStyleReport.Render(
        PdftotextFigures, otherHandlingAsOneRow: true, misprints: new Dictionary<string, string> { ["2.其他法律行政法规禁止公开"] = "2.其他法律行政止公开" });

    [Fact]
    public void Pdftotext_layout_is_read_as_printed()
    {
        var document = ReportReading.Document(ReportReading.ReadText(Pdftotext));

        ReportReading.AssertAll200(document);
        var expected = With(PdftotextFigures, new()
        {
            // The one row of (六)其他处理 holds 3.其他's figures (the seed's two other sub-items are 0).
            ["requests.other.other.natural_person"] = 38,
            ["requests.other.other.total"] = 46,
        });
        Assert.All(ReportReading.Form.Figures, f => Assert.Equal(expected[f.Key], document.Figures[f.Key]));
        Assert.Equal([169m, 6, 0, 0, 6, 0, 181], ReportReading.RequestRow(document, "received"));
        Assert.Equal([2m, 0, 0, 0, 0], ReportReading.AppealGroup(document, "review"));
        Assert.Equal([5m, 0, 0, 0, 0], ReportReading.AppealGroup(document, "litigation_after_review"));
        Assert.Equal($"第{LineOf(Pdftotext, "行政事业性收费")}行", document.LocationOf("proactive.art20_8.fees.amount_10k_yuan"));
        Assert.Equal($"第{LineOf(Pdftotext, "（七）总计")}行", document.LocationOf("requests.handled_total.total"));
    }

    [Fact]
    public void Pdftotext_layout_gives_the_validator_its_appeals_errors_and_the_seeds_slip()
    {
        var report = FormValidator.Validate(ReportReading.ReadText(Pdftotext));

        var errors = report.Findings.Where(f => f.Severity == Severity.Error).Select(e => (e.Rule, e.Cell)).Order().ToArray();
        Assert.Equal(
            [
                ("appeals.group_sum", "appeals.litigation_after_review.total"),
                ("appeals.group_sum", "appeals.review.total"),
                ("requests.handled_sum", "requests.handled_total.natural_person"),
                ("requests.handled_sum", "requests.handled_total.total"),
            ],
            errors);
    }

    [Fact]
    public void Pdftotext_layout_reads_other_handling_printed_as_one_row_and_says_so()
    {
        var result = ReportReading.ReadText(Pdftotext);
        var document = ReportReading.Document(result);

        var warning = Assert.Single(result.Findings, f => f.Message.Contains("(六)其他处理”印成一行", StringComparison.Ordinal));
        Assert.Equal(
            (Disclosure.Validation.Rules.ReportVariant.Id, Severity.Warning, $"第{LineOf(Pdftotext, "（六）其他处理")}行"),
            (warning.Rule, warning.Severity, warning.Location));
        Assert.Contains("按“3.其他”读取", warning.Message, StringComparison.Ordinal);
        Assert.Equal([0m, 0, 0, 0, 0, 0, 0], ReportReading.RequestRow(document, "other.no_correction"));
        Assert.Equal([0m, 0, 0, 0, 0, 0, 0], ReportReading.RequestRow(document, "other.fee_unpaid"));
    }

    [Fact]
    public void Pdftotext_layout_reads_a_misprinted_label_by_its_numbering_and_warns()
    {
        var result = ReportReading.ReadText(Pdftotext);

        var warning = Assert.Single(result.Findings, f => f.Location == $"第{LineOf(Pdftotext, "2.其他法律行政止公开")}行");
        Assert.Equal(Disclosure.Validation.Rules.ReportVariant.Id, warning.Rule);
        Assert.Contains("其他法律行政止公开", warning.Message, StringComparison.Ordinal);
        Assert.Contains("2.其他法律行政法规禁止公开", warning.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Findings.Count);
    }

    [Fact]
    public void Markdown_layout_with_rows_under_a_stray_header_is_read_as_printed()
    {
        var text = MarkdownStyleReport.Render(Seed, strayHeaderRows: 4, groupDigits: true);

        var result = ReportReading.ReadText(text);
        var document = ReportReading.Document(result);

        ReportReading.AssertAll200(document);
        Assert.All(ReportReading.Form.Figures, f => Assert.Equal(Seed[f.Key], document.Figures[f.Key]));
        Assert.Equal(6734m, document.Figures["proactive.art20_5.licensing.decisions"]);
        Assert.Equal([165m, 6, 0, 0, 6, 0, 177], ReportReading.RequestRow(document, "handled_total"));
        Assert.Equal($"第{LineOf(text, "| 2.申请人逾期未按收费通知要求缴纳费用")}行", document.LocationOf("requests.other.fee_unpaid.natural_person"));
        Assert.Equal($"第{LineOf(text, "| 四、结转下年度继续办理")}行", document.LocationOf("requests.carried_forward.total"));
        Assert.StartsWith("(一)存在问题", document.Narratives["problems"], StringComparison.Ordinal);
    }

    [Fact]
    public void Html_page_reads_blank_cells_as_zero_with_a_warning_per_row()
    {
        // As the Shuyang DRC page: every 法人或其他组织 cell left blank, 行政规范性文件 printed 规范性文件.
        var figures = Seed.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var row in ReportReading.Form.Section("requests").Tables[0].Rows)
        {
            string[] organisation = ["enterprise", "research", "public_interest", "legal_service", "other_org"];
            foreach (var column in organisation)
            {
                figures[$"requests.{row.Code}.{column}"] = 0;
            }

            figures[$"requests.{row.Code}.total"] = figures[$"requests.{row.Code}.natural_person"];
        }

        var result = ReportReading.ReadHtml(HtmlStyleReport.Render(
            figures, blankOrganisationZeros: true, misprints: new Dictionary<string, string> { ["行政规范性文件"] = "规范性文件" }));
        var document = ReportReading.Document(result);

        Assert.Equal(SourceFormat.ReportHtml, document.Format);
        ReportReading.AssertAll200(document);
        Assert.All(ReportReading.Form.Figures, f => Assert.Equal(figures[f.Key], document.Figures[f.Key]));
        Assert.Equal([169m, 0, 0, 0, 0, 0, 169], ReportReading.RequestRow(document, "received"));
        Assert.Equal((3m, 9m), (document.Figures["proactive.art20_1.normative_documents.issued"], document.Figures["proactive.art20_1.normative_documents.in_force"]));
        Assert.Equal("表格3 第4行", document.LocationOf("requests.received.natural_person"));

        var blanks = result.Findings.Where(x => x.Message.Contains("空白单元格", StringComparison.Ordinal)).ToList();
        Assert.Equal(25, blanks.Count);
        Assert.All(blanks, w => Assert.Equal((Disclosure.Validation.Rules.ReportVariant.Id, Severity.Warning), (w.Rule, w.Severity)));
        var received = Assert.Single(blanks, w => w.Cell == "requests.received.enterprise");
        Assert.Equal("表格3 第4行", received.Location);
        Assert.Contains("商业企业", received.Message, StringComparison.Ordinal);
        Assert.Contains("法律服务机构", received.Message, StringComparison.Ordinal);
        Assert.Contains("按 0 读取", received.Message, StringComparison.Ordinal);
        Assert.Single(result.Findings, x => x.Cell == "proactive.art20_1.normative_documents.issued");
        Assert.Equal(26, result.Findings.Count);
        Assert.StartsWith("2022年,本区持续推进政务公开工作。", document.Narratives["overview"], StringComparison.Ordinal);
        Assert.StartsWith("无", document.Narratives["other_matters"], StringComparison.Ordinal);
    }

    [Fact]
    public void Crawler_text_with_cells_run_together_is_cut_by_the_forms_sums_and_never_read_wrongly()
    {
        // The seed's (七)总计 slip is in it: rows that slip could mislead are left out, the rest read as printed.
        var result = ReportReading.ReadText(CrawlerTextReport.Render(Seed));

        var document = ReportReading.Document(result);
        Assert.All(ReportReading.Form.Figures, f =>
        {
            if (document.Figures.TryGetValue(f.Key, out var value))
            {
                Assert.Equal(Seed[f.Key], value);
            }
            else
            {
                Assert.Contains(f.Key, document.UnreadFigures);
            }
        });
        Assert.True(document.Figures.Count >= 150, $"read {document.Figures.Count} figures");
        Assert.Contains(result.Findings, f => f.Rule == Disclosure.Validation.Rules.ReportSplit.Id);
    }

    [Fact]
    public void Markdown_whose_first_row_lost_its_label_is_refused()
    {
        // As the scrambled Shanghai extractions: a row of figures where 规章 should be.
        var text = MarkdownStyleReport.Render(Seed).Replace("| 规章 |", "| |", StringComparison.Ordinal);

        var result = ReportReading.ReadText(text);

        Assert.True(result.IsUnreadable);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(Disclosure.Validation.Rules.ReportUnreadable.Id, finding.Rule);
        Assert.Contains("规章", finding.Message, StringComparison.Ordinal);
        Assert.Contains("不予读取", finding.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, SourceFormat> Layouts => new()
    {
        { "seed", SourceFormat.ReportText },
        { "pdftotext", SourceFormat.ReportText },
        { "markdown", SourceFormat.ReportText },
        { "html", SourceFormat.ReportHtml },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Reads_each_layout_by_its_content(string layout, SourceFormat format)
    {
        var text = layout switch
        {
            "seed" => SeedStyleReport.Render(Seed),
            "pdftotext" => PdftotextStyleReport.Render(Seed),
            "markdown" => MarkdownStyleReport.Render(Seed),
            _ => HtmlStyleReport.Render(Seed),
        };

        var result = FormFileReader.Read(Encoding.UTF8.GetBytes(text), "upload.bin");

        var document = ReportReading.Document(result);
        Assert.Equal(format, document.Format);
        Assert.All(ReportReading.Form.Figures, f => Assert.Equal(Seed[f.Key], document.Figures[f.Key]));
    }

    private static int LineOf(string text, string start) =>
        Array.FindIndex(text.Split('\n'), l => l.TrimStart(' ', '\f').StartsWith(start, StringComparison.Ordinal)) + 1;

    private static Dictionary<string, decimal> With(IReadOnlyDictionary<string, decimal> figures, Dictionary<string, decimal> changes)
    {
        var result = figures.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            result[key] = value;
        }

        return result;
    }
}
