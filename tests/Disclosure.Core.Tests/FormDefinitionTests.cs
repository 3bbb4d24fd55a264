using Disclosure.Form;

namespace Disclosure.Tests;

public class FormDefinitionTests
{
    private static readonly FormEdition Form = NationalForm.Edition2021;

    [Fact]
    public void Has_200_figures_with_unique_keys_as_FORM_md_counts_them()
    {
        Assert.Equal(200, Form.Figures.Count);
        Assert.Equal(10, Form.Figures.Count(f => f.Section.Code == "proactive"));
        Assert.Equal(175, Form.Figures.Count(f => f.Section.Code == "requests"));
        Assert.Equal(15, Form.Figures.Count(f => f.Section.Code == "appeals"));
        Assert.Equal(200, Form.Figures.Select(f => f.Key).Distinct().Count());
    }

    [Theory]
    [InlineData("proactive.art20_1.regulations.issued")]
    [InlineData("proactive.art20_8.fees.amount_10k_yuan")]
    [InlineData("requests.received.natural_person")]
    [InlineData("requests.withheld.state_secret.total")]
    [InlineData("appeals.litigation_direct.corrected")]
    public void Knows_the_keys_FORM_md_gives_as_examples(string key) => Assert.True(Form.TryGetFigure(key, out _));

    [Fact]
    public void Only_the_fee_is_a_decimal_amount()
    {
        var amount = Assert.Single(Form.Figures, f => f.Kind == FigureKind.Amount10kYuan);
        Assert.Equal("proactive.art20_8.fees.amount_10k_yuan", amount.Key);
    }

    [Fact]
    public void Rules_expand_to_one_check_per_column_row_and_group()
    {
        Assert.Equal(7, Form.Checks.Count(c => c.RuleId == "requests.balance"));
        Assert.Equal(7, Form.Checks.Count(c => c.RuleId == "requests.handled_sum"));
        Assert.Equal(25, Form.Checks.Count(c => c.RuleId == "requests.column_sum"));
        Assert.Equal(3, Form.Checks.Count(c => c.RuleId == "appeals.group_sum"));
        Assert.Equal(2, Form.Checks.Count(c => c.RuleId == "proactive.in_force"));
        Assert.Equal(7, Form.ContinuityChecks.Count);
        Assert.All(Form.Checks.Where(c => c.RuleId == "requests.handled_sum"), c => Assert.Equal(21, c.Plus.Count));
    }

    [Fact]
    public void Handled_total_label_reads_as_the_form_does() =>
        Assert.Equal("三、本年度办理结果 (七)总计 · 自然人", Form.Figure("requests.handled_total.natural_person").Label);
}
