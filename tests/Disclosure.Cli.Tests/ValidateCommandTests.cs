using System.Text.Json;
using Disclosure.Samples;
using Disclosure.Tests.PublishedReports;

namespace Disclosure.Cli.Tests;

/// <summary>
/// The real <c>disclosure validate</c> on a published report in the seed's layout, written from the sample district's
/// seed figures (slip included); the corpus check runs the same on the seed file itself.
/// </summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _seedStyleReport = WriteSeedStyleReport();

    public void Dispose() => File.Delete(_seedStyleReport);

    [Fact]
    public void Seed_style_report_prints_the_two_handled_sum_errors_in_Chinese_and_exits_1()
    {
        var result = DisclosureProcess.Run("validate", _seedStyleReport);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("三、本年度办理结果 (七)总计 · 自然人:填报 165,各项合计 164", result.Output);
        Assert.Contains("三、本年度办理结果 (七)总计 · 总计:填报 177,各项合计 176", result.Output);
        Assert.Contains("不通过", result.Output);
    }

    [Fact]
    public void Seed_style_report_json_has_exactly_the_two_findings()
    {
        var result = DisclosureProcess.Run("validate", _seedStyleReport, "--json");

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

    [Fact]
    public void An_unreadable_file_exits_2_with_one_finding_saying_why()
    {
        var path = Path.Combine(Path.GetTempPath(), $"garbage-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, [1, 2, 3, 0, 0, 255, 254]);
        try
        {
            var result = DisclosureProcess.Run("validate", path, "--json");

            Assert.Equal(2, result.ExitCode);
            using var json = JsonDocument.Parse(result.Output);
            var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
            Assert.Equal("file.not_zip", finding.GetProperty("rule").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var result = DisclosureProcess.Run("validate", "/nonexistent/edu-2023.xlsx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("找不到文件", result.Output);
    }

    private static string WriteSeedStyleReport()
    {
        var path = Path.Combine(Path.GetTempPath(), $"erdao-{SeedFigures2022.Year}-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, SeedStyleReport.Render(SeedFigures2022.Figures));
        return path;
    }
}
