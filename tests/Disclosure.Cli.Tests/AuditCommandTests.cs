using System.Text;
using System.Text.Json;
using Disclosure.Tests.Audit;

namespace Disclosure.Cli.Tests;

/// <summary>The real <c>disclosure audit</c> over folders of generated reports of two years.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("audit-cli-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Json_names_every_report_and_the_continuity_breaks_and_the_summary_is_written_beside()
    {
        TwoYearReports.Write(_root, bodies: 4, new HashSet<int> { 0, 3 });
        var html = Path.Combine(_root, "out", "audit.html");

        var result = DisclosureProcess.Run("audit", Path.Combine(_root, "2024"), "--previous", Path.Combine(_root, "2023"), "--json", "-o", html);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var reports = json.RootElement.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(4, reports.Count);
        Assert.All(reports, r => Assert.Equal(("read", 2024), (r.GetProperty("verdict").GetString(), r.GetProperty("year").GetInt32())));
        var broken = reports
            .Where(r => r.GetProperty("findings").EnumerateArray().Any(f => f.GetProperty("rule").GetString() == "carry.continuity"))
            .Select(r => r.GetProperty("body").GetString());
        Assert.Equal([TwoYearReports.Body(0), TwoYearReports.Body(3)], broken);
        Assert.Equal(4, json.RootElement.GetProperty("summary").GetProperty("read").GetInt32());

        Assert.Contains(TwoYearReports.Body(3), File.ReadAllText(html), StringComparison.Ordinal);
        var csv = File.ReadAllText(Path.ChangeExtension(html, ".csv"), Encoding.UTF8);
        Assert.Equal(5, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("carry.continuity", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_has_one_line_per_report_and_a_file_that_is_no_report_exits_2()
    {
        TwoYearReports.Write(_root, bodies: 2, new HashSet<int>(), flattened: true);
        File.WriteAllText(Path.Combine(_root, "2024", "readme.txt"), "说明");

        var result = DisclosureProcess.Run("audit", _root);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(TwoYearReports.Body(0), result.Output, StringComparison.Ordinal);
        Assert.Contains("readme.txt", result.Output, StringComparison.Ordinal);
        Assert.Contains("无法读取", result.Output, StringComparison.Ordinal);
        Assert.Contains("共 5 份报告", result.Output, StringComparison.Ordinal);
    }
}
