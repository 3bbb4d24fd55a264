using System.Text.Json;

namespace Disclosure.Cli.Tests;

public class RulesCommandTests
{
    [Fact]
    public void Json_lists_every_rule_once_with_severity_title_and_message()
    {
        var result = DisclosureProcess.Run("rules", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var rules = json.RootElement.GetProperty("rules").EnumerateArray()
            .Select(r => (Id: r.GetProperty("id").GetString()!, Severity: r.GetProperty("severity").GetString()!,
                Title: r.GetProperty("title").GetString()!, Message: r.GetProperty("message").GetString()!))
            .ToList();
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        Assert.All(rules, r => Assert.Contains(r.Severity, new[] { "error", "warning" }));
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Title) || string.IsNullOrWhiteSpace(r.Message), r.Id));

        var byId = rules.ToDictionary(r => r.Id);
        Assert.Equal(("error", "未填写"), (byId["cell.blank"].Severity, byId["cell.blank"].Title));
        Assert.Equal("{项目}:未填写,无数据请填 0。", byId["cell.blank"].Message);
        foreach (var id in new[] { "requests.balance", "requests.handled_sum", "requests.column_sum", "appeals.group_sum" })
        {
            Assert.Equal("error", byId[id].Severity);
        }

        Assert.Equal("warning", byId["carry.continuity"].Severity);
        Assert.Equal("warning", byId["proactive.in_force"].Severity);
        Assert.Equal("error", byId["identity.office_mismatch"].Severity);
        Assert.Equal("error", byId["file.too_many_pages"].Severity);
    }

    [Fact]
    public void Text_is_a_Chinese_table_of_the_catalogue()
    {
        var result = DisclosureProcess.Run("rules");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("级别", result.Output);
        Assert.Contains("标题", result.Output);
        Assert.Contains("说明", result.Output);
        Assert.Contains("requests.handled_sum", result.Output);
        Assert.Contains("各项合计", result.Output);
        Assert.Contains("警告", result.Output);
    }
}
