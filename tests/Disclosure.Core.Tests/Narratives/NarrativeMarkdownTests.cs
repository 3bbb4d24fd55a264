using Disclosure.Narratives;
using Disclosure.Reports;
using Disclosure.Samples;

namespace Disclosure.Tests.Narratives;

/// <summary>The canonical stored form: Markdown per section that reads back into exactly the blocks written.</summary>
public class NarrativeMarkdownTests
{
    [Fact]
    public void The_sample_narrative_round_trips()
    {
        var stored = NarrativeMarkdown.Write(SampleNarrative.Government);

        NarrativeReaderTests.AssertSame(SampleNarrative.Government, NarrativeMarkdown.Read(stored));
        Assert.StartsWith("本报告依据", stored["overview"], StringComparison.Ordinal);
        Assert.Contains("\n\n### （一）主动公开\n\n", stored["overview"], StringComparison.Ordinal);
        Assert.Contains("| 栏目 | 本年更新条数 | 责任单位 |", stored["overview"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# 不是标题")]
    [InlineData("1. 不是列表")]
    [InlineData("2022. 年份开头")]
    [InlineData("- 不是列表")]
    [InlineData("+ 也不是")]
    [InlineData("> 不是引用")]
    [InlineData("*强调* 与 _下划线_ 与 `代码` 与 [链接](http://x) 与 <b>标签</b> 与 &amp; 与 a|b 与 \\反斜杠")]
    [InlineData("=== ")]
    [InlineData("---")]
    [InlineData("    四个空格开头")]
    [InlineData("1,268 条,增长 3.5%")]
    [InlineData("（一）看似小标题的段落")]
    [InlineData("~~删除线~~ 与 !图片")]
    public void Any_paragraph_text_round_trips(string text)
    {
        NarrativeSection section = new(
        [
            new NarrativeParagraph(text.Trim()),
            new NarrativeHeading(text.Trim()),
            new NarrativeList([text.Trim(), "二"], Ordered: true),
            new NarrativeTable([["表头", text.Trim()], [text.Trim(), ""]]),
        ]);

        var read = NarrativeMarkdown.Read(NarrativeMarkdown.Write(section));

        Assert.Equal(section.Blocks.Count, read.Blocks.Count);
        for (var i = 0; i < read.Blocks.Count; i++)
        {
            NarrativeReaderTests.AssertSameBlock(section.Blocks[i], read.Blocks[i]);
        }
    }

    [Fact]
    public void Two_lists_in_a_row_stay_two_lists()
    {
        NarrativeSection section = new(
        [
            new NarrativeList(["甲", "乙"], Ordered: true),
            new NarrativeList(["丙"], Ordered: true),
            new NarrativeList(["丁"], Ordered: false),
            new NarrativeList(["戊"], Ordered: false),
            new NarrativeList(["己"], Ordered: false),
        ]);

        var read = NarrativeMarkdown.Read(NarrativeMarkdown.Write(section));

        Assert.Equal(5, read.Blocks.Count);
        NarrativeReaderTests.AssertSameBlock(section.Blocks[4], read.Blocks[4]);
    }
}
