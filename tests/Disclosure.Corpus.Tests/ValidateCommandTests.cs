using System.Text.Json;
using Disclosure.Cli.Tests;

namespace Disclosure.Corpus.Tests;

/// <summary>The real <c>disclosure validate</c> on the seed and on a real published PDF.</summary>
public class ValidateCommandTests
{
    [CorpusFact]
    public void Seed_report_prints_the_two_handled_sum_errors_in_Chinese_and_exits_1()
    {
        var result = DisclosureProcess.Run("validate", SharedFiles.Seed);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("三、本年度办理结果 (七)总计 · 自然人:填报 165,各项合计 164", result.Output);
        Assert.Contains("三、本年度办理结果 (七)总计 · 总计:填报 177,各项合计 176", result.Output);
        Assert.Contains("不通过", result.Output);
    }

    [CorpusFact]
    public void Seed_report_json_has_exactly_the_two_findings()
    {
        var result = DisclosureProcess.Run("validate", SharedFiles.Seed, "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("rejected", json.RootElement.GetProperty("status").GetString());
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("rule").GetString(), f.GetProperty("severity").GetString(), f.GetProperty("cell").GetString()))
            .ToArray();
        Assert.Equal(
            [("requests.handled_sum", "error", "requests.handled_total.natural_person"), ("requests.handled_sum", "error", "requests.handled_total.total")],
            findings);
        Assert.Equal(200, json.RootElement.GetProperty("figures").EnumerateObject().Count());
        Assert.Equal(181, json.RootElement.GetProperty("figures").GetProperty("requests.received.total").GetInt32());
    }

    [CorpusFact]
    public void Hongze_2023_has_its_two_appeals_group_sum_errors()
    {
        var result = DisclosureProcess.Run("validate", SharedFiles.Report("hongze-district-2023.pdf"), "--json");

        using var json = JsonDocument.Parse(result.Output);
        var errors = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() == "error")
            .Select(f => (f.GetProperty("rule").GetString(), f.GetProperty("cell").GetString()))
            .ToArray();
        Assert.Equal([("appeals.group_sum", "appeals.review.total"), ("appeals.group_sum", "appeals.litigation_after_review.total")], errors);
        Assert.Equal(1, result.ExitCode);
    }
}
