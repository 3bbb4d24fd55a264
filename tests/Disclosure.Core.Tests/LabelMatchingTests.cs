using Disclosure.Form;

namespace Disclosure.Tests;

public class LabelMatchingTests
{
    private static readonly FormTable Requests = NationalForm.Edition2021.Requests;

    [Theory]
    [InlineData("（一）予以公开", "(一)予以公开")]
    [InlineData(" 机关名称： ", "机关名称")]
    [InlineData("1、属于国家秘密", "1.属于国家秘密")]
    [InlineData("1．属于国家秘密", "1.属于国家秘密")]
    [InlineData("3.危及\u201C三安全一稳定\u201D", "3.危及三安全一稳定")]
    [InlineData("自 然 人", "自然人")]
    [InlineData("本年收费金额（单位：万元）", "本年收费金额(单位:万元)")]
    [InlineData("一、本年新收", "一、本年新收")]
    public void Normalizes_spacing_width_and_punctuation(string text, string expected) => Assert.Equal(expected, LabelMatching.Normalize(text));

    [Theory]
    [InlineData("5.属于三类内容事务信息", "withheld.internal_affairs")]
    [InlineData("（二）部分公开（区分处理的，只计这一情况，不计其他情形）", "partly_disclosed")]
    [InlineData("(二)部分公开", "partly_disclosed")]
    [InlineData("（七）总计", "handled_total")]
    [InlineData("四、结转下年度继续办理", "carried_forward")]
    [InlineData("1.本机关不掌握相关政府信息", "unavailable.not_held")]
    [InlineData("本机关不掌握相关政府信息", "unavailable.not_held")]
    [InlineData("2.申请人逾期未按收费通知要求缴纳费用,行政机关不再处理其政府信息公开申请", "other.fee_unpaid")]
    public void Finds_the_row_a_label_names(string label, string code) => Assert.Equal(code, LabelMatching.BestRow(label, Requests.Rows)?.Code);

    [Theory]
    [InlineData("三、本年度办理结果")]
    [InlineData("(三)不予公开")]
    [InlineData("申请人情况")]
    [InlineData("")]
    public void Does_not_guess_a_row_for_a_heading(string label) => Assert.Null(LabelMatching.BestRow(label, Requests.Rows));

    [Fact]
    public void A_renumbered_label_scores_below_an_exact_one() =>
        Assert.True(LabelMatching.Score("总计", Requests.Row("handled_total")) < LabelMatching.Score("(七)总计", Requests.Row("handled_total")));
}
