using Disclosure.Form;
using Disclosure.Reading;

namespace Disclosure.Tests;

public class LabelTextTests
{
    [Theory]
    [InlineData("（一） 予以公开", "(一)予以公开", "(一)予以公开", "一予以公开")]
    [InlineData("1、属于国家秘密", "1、属于国家秘密", "1.属于国家秘密", "1属于国家秘密")]
    [InlineData("3.危及\u201C三安全一稳定\u201D", "3.危及\u201C三安全一稳定\u201D", "3.危及三安全一稳定", "3危及三安全一稳定")]
    [InlineData(" 机关名称： ", "机关名称:", "机关名称", "机关名称")]
    [InlineData("【六】其他处理", "【六】其他处理", "(六)其他处理", "六其他处理")]
    [InlineData("１，２３４．５", "1,234.5", "1,234.5", "12345")]
    [InlineData("", "", "", "")]
    public void Folds_as_much_punctuation_as_each_option_says(string text, string spacing, string punctuation, string lettersAndDigits)
    {
        Assert.Equal(spacing, LabelText.Normalize(text, LabelFolding.Spacing));
        Assert.Equal(punctuation, LabelText.Normalize(text, LabelFolding.Punctuation));
        Assert.Equal(lettersAndDigits, LabelText.Normalize(text, LabelFolding.LettersAndDigits));
    }

    [Fact]
    public void Workbook_and_report_normalisers_are_the_unified_one()
    {
        const string text = "（二）部分公开（区分处理的，只计这一情形）";
        Assert.Equal(LabelText.Normalize(text, LabelFolding.Punctuation), LabelMatching.Normalize(text));
        Assert.Equal(LabelText.Normalize(text, LabelFolding.Spacing), Disclosure.PublishedReports.ReportLabels.Normalize(text));
        Assert.Equal(LabelText.Normalize(text, LabelFolding.LettersAndDigits), Disclosure.PublishedReports.ReportLabels.Key(text));
    }

    [Theory]
    [InlineData("1,234", true, 1234, true, 1234)]
    [InlineData(" ７７３０.２８ ", true, 7730.28, true, 7730.28)]
    [InlineData("1,2,3", true, 123, false, 0)]
    [InlineData("12 345", false, 0, true, 12345)]
    [InlineData("−3", true, -3, true, -3)]
    [InlineData("12a", false, 0, false, 0)]
    [InlineData("", false, 0, false, 0)]
    public void Reads_typed_figures_leniently_and_printed_ones_strictly(string text, bool typed, double typedValue, bool printed, double printedValue)
    {
        Assert.Equal(typed, FigureText.TryParse(text, out var t, FigureSyntax.Typed));
        Assert.Equal((decimal)typedValue, t);
        Assert.Equal(printed, FigureText.TryParse(text, out var p, FigureSyntax.Printed));
        Assert.Equal((decimal)printedValue, p);
    }
}
