using Disclosure.Form;
using Disclosure.PublishedReports;
using Disclosure.Reading;
using Disclosure.Tests.Validation;
using Disclosure.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace Disclosure.Tests.PublishedReports;

/// <summary>
/// Reports whose tables a converter broke into fragments (<see cref="FragmentedMarkdownReport"/>) are re-assembled by
/// the form's labels and row order and read back exactly, every row placed by order saying so; a fragment layout that
/// fits more than one way, or none, is refused, never read wrongly.
/// </summary>
public class FragmentLayoutTests
{
    private static readonly FormEdition Form = NationalForm.Current;

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 30)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Consistent_forms_in_fragments_read_back_exactly_each_placed_row_with_a_warning(int seed)
    {
        var figures = ConsistentForms.Create(seed);
        var text = FragmentedMarkdownReport.Render(figures, new Random(seed), out var detached, groupDigits: seed % 2 == 0);

        var result = ReportReading.ReadText(text);

        AssertSameFigures(figures, result);
        var placed = result.Findings.Where(f => f.Rule == Rules.ReportFragment.Id).ToList();
        Assert.Equal(result.Findings.Count, placed.Count);
        Assert.Equal(detached.Count, placed.Count);
        Assert.All(placed, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.DoesNotContain(FormValidator.Validate(result).Findings, f => f.Severity == Severity.Error);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_figures_in_fragments_read_back_as_printed_whatever_their_sums(int seed)
    {
        // The reader places rows by labels and order only, never by sums: figures that add up to nothing read the same.
        var figures = SeedStyleReport.RandomFigures(new Random(seed));

        var result = ReportReading.ReadText(FragmentedMarkdownReport.Render(figures, new Random(seed + 1000), out var detached));

        AssertSameFigures(figures, result);
        Assert.Equal(detached.Count, result.Findings.Count(f => f.Rule == Rules.ReportFragment.Id));
    }

    [Fact]
    public void The_generated_layouts_detach_rows_and_the_table_parser_alone_refuses_them()
    {
        var detachedRows = 0;
        foreach (var seed in Enumerable.Range(1, 10))
        {
            var figures = ConsistentForms.Create(seed);
            var text = FragmentedMarkdownReport.Render(figures, new Random(seed), out var detached);
            detachedRows += detached.Count;
            Assert.True(ReportTableParser.Parse(
                Form, SourceFormat.ReportText, TokensOf(text), text.Split('\n')).IsUnreadable, $"seed {seed}: the plain parser reads it, so the test proves nothing");
        }

        Assert.True(detachedRows >= 50, $"only {detachedRows} rows detached over 10 reports");
    }

    [Fact]
    public void A_placed_row_names_its_figures_the_rows_around_it_and_the_row_it_is_read_as()
    {
        var (figures, lines, detached) = Layout(seed: 4);
        var row = RowOf(detached[0]);
        var cell = Form.Figure(Form.Requests, row.Code, "natural_person").Key;

        var result = ReportReading.ReadText(string.Join("\n", lines));

        var finding = Assert.Single(result.Findings, f => f.Cell == cell);
        Assert.Equal(Rules.ReportFragment.Id, finding.Rule);
        Assert.Contains(row.Label, finding.Message, StringComparison.Ordinal);
        Assert.Contains(string.Join(" ", Form.Requests.Columns.Select(c => SeedStyleReport.Format(figures[Form.Figure(Form.Requests, row.Code, c.Code).Key]))), finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("第", finding.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_alone_on_a_line_is_left_out_with_a_warning_and_the_rest_reads_exactly()
    {
        // Shanghai 2024 has such a line ("1") among the rows of (六)其他处理.
        var (figures, lines, _) = Layout(seed: 6);
        var at = lines.FindIndex(l => l.StartsWith("| ", StringComparison.Ordinal) && FragmentedMarkdownReport.FigureRow(l) is { } r && char.IsAsciiDigit(r.Label[0]));
        lines.Insert(at, "1");

        var result = ReportReading.ReadText(string.Join("\n", lines));

        AssertSameFigures(figures, result);
        var stray = Assert.Single(result.Findings, f => f.Rule == Rules.ReportVariant.Id);
        Assert.Equal($"第{at + 1}行", stray.Location);
        Assert.Contains("未读取", stray.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_cell_where_a_lone_number_may_belong_is_left_out_not_read_as_zero()
    {
        // Shanghai 2024: a lone "1", and 四、结转下年度继续办理 with its 总计 blank: the "1" may be that 总计.
        var (figures, lines, _) = Layout(seed: 7);
        var last = lines.FindIndex(l => l.StartsWith("| 结转下年度继续办理 |", StringComparison.Ordinal));
        lines[last] = lines[last][..lines[last].TrimEnd().TrimEnd('|').LastIndexOf('|')] + "|  |";
        var at = UnlabelledRows(lines).First();
        lines.Insert(at, SeedStyleReport.Format(figures["requests.carried_forward.total"]));

        var result = ReportReading.ReadText(string.Join("\n", lines));

        var document = ReportReading.Document(result);
        Assert.Equal(["requests.carried_forward.total"], document.UnreadFigures);
        Assert.All(Form.Figures.Where(f => f.Key != "requests.carried_forward.total"), f => Assert.Equal(figures[f.Key], document.Figures[f.Key]));
        var uncertain = Assert.Single(result.Findings, f => f.Rule == Rules.ReportFragmentUncertain.Id);
        Assert.Equal(("requests.carried_forward.total", Severity.Error), (uncertain.Cell, uncertain.Severity));
        Assert.Contains($"第{at + 1}行", uncertain.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.Rule == Rules.ReportVariant.Id && f.Cell == "requests.carried_forward.total");
    }

    [Fact]
    public void A_blank_cell_with_no_lone_number_about_reads_as_zero_with_a_warning_as_in_any_report()
    {
        var (figures, lines, _) = Layout(seed: 7);
        var last = lines.FindIndex(l => l.StartsWith("| 结转下年度继续办理 |", StringComparison.Ordinal));
        lines[last] = lines[last][..lines[last].TrimEnd().TrimEnd('|').LastIndexOf('|')] + "|  |";

        var result = ReportReading.ReadText(string.Join("\n", lines));

        Assert.Equal(0m, ReportReading.Document(result).Figures["requests.carried_forward.total"]);
        Assert.Single(result.Findings, f => f.Rule == Rules.ReportVariant.Id && f.Cell == "requests.carried_forward.total");
    }

    [Fact]
    public void A_missing_unlabelled_row_is_refused_naming_the_rows_around_the_gap()
    {
        var (_, lines, _) = Layout(seed: 2);
        var at = UnlabelledRows(lines).First();
        lines.RemoveAt(at);

        AssertRefused(ReportReading.ReadText(string.Join("\n", lines)), "行无标签的数字");
    }

    [Fact]
    public void An_unlabelled_row_too_many_is_refused()
    {
        var (_, lines, _) = Layout(seed: 3);
        var at = UnlabelledRows(lines).Last();
        lines.Insert(at, lines[at]);

        AssertRefused(ReportReading.ReadText(string.Join("\n", lines)), "行无标签的数字");
    }

    [Fact]
    public void An_unlabelled_row_with_a_figure_missing_is_refused()
    {
        var (_, lines, _) = Layout(seed: 5);
        var at = UnlabelledRows(lines).First();
        lines[at] = lines[at][(lines[at].IndexOf('|', 1) + 1)..].Insert(0, "|");

        AssertRefused(ReportReading.ReadText(string.Join("\n", lines)), "此行有 6 个数字");
    }

    [Fact]
    public void A_label_fragment_that_belongs_to_another_row_is_refused()
    {
        var (_, lines, detached) = Layout(seed: 8);
        var at = UnlabelledRows(lines).First();
        // The first unlabelled row is read as the first detached row; give it a piece of another row's label.
        var fragment = RowOf(detached[0]).Code == "not_processed.duplicate" ? "国家秘" : "重复申";
        lines[at] = $"| {fragment} " + lines[at].TrimStart();

        AssertRefused(ReportReading.ReadText(string.Join("\n", lines)), "不是该行标签的一部分");
    }

    [Fact]
    public void Figures_between_words_in_the_request_table_are_refused()
    {
        var (_, lines, _) = Layout(seed: 9);
        var at = UnlabelledRows(lines).First();
        lines.Insert(at, "(其中 3 件)");

        AssertRefused(ReportReading.ReadText(string.Join("\n", lines)), "夹在文字之间");
    }

    [Fact]
    public void A_row_of_the_proactive_tables_without_its_label_is_refused()
    {
        var (_, lines, _) = Layout(seed: 10);
        var at = lines.FindIndex(l => l.StartsWith("| 规章 |", StringComparison.Ordinal));
        lines[at] = "|" + lines[at]["| 规章 |".Length..];
        lines.Insert(at, "规章");

        AssertRefused(ReportReading.ReadText(string.Join("\n", lines)), "主动公开政府信息情况");
    }

    [Fact]
    public void A_row_label_printed_twice_in_the_proactive_tables_is_refused()
    {
        var (_, lines, _) = Layout(seed: 12);
        var at = lines.FindIndex(l => l.StartsWith("| 行政许可 |", StringComparison.Ordinal));
        lines.Insert(at, lines[at]);

        AssertRefused(ReportReading.ReadText(string.Join("\n", lines)), "出现两次");
    }

    [Fact]
    public void Without_a_labelled_first_row_of_the_request_table_the_table_parsers_refusal_stands()
    {
        var (_, lines, _) = Layout(seed: 13);
        var at = lines.FindIndex(l => l.StartsWith("| 本年新收", StringComparison.Ordinal));
        lines[at] = "|" + lines[at][(lines[at].IndexOf('|', 1) + 1)..];

        var result = ReportReading.ReadText(string.Join("\n", lines));

        Assert.True(result.IsUnreadable);
        Assert.DoesNotContain("被拆散", Assert.Single(result.Findings).Message, StringComparison.Ordinal);
    }

    private static readonly Arbitrary<(int Seed, int Line, bool DropCell)> Damages = Arb.From(
        from seed in Gen.Choose(1, 100_000)
        from line in Gen.Choose(0, 10_000)
        from dropCell in Gen.Elements(true, false)
        select (seed, line, dropCell));

    [Fact]
    public void Damaged_fragment_layouts_read_exactly_or_are_refused_never_wrongly() =>
        Prop.ForAll(Damages, damage =>
        {
            // A line lost, or a cell lost from a line: either nothing that decides a figure was lost, or the report is refused.
            var figures = ConsistentForms.Create(damage.Seed);
            var lines = FragmentedMarkdownReport.Render(figures, new Random(damage.Seed), out _).Split('\n').ToList();
            var withFigures = lines.Select((l, i) => (l, i)).Where(p => p.l.StartsWith('|') && p.l.Split('|').Any(c => decimal.TryParse(c, out _))).Select(p => p.i).ToList();
            if (damage.DropCell)
            {
                var at = withFigures[damage.Line % withFigures.Count];
                var cells = lines[at].Split('|').ToList();
                var figure = cells.FindLastIndex(c => decimal.TryParse(c, out _));
                cells.RemoveAt(figure);
                lines[at] = string.Join("|", cells);
            }
            else
            {
                lines.RemoveAt(damage.Line % lines.Count);
            }

            var result = ReportReading.ReadText(string.Join("\n", lines));
            if (result.Document is { } document)
            {
                Assert.All(Form.Figures, f => Assert.Equal(figures[f.Key], document.Figures[f.Key]));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));

    private static (Dictionary<string, decimal> Figures, List<string> Lines, List<string> Detached) Layout(int seed)
    {
        var figures = ConsistentForms.Create(seed);
        var text = FragmentedMarkdownReport.Render(figures, new Random(seed), out var detached);
        Assert.NotEmpty(detached);
        return (figures, [.. text.Split('\n')], detached);
    }

    /// <summary>Lines of 三 holding figures and no label (detached rows), in order.</summary>
    private static IEnumerable<int> UnlabelledRows(List<string> lines) =>
        lines.Select((l, i) => (l, i))
            .Where(p => p.l.StartsWith("| ", StringComparison.Ordinal) && p.l.Trim().Trim('|').Split('|').All(c => decimal.TryParse(c, out _)) && p.l.Count(c => c == '|') == 8)
            .Select(p => p.i);

    /// <summary>The row of 三 a label printed by the Markdown layout names ("1. 属于国家秘密", "予以公开").</summary>
    private static FormRow RowOf(string printed) =>
        Form.Requests.Rows.Single(r => ReportLabels.Key(printed).EndsWith(ReportLabels.For(r).Body, StringComparison.Ordinal));

    private static List<ReportToken> TokensOf(string text) =>
        ReportTextTokens.Tokenize(ReportTextTokens.Lines(text));

    private static void AssertSameFigures(IReadOnlyDictionary<string, decimal> expected, ReadResult result)
    {
        var document = ReportReading.Document(result);
        ReportReading.AssertAll200(document);
        Assert.All(Form.Figures, f => Assert.Equal(expected[f.Key], document.Figures[f.Key]));
    }

    private static void AssertRefused(ReadResult result, string reason)
    {
        Assert.True(result.IsUnreadable, "read although ambiguous");
        var finding = Assert.Single(result.Findings);
        Assert.Equal((Rules.ReportUnreadable.Id, Severity.Error), (finding.Rule, finding.Severity));
        Assert.Contains(reason, finding.Message, StringComparison.Ordinal);
        Assert.Contains("不予读取", finding.Message, StringComparison.Ordinal);
    }
}
