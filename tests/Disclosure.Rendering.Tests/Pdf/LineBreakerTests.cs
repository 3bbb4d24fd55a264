using Disclosure.Rendering.Pdf.Layout;

namespace Disclosure.Rendering.Tests.Pdf;

/// <summary>The Chinese line breaker on fixed widths: a Chinese character or mark 10 points, a Latin character 5.</summary>
public sealed class LineBreakerTests
{
    private static double Width(string text) => text.Sum(ch => ch < 0x2000 ? 5.0 : 10.0);

    private static List<string> Lines(string text, double width, double indent = 0) =>
        [.. LineBreaker.Break(text, width, Width, indent).Select(l => l.Text)];

    [Fact]
    public void Chinese_text_breaks_between_any_two_characters()
    {
        Assert.Equal(["政府信息", "公开工作", "年度报告"], Lines("政府信息公开工作年度报告", 40));
    }

    [Fact]
    public void The_first_line_is_indented_by_the_given_width()
    {
        var lines = LineBreaker.Break("政府信息公开工作年度报告", 60, Width, 20);
        Assert.Equal(["政府信息", "公开工作年度", "报告"], lines.Select(l => l.Text));
        Assert.Equal(20, lines[0].Indent);
        Assert.Equal(0, lines[1].Indent);
    }

    [Fact]
    public void Latin_words_and_numbers_are_kept_whole()
    {
        // "2022" and "hzzwgk@126.com" move to the next line whole rather than being cut.
        Assert.Equal(["统计期限自", "2022年1月1日"], Lines("统计期限自2022年1月1日", 60));
        Assert.Equal(["邮箱：", "hzzwgk@126.com"], Lines("邮箱：hzzwgk@126.com", 80));
        Assert.Equal(["1,268条"], Lines("1,268条", 80));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_set_by_character()
    {
        Assert.Equal(["abcdefgh", "ijkl"], Lines("abcdefghijkl", 40));
    }

    [Fact]
    public void A_closing_mark_never_begins_a_line_it_takes_the_character_before_it_along()
    {
        // Four characters fit; "，" would begin line 2, so "作，" moves down together.
        Assert.Equal(["政府信", "息，工作"], Lines("政府信息，工作", 40));
        Assert.Equal(["按照条", "例》要求"], Lines("按照条例》要求", 40));
        Assert.Equal(["公开工", "作。"], Lines("公开工作。", 40));
    }

    [Fact]
    public void An_opening_mark_never_ends_a_line_it_goes_down_with_what_follows()
    {
        Assert.Equal(["依据一", "《条例》"], Lines("依据一《条例》", 40));
        Assert.Equal(["一二三", "（一）"], Lines("一二三（一）", 40));
    }

    [Fact]
    public void Random_text_never_breaks_against_the_rules_and_loses_nothing()
    {
        const string alphabet = "政府信息公开年度报告，。、；：？！）》」（《「";
        var random = new Random(2022);
        for (var n = 0; n < 2000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 60)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var width = random.Next(3, 12) * 10;
            var lines = LineBreaker.Break(text, width, Width);
            Assert.Equal(text, string.Concat(lines.Select(l => l.Text)));
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i].Text;
                Assert.False(string.IsNullOrWhiteSpace(line));
                Assert.True(lines[i].NaturalWidth <= width + 1e-9 || lines[i].Pieces.Count == 1, $"'{line}' overflows {width} in '{text}'");
                // The rules give way only where an unbreakable run of marks is wider than the whole line.
                var overlong = RunOfMarks(text) * 10 > width;
                if (!overlong && i > 0)
                {
                    Assert.False(LineBreaker.NoLineStart.Contains(line[0]), $"line {i} '{line}' begins with a closing mark in '{text}' at {width}");
                }

                if (!overlong && i < lines.Count - 1)
                {
                    Assert.False(LineBreaker.NoLineEnd.Contains(line[^1]), $"line {i} '{line}' ends with an opening mark in '{text}' at {width}");
                }
            }
        }
    }

    /// <summary>The longest run of characters with no allowed break inside (a mark and its neighbours), in characters.</summary>
    private static int RunOfMarks(string text)
    {
        int best = 1, run = 1;
        for (var i = 1; i < text.Length; i++)
        {
            run = LineBreaker.NoLineStart.Contains(text[i]) || LineBreaker.NoLineEnd.Contains(text[i - 1]) ? run + 1 : 1;
            best = Math.Max(best, run);
        }

        return best;
    }

    [Fact]
    public void Justified_lines_fill_the_width_and_the_last_line_stays_left()
    {
        var lines = LineBreaker.Break("政府信息公开工作年度报告。", 45, Width);
        var first = lines[0].Place(45, TextAlign.Justify, isLastLine: false);
        Assert.Equal(0, first[0].X);
        Assert.Equal(45, first[^1].X + first[^1].Width, 6);
        var last = lines[^1].Place(45, TextAlign.Justify, isLastLine: true);
        Assert.Equal(0, last[0].X);
        Assert.Equal(lines[^1].NaturalWidth, last[^1].X + last[^1].Width, 6);
    }

    [Fact]
    public void A_line_without_slack_between_its_pieces_is_drawn_as_one_run()
    {
        var line = LineBreaker.Break("行政许可 6734 件", 200, Width).Single();
        var run = Assert.Single(line.Place(200, TextAlign.Left, isLastLine: false));
        Assert.Equal("行政许可 6734 件", run.Text);
        Assert.Equal(line.NaturalWidth, run.Width, 6);
    }

    [Fact]
    public void Right_and_centre_alignment_place_the_line_in_its_width()
    {
        var line = LineBreaker.Break("7730.28", 100, Width).Single();
        Assert.Equal(100, line.Place(100, TextAlign.Right, true)[^1].X + line.NaturalWidth, 6);
        Assert.Equal((100 - line.NaturalWidth) / 2, line.Place(100, TextAlign.Center, true)[0].X, 6);
    }
}
