using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.Tests.PublishedReports;

/// <summary>A report whose tables are damaged is refused with a reason, never read by guessing.</summary>
public class RefusalTests
{
    private static readonly FormEdition Form = NationalForm.Edition2021;

    [Theory]
    [InlineData("2.重复申请")]
    [InlineData("(七)总计")]
    [InlineData("规章")]
    [InlineData("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")]
    public void A_seed_layout_report_missing_a_row_is_refused(string label)
    {
        var lines = SeedLines(out _);
        var at = lines.IndexOf(label + " |");
        var figureCount = label == "规章" ? 3 : 7;
        lines.RemoveRange(at, 1 + figureCount);

        AssertRefused(ReportReading.ReadText(string.Join("\n", lines)), label == "规章" ? "行政规范性文件" : $"的“{label}”一行,但读到");
    }

    [Fact]
    public void A_row_whose_label_was_lost_is_refused()
    {
        var lines = SeedLines(out _);
        lines.Remove("3.要求提供公开出版物 |");

        var result = ReportReading.ReadText(string.Join("\n", lines));

        // Its figures run on after 2.重复申请's: fourteen figures where seven belong.
        AssertRefused(result, "“2.重复申请”一行应有 7 个数字,读到 14 个");
    }

    [Fact]
    public void A_row_with_a_figure_missing_is_refused()
    {
        var lines = SeedLines(out var figures);
        var at = lines.IndexOf("(一)予以公开 |");
        lines.RemoveAt(at + 3);

        AssertRefused(ReportReading.ReadText(string.Join("\n", lines)), "应有 7 个数字");
    }

    [Fact]
    public void A_report_cut_off_inside_the_request_table_is_refused()
    {
        var lines = SeedLines(out _);
        var at = lines.IndexOf("(四)无法提供 |");

        AssertRefused(ReportReading.ReadText(string.Join("\n", lines.Take(at + 5))), "“1.本机关不掌握相关政府信息”一行应有 7 个数字,只读到 3 个");
    }

    [Fact]
    public void A_report_without_the_appeals_table_is_refused()
    {
        var lines = SeedLines(out _);
        var at = lines.IndexOf("四、政府信息公开行政复议、行政诉讼情况");

        AssertRefused(ReportReading.ReadText(string.Join("\n", lines.Take(at))), "行政复议");
    }

    [Fact]
    public void An_appeals_table_with_a_figure_missing_is_refused()
    {
        var text = SeedStyleReport.RenderLayout(SeedStyleReport.RandomFigures(new Random(11)));
        var lines = text.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith("维持   纠正", StringComparison.Ordinal)) + 3;
        var figures = lines[at].Split("   ");
        lines[at] = string.Join("   ", figures.Skip(1));

        AssertRefused(ReportReading.ReadText(string.Join("\n", lines)), "“行政复议”一行应有 5 个数字,读到 14 个");
    }

    [Fact]
    public void A_layout_row_with_a_blank_column_is_refused_because_the_gap_cannot_be_placed()
    {
        var figures = SeedStyleReport.RandomFigures(new Random(5));
        var lines = SeedStyleReport.RenderLayout(figures).Split('\n').ToList();
        var at = lines.FindIndex(l => l.Contains("2.重复申请", StringComparison.Ordinal));
        var numbers = lines[at].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        lines[at] = "          2.重复申请" + string.Concat(numbers.Skip(1).Where((_, i) => i != 2).Select(n => n.PadLeft(8)));

        AssertRefused(ReportReading.ReadText(string.Join("\n", lines)), "只读到 6 个");
    }

    [Fact]
    public void Other_handling_printed_as_one_row_with_figures_goes_to_other_and_says_so()
    {
        var figures = SeedStyleReport.RandomFigures(new Random(9));
        var lines = SeedStyleReport.Render(figures).Split('\n').ToList();
        var at = lines.IndexOf("(六)其他处理 |");
        lines.RemoveRange(at + 1, 9 + 9 + 8);
        foreach (var (value, i) in new decimal[] { 5, 0, 1, 0, 0, 0, 6 }.Select((v, i) => (v, i)))
        {
            lines.Insert(at + 1 + i, SeedStyleReport.Format(value) + " |");
        }

        var result = ReportReading.ReadText(string.Join("\n", lines));
        var document = ReportReading.Document(result);

        Assert.Equal([5m, 0, 1, 0, 0, 0, 6], ReportReading.RequestRow(document, "other.other"));
        Assert.Equal([0m, 0, 0, 0, 0, 0, 0], ReportReading.RequestRow(document, "other.no_correction"));
        Assert.Equal([0m, 0, 0, 0, 0, 0, 0], ReportReading.RequestRow(document, "other.fee_unpaid"));
        var warning = Assert.Single(result.Findings);
        Assert.Equal((Rules.ReportVariant.Id, Severity.Warning, "requests.other.other.total"), (warning.Rule, warning.Severity, warning.Cell));
        Assert.Contains("按“3.其他”读取", warning.Message, StringComparison.Ordinal);
        Assert.Equal(figures["requests.handled_total.total"], document.Figures["requests.handled_total.total"]);
    }

    [Fact]
    public void Text_that_is_not_a_report_table_is_refused()
    {
        var result = ReportReading.ReadText("关于政府信息公开申请的通知\n请各单位按时报送。");

        AssertRefused(result, "第二十条");
    }

    private static List<string> SeedLines(out Dictionary<string, decimal> figures)
    {
        figures = SeedStyleReport.RandomFigures(new Random(42));
        return [.. SeedStyleReport.Render(figures).Split('\n')];
    }

    private static void AssertRefused(ReadResult result, string reason)
    {
        Assert.True(result.IsUnreadable, "read although damaged");
        var finding = Assert.Single(result.Findings);
        Assert.Equal((Rules.ReportUnreadable.Id, Severity.Error), (finding.Rule, finding.Severity));
        Assert.False(string.IsNullOrWhiteSpace(reason), "a refusal test must say which reason it expects");
        Assert.Contains(reason, finding.Message, StringComparison.Ordinal);
    }
}
