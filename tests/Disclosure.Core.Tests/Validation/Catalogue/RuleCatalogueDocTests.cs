using System.Text.RegularExpressions;
using Disclosure.Form;

namespace Disclosure.Tests.Validation.Catalogue;

/// <summary>docs/validation.md lists every rule of the catalogue with its severity, and nothing else.</summary>
public partial class RuleCatalogueDocTests
{
    private const string TableHeader = "| id | severity | title (标题) |";

    [Fact]
    public void The_docs_rule_table_is_the_catalogue()
    {
        var documented = DocumentedRules();
        var catalogue = Disclosure.Validation.Rules.All.ToDictionary(r => r.Id, r => r.Severity == Severity.Error ? "error" : "warning", StringComparer.Ordinal);

        Assert.Empty(catalogue.Keys.Except(documented.Keys)); // missing from the doc
        Assert.Empty(documented.Keys.Except(catalogue.Keys)); // in the doc, not in the catalogue
        Assert.All(catalogue, rule => Assert.Equal((rule.Key, rule.Value), (rule.Key, documented[rule.Key])));
    }

    private static Dictionary<string, string> DocumentedRules()
    {
        var lines = File.ReadAllLines(DocPath());
        var start = Array.IndexOf(lines, TableHeader);
        Assert.True(start >= 0, $"docs/validation.md has no table headed {TableHeader}");

        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|')))
        {
            var match = Row().Match(line);
            Assert.True(match.Success, $"not a rule row: {line}");
            Assert.True(rules.TryAdd(match.Groups[1].Value, match.Groups[2].Value), $"listed twice: {match.Groups[1].Value}");
        }

        return rules;
    }

    private static string DocPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "validation.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/validation.md not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^\| `([^`]+)` \| ([a-z]+) \|")]
    private static partial Regex Row();
}
