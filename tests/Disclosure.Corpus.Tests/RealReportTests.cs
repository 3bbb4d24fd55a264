using Disclosure.Reading;
using Disclosure.Tests.PublishedReports;
using Disclosure.Validation;

namespace Disclosure.Corpus.Tests;

/// <summary>The real published reports in ../shared/reports: read with every figure, or refused with a reason.</summary>
public class RealReportTests
{
    [CorpusTheory]
    [InlineData("hongze-district-2023.txt")]
    [InlineData("hongze-district-2024.txt")]
    [InlineData("hongze-district-2023.pdf")]
    [InlineData("hongze-district-2024.pdf")]
    [InlineData("shuyang-county-2025.txt")]
    [InlineData("shuyang-drc-2023.html")]
    public void Reads_all_200_figures(string name) => ReportReading.AssertAll200(ReportReading.Document(CorpusReports.ReadShared(name)));

    [CorpusFact]
    public void Shanghai_govoffice_2025_fragments_are_refused_because_a_proactive_figure_has_no_row()
    {
        // 三 and 四 would re-assemble, but 二's 第(一)项 prints 22 and 55 on lines of their own and 规章 | 22 | 235,
        // 行政规范性文件 | 34 | 189 with two figures each where the form has three: no reading is certain.
        var result = CorpusReports.ReadShared("shanghai-govoffice-2025.txt");

        Assert.True(result.IsUnreadable);
        var finding = Assert.Single(result.Findings);
        Assert.Equal((Rules.ReportUnreadable.Id, "第79行"), (finding.Rule, finding.Location));
        Assert.Contains("(22)没有可辨认的行标签", finding.Message, StringComparison.Ordinal);
        Assert.Contains("不予读取", finding.Message, StringComparison.Ordinal);
    }

    [CorpusFact]
    public void Shanghai_stcsm_2024_fragments_are_re_assembled_by_the_forms_row_order_and_read_in_part()
    {
        // Figures checked by hand against the file: the rows printed with their label anchor the table; between two of
        // them, the unlabelled rows of figures are exactly as many as the rows the form has there. Every column adds
        // down to (七)总计 and the narrative's counts agree (不予公开 2, 无法提供 10, 其他处理 14).
        var result = CorpusReports.ReadShared("shanghai-stcsm-2024.txt");
        var document = ReportReading.Document(result);
        var f = document.Figures;

        Assert.Equal((0m, 0m, 0m), (f["proactive.art20_1.regulations.issued"], f["proactive.art20_1.regulations.repealed"], f["proactive.art20_1.regulations.in_force"]));
        Assert.Equal((13m, 0m, 55m), (f["proactive.art20_1.normative_documents.issued"], f["proactive.art20_1.normative_documents.repealed"], f["proactive.art20_1.normative_documents.in_force"]));
        Assert.Equal(97m, f["proactive.art20_5.licensing.decisions"]);
        Assert.Equal([32m, 2, 0, 0, 0, 0, 34], ReportReading.RequestRow(document, "received"));
        Assert.Equal([2m, 0, 0, 0, 0, 0, 2], ReportReading.RequestRow(document, "carried_over"));
        Assert.Equal([9m, 0, 0, 0, 0, 0, 9], ReportReading.RequestRow(document, "disclosed"));
        Assert.Equal([0m, 0, 0, 0, 0, 0, 0], ReportReading.RequestRow(document, "partly_disclosed"));
        Assert.Equal([1m, 0, 0, 0, 0, 0, 1], ReportReading.RequestRow(document, "withheld.internal_affairs"));
        Assert.Equal([1m, 0, 0, 0, 0, 0, 1], ReportReading.RequestRow(document, "withheld.process_info"));
        Assert.Equal([4m, 0, 0, 0, 0, 0, 4], ReportReading.RequestRow(document, "unavailable.not_held"));
        Assert.Equal([6m, 0, 0, 0, 0, 0, 6], ReportReading.RequestRow(document, "unavailable.needs_creation"));
        Assert.Equal([0m, 0, 0, 0, 0, 0, 0], ReportReading.RequestRow(document, "unavailable.still_unclear"));
        Assert.Equal([8m, 2, 0, 0, 0, 0, 10], ReportReading.RequestRow(document, "other.no_correction"));
        Assert.Equal([0m, 0, 0, 0, 0, 0, 0], ReportReading.RequestRow(document, "other.fee_unpaid"));
        Assert.Equal([4m, 0, 0, 0, 0, 0, 4], ReportReading.RequestRow(document, "other.other"));
        Assert.Equal([33m, 2, 0, 0, 0, 0, 35], ReportReading.RequestRow(document, "handled_total"));
        Assert.Equal([1m, 0, 0, 0, 1], ReportReading.AppealGroup(document, "review"));
        Assert.Equal("第163行", document.LocationOf("requests.other.no_correction.total"));

        // Ten rows placed by order, each said so; the lone "1" of line 172 left out and said so.
        var placed = result.Findings.Where(x => x.Rule == Rules.ReportFragment.Id).Select(x => x.Location).ToList();
        Assert.Equal(["第105行", "第116行", "第128行", "第134行", "第141行", "第143行", "第159行", "第161行", "第163行", "第173行"], placed);
        Assert.Single(result.Findings, x => x.Rule == Rules.ReportVariant.Id && x.Location == "第172行");

        // 四、结转下年度继续办理 prints no 总计, and the lone "1" may be that figure: left out, not read as 0 nor filled in.
        Assert.True(document.IsReadInPart);
        Assert.Equal(["requests.carried_forward.total"], document.UnreadFigures);
        Assert.Equal(199, f.Count);
        Assert.Equal([1m, 0, 0, 0, 0, 0], ReportReading.Form.Requests.Columns.SkipLast(1).Select(c => f[$"requests.carried_forward.{c.Code}"]));
        var uncertain = Assert.Single(result.Findings, x => x.Rule == Rules.ReportFragmentUncertain.Id);
        Assert.Equal(("requests.carried_forward.total", "第178行"), (uncertain.Cell, uncertain.Location));
        Assert.Contains("第172行(“1”)", uncertain.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, x => x.Rule == Rules.ReportVariant.Id && x.Location == "第178行");

        // Everything read adds up: the only error is the figure left out.
        var errors = FormValidator.Validate(result).Findings.Where(x => x.Severity == Disclosure.Form.Severity.Error).ToList();
        Assert.Equal([Rules.ReportFragmentUncertain.Id], errors.Select(e => e.Rule));
    }

    [CorpusFact]
    public void Pingtan_2024_run_together_digits_are_cut_by_the_forms_sums_and_read_in_part()
    {
        // Figures checked by hand against the page: every row of 三 adds up across and down.
        var result = CorpusReports.ReadShared("pingtan-2024.txt");
        var document = ReportReading.Document(result);
        var f = document.Figures;

        Assert.Equal((0m, 0m, 0m), (f["proactive.art20_1.regulations.issued"], f["proactive.art20_1.regulations.repealed"], f["proactive.art20_1.regulations.in_force"]));
        Assert.Equal(4529m, f["proactive.art20_5.licensing.decisions"]);
        Assert.Equal(1100m, f["proactive.art20_6.penalty.decisions"]);
        Assert.Equal(65m, f["proactive.art20_6.coercion.decisions"]);
        Assert.Equal(18651.06m, f["proactive.art20_8.fees.amount_10k_yuan"]);
        Assert.Equal([217m, 1, 0, 0, 0, 0, 218], ReportReading.RequestRow(document, "received"));
        Assert.Equal([71m, 0, 0, 0, 0, 0, 71], ReportReading.RequestRow(document, "disclosed"));
        Assert.Equal([29m, 0, 0, 0, 0, 0, 29], ReportReading.RequestRow(document, "partly_disclosed"));
        Assert.Equal([32m, 0, 0, 0, 0, 0, 32], ReportReading.RequestRow(document, "withheld.internal_affairs"));
        Assert.Equal([75m, 0, 0, 0, 0, 0, 75], ReportReading.RequestRow(document, "unavailable.not_held"));
        Assert.Equal([1m, 1, 0, 0, 0, 0, 2], ReportReading.RequestRow(document, "other.other"));
        Assert.Equal([217m, 1, 0, 0, 0, 0, 218], ReportReading.RequestRow(document, "handled_total"));
        Assert.Equal([2m, 1, 3, 1, 7], ReportReading.AppealGroup(document, "review"));
        Assert.Equal([0m, 0, 0, 0, 0], ReportReading.AppealGroup(document, "litigation_direct"));

        // 行政规范性文件 6233440 has no rule to cut it by; 复议后起诉 1324019 fits 13 | 2 | 4 | 0 | 19 only if its 总计 is right.
        Assert.Equal(
            ["appeals.litigation_after_review.corrected", "appeals.litigation_after_review.other", "appeals.litigation_after_review.pending",
             "appeals.litigation_after_review.total", "appeals.litigation_after_review.upheld", "proactive.art20_1.normative_documents.in_force",
             "proactive.art20_1.normative_documents.issued", "proactive.art20_1.normative_documents.repealed"],
            document.UnreadFigures.Order(StringComparer.Ordinal));
        var normative = Assert.Single(result.Findings, x => x.Rule == Rules.ReportSplitAmbiguous.Id && x.Cell == "proactive.art20_1.normative_documents.issued");
        Assert.Contains("62 | 3 | 3440", normative.Message, StringComparison.Ordinal);
        Assert.Contains("62 | 33 | 440", normative.Message, StringComparison.Ordinal);
        var appeals = Assert.Single(result.Findings, x => x.Rule == Rules.ReportSplitAmbiguous.Id && x.Cell == "appeals.litigation_after_review.upheld");
        Assert.Contains("13 | 2 | 4 | 0 | 19", appeals.Message, StringComparison.Ordinal);
        // One warning for every figure cut from a run of several: all read figures but the four one-figure rows of 二.
        Assert.Equal(192 - 4, result.Findings.Count(x => x.Rule == Rules.ReportSplit.Id));

        var report = FormValidator.Validate(result);
        Assert.Equal(["report.split_ambiguous"], report.Findings.Where(x => x.Severity == Disclosure.Form.Severity.Error).Select(x => x.Rule).Distinct());
    }

    [CorpusFact]
    public void Pingtan_2021_run_together_digits_are_cut_by_the_forms_sums_and_read_in_part()
    {
        var result = CorpusReports.ReadShared("pingtan-2021.txt");
        var document = ReportReading.Document(result);

        Assert.Equal([64m, 0, 0, 2, 0, 4, 70], ReportReading.RequestRow(document, "received"));
        Assert.Equal([27m, 0, 0, 2, 0, 1, 30], ReportReading.RequestRow(document, "disclosed"));
        Assert.Equal([5m, 0, 0, 0, 0, 0, 5], ReportReading.RequestRow(document, "partly_disclosed"));
        Assert.Equal([22m, 0, 0, 0, 0, 3, 25], ReportReading.RequestRow(document, "unavailable.not_held"));
        Assert.Equal([63m, 0, 0, 2, 0, 4, 69], ReportReading.RequestRow(document, "handled_total"));
        Assert.Equal([1m, 0, 0, 0, 0, 0, 1], ReportReading.RequestRow(document, "carried_forward"));
        Assert.Equal([1m, 0, 2, 0, 3], ReportReading.AppealGroup(document, "review"));
        Assert.Equal([0m, 0, 0, 0, 0], ReportReading.AppealGroup(document, "litigation_after_review"));
        Assert.Equal(8, document.UnreadFigures.Count);
        Assert.Contains("proactive.art20_1.normative_documents.issued", document.UnreadFigures);
        Assert.Contains("appeals.litigation_direct.total", document.UnreadFigures);

        // The fee is printed with six decimals (24252.311082 万元): read as printed, and the cell rule says so.
        var report = FormValidator.Validate(result);
        Assert.Contains(report.Findings, x => x.Rule == Rules.CellTooManyDecimals.Id && x.Cell == "proactive.art20_8.fees.amount_10k_yuan");
    }

    [CorpusFact]
    public void Hongze_2023_is_read_as_printed()
    {
        var document = ReportReading.Document(CorpusReports.ReadShared("hongze-district-2023.txt"));
        var f = document.Figures;

        Assert.Equal((0m, 5m, 5m), (f["proactive.art20_1.normative_documents.issued"], f["proactive.art20_1.normative_documents.repealed"], f["proactive.art20_1.normative_documents.in_force"]));
        Assert.Equal(550m, f["proactive.art20_5.licensing.decisions"]);
        Assert.Equal(4119m, f["proactive.art20_6.penalty.decisions"]);
        Assert.Equal(195m, f["proactive.art20_6.coercion.decisions"]);
        Assert.Equal(7730.28m, f["proactive.art20_8.fees.amount_10k_yuan"]);
        Assert.Equal([21m, 0, 0, 0, 0, 0, 21], ReportReading.RequestRow(document, "received"));
        Assert.Equal([4m, 0, 0, 0, 0, 0, 4], ReportReading.RequestRow(document, "partly_disclosed"));
        Assert.Equal([1m, 0, 0, 0, 0, 0, 1], ReportReading.RequestRow(document, "withheld.state_secret"));
        Assert.Equal([10m, 0, 0, 0, 0, 0, 10], ReportReading.RequestRow(document, "unavailable.not_held"));
        Assert.Equal([3m, 0, 0, 0, 0, 0, 3], ReportReading.RequestRow(document, "unavailable.needs_creation"));
        Assert.Equal([1m, 0, 0, 0, 0, 0, 1], ReportReading.RequestRow(document, "not_processed.petition"));
        Assert.Equal([21m, 0, 0, 0, 0, 0, 21], ReportReading.RequestRow(document, "handled_total"));

        // 四 as printed: 行政复议 总计 0 though its parts add to 11, 复议后起诉 总计 0 though they add to 5.
        Assert.Equal([10m, 1, 0, 0, 0], ReportReading.AppealGroup(document, "review"));
        Assert.Equal([0m, 0, 0, 0, 0], ReportReading.AppealGroup(document, "litigation_direct"));
        Assert.Equal([5m, 0, 0, 0, 0], ReportReading.AppealGroup(document, "litigation_after_review"));
        Assert.Equal("第149行", document.LocationOf("appeals.review.total"));
        Assert.Equal("第79行", document.LocationOf("proactive.art20_8.fees.amount_10k_yuan"));
    }

    [CorpusFact]
    public void Hongze_2023_gives_the_validator_its_two_appeals_errors()
    {
        var report = FormValidator.Validate(CorpusReports.ReadShared("hongze-district-2023.txt"));

        var errors = report.Findings.Where(f => f.Severity == Disclosure.Form.Severity.Error).ToList();
        Assert.Equal(["appeals.litigation_after_review.total", "appeals.review.total"], errors.Select(e => e.Cell).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal("appeals.group_sum", e.Rule));
    }

    [CorpusFact]
    public void Hongze_2024_is_read_as_printed()
    {
        var document = ReportReading.Document(CorpusReports.ReadShared("hongze-district-2024.txt"));
        var f = document.Figures;

        Assert.Equal((3m, 0m, 8m), (f["proactive.art20_1.normative_documents.issued"], f["proactive.art20_1.normative_documents.repealed"], f["proactive.art20_1.normative_documents.in_force"]));
        Assert.Equal(9487m, f["proactive.art20_5.licensing.decisions"]);
        Assert.Equal(2776m, f["proactive.art20_6.penalty.decisions"]);
        Assert.Equal(84m, f["proactive.art20_6.coercion.decisions"]);
        Assert.Equal(7545m, f["proactive.art20_8.fees.amount_10k_yuan"]);
        Assert.Equal([95m, 0, 0, 0, 0, 0, 95], ReportReading.RequestRow(document, "received"));
        Assert.Equal([50m, 0, 0, 0, 0, 0, 50], ReportReading.RequestRow(document, "disclosed"));
        Assert.Equal([9m, 0, 0, 0, 0, 0, 9], ReportReading.RequestRow(document, "partly_disclosed"));
        Assert.Equal([1m, 0, 0, 0, 0, 0, 1], ReportReading.RequestRow(document, "withheld.security_stability"));
        Assert.Equal([31m, 0, 0, 0, 0, 0, 31], ReportReading.RequestRow(document, "unavailable.not_held"));
        Assert.Equal([1m, 0, 0, 0, 0, 0, 1], ReportReading.RequestRow(document, "unavailable.needs_creation"));
        Assert.Equal([95m, 0, 0, 0, 0, 0, 95], ReportReading.RequestRow(document, "handled_total"));
        Assert.Equal([1m, 1, 0, 0, 2], ReportReading.AppealGroup(document, "review"));
        Assert.Equal([1m, 0, 0, 0, 1], ReportReading.AppealGroup(document, "litigation_direct"));
        Assert.Equal([2m, 0, 1, 0, 3], ReportReading.AppealGroup(document, "litigation_after_review"));
        Assert.DoesNotContain(FormValidator.Validate(CorpusReports.ReadShared("hongze-district-2024.txt")).Findings, x => x.Severity == Disclosure.Form.Severity.Error);
    }

    [CorpusTheory]
    [InlineData("hongze-district-2023")]
    [InlineData("hongze-district-2024")]
    public void The_Hongze_PDF_gives_the_same_figures_as_its_text(string name)
    {
        var text = ReportReading.Document(CorpusReports.ReadShared(name + ".txt"));
        var pdf = ReportReading.Document(CorpusReports.ReadShared(name + ".pdf"));

        Assert.Equal(text.Figures.OrderBy(p => p.Key, StringComparer.Ordinal), pdf.Figures.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(SourceFormat.ReportPdf, pdf.Format);
        Assert.Equal("第4页", pdf.LocationOf("requests.handled_total.total"));
        Assert.Equal("第2页", pdf.LocationOf("proactive.art20_1.regulations.issued"));
    }

    [CorpusTheory]
    [InlineData("hongze-district-2023.txt", "第130行")]
    [InlineData("hongze-district-2024.txt", "第128行")]
    [InlineData("hongze-district-2023.pdf", "第4页")]
    public void Reads_other_handling_printed_as_one_row_and_says_so(string name, string location)
    {
        var result = CorpusReports.ReadShared(name);
        var document = ReportReading.Document(result);

        var warning = Assert.Single(result.Findings, f => f.Message.Contains("(六)其他处理”印成一行", StringComparison.Ordinal));
        Assert.Equal((Rules.ReportVariant.Id, Disclosure.Form.Severity.Warning, location), (warning.Rule, warning.Severity, warning.Location));
        Assert.Contains("均按 0 读取", warning.Message, StringComparison.Ordinal);
        foreach (var row in new[] { "other.no_correction", "other.fee_unpaid", "other.other" })
        {
            Assert.Equal([0m, 0, 0, 0, 0, 0, 0], ReportReading.RequestRow(document, row));
        }
    }

    [CorpusFact]
    public void Reads_a_misprinted_label_by_its_numbering_and_warns()
    {
        var result = CorpusReports.ReadShared("hongze-district-2023.txt");

        var warning = Assert.Single(result.Findings, f => f.Location == "第108行");
        Assert.Equal(Rules.ReportVariant.Id, warning.Rule);
        Assert.Contains("其他法律行政止公开", warning.Message, StringComparison.Ordinal);
        Assert.Contains("2.其他法律行政法规禁止公开", warning.Message, StringComparison.Ordinal);
    }

    [CorpusFact]
    public void Shuyang_county_2025_markdown_is_read_as_printed()
    {
        var document = ReportReading.Document(CorpusReports.ReadShared("shuyang-county-2025.txt"));
        var f = document.Figures;

        Assert.Equal((6m, 1m, 32m), (f["proactive.art20_1.normative_documents.issued"], f["proactive.art20_1.normative_documents.repealed"], f["proactive.art20_1.normative_documents.in_force"]));
        Assert.Equal(517645m, f["proactive.art20_5.licensing.decisions"]);
        Assert.Equal(693957m, f["proactive.art20_6.penalty.decisions"]);
        Assert.Equal(2154m, f["proactive.art20_6.coercion.decisions"]);
        Assert.Equal(4068.208m, f["proactive.art20_8.fees.amount_10k_yuan"]);
        Assert.Equal([705m, 3, 0, 0, 5, 0, 713], ReportReading.RequestRow(document, "received"));
        Assert.Equal([36m, 0, 0, 0, 0, 0, 36], ReportReading.RequestRow(document, "carried_over"));
        Assert.Equal([99m, 0, 0, 0, 2, 0, 101], ReportReading.RequestRow(document, "partly_disclosed"));
        Assert.Equal([13m, 0, 0, 0, 0, 0, 13], ReportReading.RequestRow(document, "withheld.internal_affairs"));
        Assert.Equal([6m, 1, 0, 0, 0, 0, 7], ReportReading.RequestRow(document, "not_processed.duplicate"));
        Assert.Equal([9m, 0, 0, 0, 0, 0, 9], ReportReading.RequestRow(document, "other.no_correction"));

        // The last rows sit under a wrong header in the conversion; their own labels place them.
        Assert.Equal([7m, 0, 0, 0, 0, 0, 7], ReportReading.RequestRow(document, "other.fee_unpaid"));
        Assert.Equal([142m, 1, 0, 0, 0, 0, 143], ReportReading.RequestRow(document, "other.other"));
        Assert.Equal([710m, 3, 0, 0, 5, 0, 718], ReportReading.RequestRow(document, "handled_total"));
        Assert.Equal([31m, 0, 0, 0, 0, 0, 31], ReportReading.RequestRow(document, "carried_forward"));
        Assert.Equal([27m, 10, 9, 15, 61], ReportReading.AppealGroup(document, "review"));
        Assert.Equal([3m, 0, 0, 0, 3], ReportReading.AppealGroup(document, "litigation_direct"));
        Assert.Equal([8m, 0, 1, 1, 10], ReportReading.AppealGroup(document, "litigation_after_review"));
        Assert.Equal("第153行", document.LocationOf("requests.other.fee_unpaid.natural_person"));
    }

    [CorpusFact]
    public void Shuyang_DRC_html_reads_blank_cells_as_zero_with_a_warning_per_row()
    {
        var result = CorpusReports.ReadShared("shuyang-drc-2023.html");
        var document = ReportReading.Document(result);
        var f = document.Figures;

        Assert.Equal(SourceFormat.ReportHtml, document.Format);
        Assert.Equal((8m, 0m, 18m), (f["proactive.art20_1.normative_documents.issued"], f["proactive.art20_1.normative_documents.repealed"], f["proactive.art20_1.normative_documents.in_force"]));
        Assert.Equal([26m, 0, 0, 0, 0, 0, 26], ReportReading.RequestRow(document, "received"));
        Assert.Equal([26m, 0, 0, 0, 0, 0, 26], ReportReading.RequestRow(document, "disclosed"));
        Assert.Equal([26m, 0, 0, 0, 0, 0, 26], ReportReading.RequestRow(document, "handled_total"));
        Assert.Equal([0m, 0, 0, 1, 1], ReportReading.AppealGroup(document, "review"));
        Assert.Equal("表格3 第4行", document.LocationOf("requests.received.natural_person"));

        var blanks = result.Findings.Where(x => x.Message.Contains("空白单元格", StringComparison.Ordinal)).ToList();
        Assert.Equal(25, blanks.Count);
        Assert.All(blanks, w => Assert.Equal((Rules.ReportVariant.Id, Disclosure.Form.Severity.Warning), (w.Rule, w.Severity)));
        var received = Assert.Single(blanks, w => w.Cell == "requests.received.enterprise");
        Assert.Equal("表格3 第4行", received.Location);
        Assert.Contains("商业企业", received.Message, StringComparison.Ordinal);
        Assert.Contains("法律服务机构", received.Message, StringComparison.Ordinal);
        Assert.Contains("按 0 读取", received.Message, StringComparison.Ordinal);

        // 规范性文件 for 行政规范性文件 is read, and said.
        Assert.Single(result.Findings, x => x.Cell == "proactive.art20_1.normative_documents.issued");
        Assert.Equal(26, result.Findings.Count);
        Assert.StartsWith("2023年度，县发展和改革局政府信息公开未发生收费情况。", document.Narratives["other_matters"], StringComparison.Ordinal);
    }

    [CorpusTheory]
    [InlineData("hongze-district-2023.txt", "overview", "2023 年，洪泽区人民政府坚持")]
    [InlineData("hongze-district-2023.txt", "other_matters", "2023 年，区政府严格落实")]
    [InlineData("hongze-district-2024.pdf", "problems", "2024 年，全区政府信息公开工作")]
    [InlineData("shuyang-county-2025.txt", "problems", "2025 年，我县县政府信息公开工作")]
    [InlineData("shuyang-drc-2023.html", "overview", "2023年，县发展和改革局认真贯彻")]
    public void Takes_the_narrative_sections(string name, string section, string start) =>
        Assert.StartsWith(start, ReportReading.Document(CorpusReports.ReadShared(name)).Narratives[section], StringComparison.Ordinal);
}
