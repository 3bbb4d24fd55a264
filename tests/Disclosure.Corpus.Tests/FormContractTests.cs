using System.Text.RegularExpressions;
using Disclosure.Form;

namespace Disclosure.Corpus.Tests;

/// <summary>The design folder's FORM.md against the rule catalogue: the form's arithmetic rules, each with FORM.md's severity.</summary>
public partial class FormContractTests
{
    [CorpusFact]
    public void FORM_md_arithmetic_rules_are_in_the_catalogue_with_their_severity()
    {
        var formMd = File.ReadAllLines(Path.Combine(SharedFiles.Root, "FORM.md"));
        var rows = formMd
            .SkipWhile(l => !l.StartsWith("## Arithmetic rules of the form", StringComparison.Ordinal))
            .Select(l => FormRuleRow().Match(l))
            .Where(m => m.Success)
            .Select(m => (Id: m.Groups[1].Value, Severity: m.Groups[2].Value))
            .ToList();

        Assert.Equal(6, rows.Count);
        Assert.All(rows, row =>
        {
            var rule = Disclosure.Validation.Rules.Find(row.Id);
            Assert.NotNull(rule);
            Assert.Equal(row.Severity, rule.Severity == Severity.Error ? "error" : "warning");
        });
    }

    [GeneratedRegex(@"^\| `([a-z_.]+)` \| (error|warning)\b")]
    private static partial Regex FormRuleRow();
}
