using System.Reflection;
using System.Text.RegularExpressions;
using Disclosure.Form;
using Disclosure.Validation;

namespace Disclosure.Tests.Validation.Catalogue;

public partial class RuleCatalogueTests
{
    private static IReadOnlyList<Rule> All => Disclosure.Validation.Rules.All;

    [Fact]
    public void Ids_are_unique_and_shaped_like_family_dot_name()
    {
        Assert.Equal(All.Count, All.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(All, r => Assert.Matches(IdPattern(), r.Id));
    }

    [Fact]
    public void Every_entry_has_a_Chinese_title_and_message()
    {
        Assert.All(All, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Title), r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Message), r.Id);
            Assert.Contains(r.Title, c => c >= 0x4E00);
            Assert.Contains(r.Message.Replace("{", "").Replace("}", ""), c => c >= 0x4E00);
        });
    }

    [Fact]
    public void All_lists_every_rule_declared_in_the_catalogue_once()
    {
        var declared = typeof(Disclosure.Validation.Rules)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Rule))
            .Select(f => (Rule)f.GetValue(null)!)
            .ToHashSet();

        Assert.Equal(declared.Count, All.Count);
        Assert.True(declared.SetEquals(All));
    }

    [Fact]
    public void A_finding_cannot_be_made_outside_Core_except_by_raising_a_rule()
    {
        Assert.Empty(typeof(Finding).GetConstructors(BindingFlags.Public | BindingFlags.Instance));
        Assert.DoesNotContain(typeof(Finding).GetMethods(BindingFlags.Public | BindingFlags.Static), m => m.ReturnType == typeof(Finding));
        Assert.All(typeof(Finding).GetProperties(), p => Assert.Null(p.SetMethod));
    }

    [Fact]
    public void Raising_fills_the_template_in_order_and_takes_id_and_severity_from_the_entry()
    {
        var rule = Disclosure.Validation.Rules.RequestsHandledSum;

        var finding = rule.RaiseAt("requests.handled_total.total", "统计表!J55", "三、本年度办理结果 (七)总计 · 总计", "177", "176");

        Assert.Equal(("requests.handled_sum", Severity.Error, "requests.handled_total.total", "统计表!J55"), (finding.Rule, finding.Severity, finding.Cell, finding.Location));
        Assert.Equal("三、本年度办理结果 (七)总计 · 总计:填报 177,各项合计 176", finding.Message);
        Assert.Throws<ArgumentException>(() => rule.Raise("only one"));
    }

    [Fact]
    public void The_forms_arithmetic_checks_raise_catalogue_entries()
    {
        var form = NationalForm.Current;

        Assert.All(form.Checks, c => Assert.Contains(c.Rule, All));
        Assert.All(form.ContinuityChecks, c => Assert.Contains(c.Rule, All));
    }

    // FORM.md's table of arithmetic rules, typed from the contract (the corpus check also reads FORM.md itself).
    [Theory]
    [InlineData("requests.balance", Severity.Error)]
    [InlineData("requests.handled_sum", Severity.Error)]
    [InlineData("requests.column_sum", Severity.Error)]
    [InlineData("appeals.group_sum", Severity.Error)]
    [InlineData("carry.continuity", Severity.Warning)]
    [InlineData("proactive.in_force", Severity.Warning)]
    public void The_forms_arithmetic_rules_are_in_the_catalogue_with_their_severity(string id, Severity severity)
    {
        var rule = Disclosure.Validation.Rules.Find(id);

        Assert.NotNull(rule);
        Assert.Equal(severity, rule.Severity);
    }

    [GeneratedRegex(@"^[a-z]+\.[a-z0-9_]+$")]
    private static partial Regex IdPattern();
}
