using System.Text;
using Disclosure.Form;
using Disclosure.Narratives;
using Disclosure.Reports;
using Disclosure.Samples;
using Disclosure.Validation;

namespace Disclosure.Tests.Narratives;

public class NarrativeReaderTests
{
    private static readonly FormEdition Form = NationalForm.Edition2021;

    private static NarrativeReadResult Text(string text, string name = "narrative.txt") => NarrativeReader.Read(Encoding.UTF8.GetBytes(text), name, form: Form);

    private static IReadOnlyList<NarrativeBlock> Blocks(NarrativeReadResult result, string code) =>
        Assert.IsType<NarrativeSection>(result.Narrative?.Section(code)).Blocks;

    [Fact]
    public void Text_finds_the_three_sections_and_keeps_their_structure()
    {
        var result = Text("""
            某区人民政府2022年政府信息公开工作年度报告

            本报告依据《条例》编制。
            一、总体情况
            （一）主动公开
            全区及时发布规范性文件。
            1. 统一登记台账；
            2. 会商后答复。
            栏目	条数
            政策解读	96
            五、存在的主要问题及改进情况
            栏目更新不够及时。
            六、其他需要报告的事项
            本年度未收取信息处理费。
            """);

        Assert.Empty(result.Findings);
        Assert.Equal(
            [
                new NarrativeParagraph("本报告依据《条例》编制。"),
                new NarrativeHeading("（一）主动公开"),
                new NarrativeParagraph("全区及时发布规范性文件。"),
            ],
            Blocks(result, "overview").Take(3));
        var list = Assert.IsType<NarrativeList>(Blocks(result, "overview")[3]);
        Assert.True(list.Ordered);
        Assert.Equal(["统一登记台账；", "会商后答复。"], list.Items);
        var table = Assert.IsType<NarrativeTable>(Blocks(result, "overview")[4]);
        Assert.Equal(["政策解读", "96"], table.Rows[1]);
        Assert.Equal([new NarrativeParagraph("栏目更新不够及时。")], Blocks(result, "problems"));
        Assert.Equal([new NarrativeParagraph("本年度未收取信息处理费。")], Blocks(result, "other_matters"));
    }

    [Theory]
    [InlineData("一．总 体 情 况", "五，存在的主要问题及改进情况", "六:其他需要报告的事项")]
    [InlineData("一、 总体情况", "五、政府信息公开工作存在的主要问题及改进情况", "六、其他需要报告的事项。")]
    [InlineData("一.总体情况", "五、存在的主要问题和改进情况", "六、其他需要报告事项")]
    public void Headings_are_found_whatever_their_punctuation_spacing_and_small_rewording(string one, string five, string six)
    {
        var result = Text($"{one}\n甲。\n{five}\n乙。\n{six}\n丙。\n");

        Assert.Empty(result.Findings);
        Assert.Equal([new NarrativeParagraph("甲。")], Blocks(result, "overview"));
        Assert.Equal([new NarrativeParagraph("乙。")], Blocks(result, "problems"));
        Assert.Equal([new NarrativeParagraph("丙。")], Blocks(result, "other_matters"));
    }

    [Fact]
    public void A_numbered_sub_heading_inside_a_section_is_not_taken_for_a_section()
    {
        var result = Text("五、存在的主要问题及改进情况\n一、存在的问题\n更新不及时。\n二、改进情况\n已整改。\n六、其他需要报告的事项\n无。");

        Assert.Equal(
            [new NarrativeHeading("一、存在的问题"), new NarrativeParagraph("更新不及时。"), new NarrativeHeading("二、改进情况"), new NarrativeParagraph("已整改。")],
            Blocks(result, "problems"));
        Assert.Equal(Rules.NarrativeMissingSection.Id, Assert.Single(result.Findings).Rule);
    }

    [Fact]
    public void Generated_sections_are_ignored_with_a_warning()
    {
        var result = Text("一、总体情况\n甲。\n二、主动公开政府信息情况\n表格文字。\n四、政府信息公开行政复议、行政诉讼情况\n复议。\n五、存在的主要问题及改进情况\n乙。\n六、其他需要报告的事项\n丙。");

        Assert.Equal([Rules.NarrativeGeneratedSection.Id, Rules.NarrativeGeneratedSection.Id], result.Findings.Select(f => f.Rule));
        Assert.All(result.Findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Contains("二、主动公开政府信息情况", result.Findings[0].Message, StringComparison.Ordinal);
        Assert.Equal([new NarrativeParagraph("甲。")], Blocks(result, "overview"));
        Assert.Equal([new NarrativeParagraph("乙。")], Blocks(result, "problems"));
    }

    [Fact]
    public void No_section_heading_at_all_is_an_error()
    {
        var result = Text("今年工作很好。\n明年继续努力。");

        Assert.Null(result.Narrative);
        Assert.Equal(Rules.NarrativeNoSections.Id, Assert.Single(result.Findings).Rule);
        Assert.Equal(Severity.Error, result.Findings[0].Severity);
    }

    [Fact]
    public void A_missing_or_empty_section_is_a_warning_and_a_repeated_heading_merges()
    {
        var result = Text("一、总体情况\n甲。\n一、总体情况\n乙。\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n丙。");

        Assert.Equal([Rules.NarrativeDuplicateSection.Id, Rules.NarrativeMissingSection.Id], result.Findings.Select(f => f.Rule));
        Assert.Equal([new NarrativeParagraph("甲。"), new NarrativeParagraph("乙。")], Blocks(result, "overview"));
        Assert.Null(result.Narrative!.Section("problems"));
    }

    [Fact]
    public void Markdown_headings_lists_and_pipe_tables()
    {
        var result = Text("""
            # 某区2022年政府信息公开工作年度报告

            ## 一、总体情况

            **（一）主动公开**

            全区及时发布**规范性文件**。

            - 台账
            - 会商

            | 栏目 | 条数 |
            | --- | --- |
            | 政策解读 | 96 |

            ## 五、存在的主要问题及改进情况

            ### （一）问题

            更新*不够*及时。

            ## 六、其他需要报告的事项

            无。
            """, "narrative.md");

        Assert.Empty(result.Findings);
        Assert.Equal(
            [
                new NarrativeHeading("（一）主动公开"),
                new NarrativeParagraph("全区及时发布规范性文件。"),
            ],
            Blocks(result, "overview").Take(2));
        var list = Assert.IsType<NarrativeList>(Blocks(result, "overview")[2]);
        Assert.False(list.Ordered);
        Assert.Equal(["台账", "会商"], list.Items);
        Assert.Equal([["栏目", "条数"], ["政策解读", "96"]], Assert.IsType<NarrativeTable>(Blocks(result, "overview")[3]).Rows);
        Assert.Equal([new NarrativeHeading("（一）问题"), new NarrativeParagraph("更新不够及时。")], Blocks(result, "problems"));
    }

    [Fact]
    public void Markdown_lines_are_taken_one_by_one_as_in_text()
    {
        var result = Text("一、总体情况\n甲。\n1、台账\n五、存在的主要问题及改进情况\n乙。\n六、其他需要报告的事项\n丙。", "narrative.md");

        Assert.Empty(result.Findings);
        Assert.Equal(new NarrativeParagraph("甲。"), Blocks(result, "overview")[0]);
        Assert.Equal(["台账"], Assert.IsType<NarrativeList>(Blocks(result, "overview")[1]).Items);
        Assert.Equal([new NarrativeParagraph("乙。")], Blocks(result, "problems"));
    }

    [Fact]
    public void Workbook_cells_go_through_the_same_text_rules()
    {
        var narrative = NarrativeReader.FromSectionTexts(new Dictionary<string, string>
        {
            ["overview"] = "（一）主动公开\r\n发布文件。\r\n\r\n1、台账\r\n2、会商",
            ["problems"] = "  ",
            ["other_matters"] = "无",
        });

        Assert.Equal(
            [new NarrativeHeading("（一）主动公开"), new NarrativeParagraph("发布文件。")],
            narrative.Section("overview")!.Blocks.Take(2));
        Assert.Equal(["台账", "会商"], Assert.IsType<NarrativeList>(narrative.Section("overview")!.Blocks[2]).Items);
        Assert.Null(narrative.Section("problems"));
        Assert.Equal([new NarrativeParagraph("无")], narrative.Section("other_matters")!.Blocks);
    }

    [Fact]
    public void A_sections_own_title_pasted_at_the_top_of_its_cell_is_dropped()
    {
        var narrative = NarrativeReader.FromSectionTexts(new Dictionary<string, string> { ["overview"] = "一、总体情况\n2023年,我局……", ["problems"] = "一、总体情况\n乙。" }, Form);

        Assert.Equal([new NarrativeParagraph("2023年,我局……")], narrative.Section("overview")!.Blocks);
        Assert.Equal(new NarrativeHeading("一、总体情况"), narrative.Section("problems")!.Blocks[0]);
    }

    [Fact]
    public void A_csv_submission_keeps_its_narrative_in_the_canonical_form()
    {
        var text = "key,value\nnarrative.overview,\"（一）主动公开\n发布文件。\n1. 台账\"\nnarrative.other_matters,无\n";
        var read = Disclosure.Reading.FormFileReader.Read(Encoding.UTF8.GetBytes(text), "office.csv", form: Form);

        var submission = Disclosure.Submissions.Submission.FromDocument(read.Document!, "edu", 2023, new Disclosure.Submissions.SubmissionSource("u", "b", "s", DateTimeOffset.UnixEpoch));

        Assert.Equal("### （一）主动公开\n\n发布文件。\n\n1. 台账", submission.Narrative["overview"]);
        Assert.Equal("无", submission.Narrative["other_matters"]);
        var model = submission.ReadNarrative();
        Assert.Equal(new NarrativeHeading("（一）主动公开"), model.Section("overview")!.Blocks[0]);
        Assert.Equal(submission.Narrative, Disclosure.Submissions.Submission.FromDocument(submission.ToDocument(), "edu", 2023, submission.Source).Narrative);
    }

    [Fact]
    public void Text_in_gb18030_is_read()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("一、总体情况\r\n甲。\r\n五、存在的主要问题及改进情况\r\n乙。\r\n六、其他需要报告的事项\r\n丙。");

        var result = NarrativeReader.Read(bytes, "narrative.txt", form: Form);

        Assert.Empty(result.Findings);
        Assert.Equal([new NarrativeParagraph("乙。")], Blocks(result, "problems"));
    }

    [Fact]
    public void The_sample_narrative_round_trips_through_word()
    {
        var docx = NarrativeDocxWriter.Write(SampleNarrative.Government, "示例区人民政府", 2022, Form);

        var result = NarrativeReader.Read(docx, "narrative.docx", form: Form);

        Assert.Empty(result.Findings);
        AssertSame(SampleNarrative.Government, result.Narrative!);
    }

    [Fact]
    public void The_same_narrative_gives_the_same_word_bytes()
    {
        var first = NarrativeDocxWriter.Write(SampleNarrative.Government, "示例区人民政府", 2022, Form);
        Thread.Sleep(2100); // past the zip format's two-second clock
        var second = NarrativeDocxWriter.Write(SampleNarrative.Government, "示例区人民政府", 2022, Form);

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_sample_narrative_round_trips_through_markdown_and_text_file_forms()
    {
        var markdown = string.Join("\n\n", Form.NarrativeSections.Select(s => $"## {s.Title}\n\n{NarrativeMarkdown.Write(SampleNarrative.Government.Section(s.Code)!)}"));

        var result = Text(markdown, "narrative.md");

        Assert.Empty(result.Findings);
        AssertSame(SampleNarrative.Government, result.Narrative!);
    }

    [Fact]
    public void The_skeleton_reads_back_as_three_empty_sections_flagged_unfilled()
    {
        var skeleton = NarrativeDocxWriter.Skeleton("示例区财政局", 2023, Form);

        var result = NarrativeReader.Read(skeleton, "skeleton.docx", form: Form);

        Assert.NotNull(result.Narrative);
        Assert.Empty(result.Narrative.Sections);
        Assert.Equal(Rules.NarrativeUnfilled.Id, Assert.Single(result.Findings).Rule);
    }

    [Fact]
    public void A_filled_skeleton_reads_as_the_authors_text_without_the_guidance()
    {
        var skeleton = NarrativeDocxWriter.Skeleton("示例区财政局", 2023, Form);
        var filled = WordEditing.InsertAfterEachGuidance(skeleton, ["总体良好。", "无。", "未收费。"]);

        var result = NarrativeReader.Read(filled, "filled.docx", form: Form);

        Assert.Empty(result.Findings);
        Assert.Equal([new NarrativeParagraph("总体良好。")], Blocks(result, "overview"));
        Assert.Equal([new NarrativeParagraph("未收费。")], Blocks(result, "other_matters"));
    }

    [Fact]
    public void Guidance_pasted_into_a_text_file_is_skipped_too()
    {
        var overview = Form.Section("overview");
        var result = Text($"{overview.Title}\n{NarrativeGuidance.For(overview)}\n甲。\n五、存在的主要问题及改进情况\n乙。\n六、其他需要报告的事项\n丙。");

        Assert.Empty(result.Findings);
        Assert.Equal([new NarrativeParagraph("甲。")], Blocks(result, "overview"));
    }

    [Fact]
    public void Word_bold_numbered_lines_are_sub_headings_and_numbering_makes_lists()
    {
        var docx = WordEditing.Document(
            WordEditing.Para("一、总体情况", bold: true),
            WordEditing.Para("（一）主动公开", bold: true),
            WordEditing.Para("正文一。"),
            WordEditing.Para("第一项", numId: 1),
            WordEditing.Para("第二项", numId: 1),
            WordEditing.Para("要点", numId: 2),
            WordEditing.Para("五、存在的主要问题及改进情况"),
            WordEditing.Para("正文五。"),
            WordEditing.Para("六、其他需要报告的事项"),
            WordEditing.Para("正文六。"));

        var result = NarrativeReader.Read(docx, "narrative.docx", form: Form);

        Assert.Empty(result.Findings);
        var blocks = Blocks(result, "overview");
        Assert.Equal(new NarrativeHeading("（一）主动公开"), blocks[0]);
        Assert.Equal(new NarrativeParagraph("正文一。"), blocks[1]);
        var ordered = Assert.IsType<NarrativeList>(blocks[2]);
        Assert.True(ordered.Ordered);
        Assert.Equal(["第一项", "第二项"], ordered.Items);
        var bullets = Assert.IsType<NarrativeList>(blocks[3]);
        Assert.False(bullets.Ordered);
    }

    [Fact]
    public void A_text_box_saved_twice_for_compatibility_is_read_once()
    {
        var docx = WordEditing.Rewrite(WordEditing.Document(WordEditing.Para("一、总体情况"), WordEditing.Para("正文。")), WordEditing.DocumentPart, text => text!.Replace(
            "<w:t>正文。</w:t>",
            "<w:t>正文。</w:t></w:r><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><mc:Choice Requires=\"wps\"><w:t>框内</w:t></mc:Choice><mc:Fallback><w:t>框内</w:t></mc:Fallback></mc:AlternateContent>",
            StringComparison.Ordinal));

        var result = NarrativeReader.Read(docx, "box.docx", form: Form);

        Assert.Equal([new NarrativeParagraph("正文。框内")], Blocks(result, "overview"));
    }

    internal static void AssertSame(ReportNarrative expected, ReportNarrative actual)
    {
        Assert.Equal(expected.Sections.Keys.Order(), actual.Sections.Keys.Order());
        foreach (var (code, section) in expected.Sections)
        {
            var blocks = actual.Section(code)!.Blocks;
            Assert.Equal(section.Blocks.Count, blocks.Count);
            for (var i = 0; i < blocks.Count; i++)
            {
                AssertSameBlock(section.Blocks[i], blocks[i]);
            }
        }
    }

    internal static void AssertSameBlock(NarrativeBlock expected, NarrativeBlock actual)
    {
        switch (expected)
        {
            case NarrativeList list:
                var other = Assert.IsType<NarrativeList>(actual);
                Assert.Equal(list.Ordered, other.Ordered);
                Assert.Equal(list.Items, other.Items);
                break;
            case NarrativeTable table:
                Assert.Equal(table.Rows, Assert.IsType<NarrativeTable>(actual).Rows);
                break;
            default:
                Assert.Equal(expected, actual);
                break;
        }
    }
}
