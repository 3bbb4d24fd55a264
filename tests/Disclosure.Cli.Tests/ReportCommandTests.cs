using System.Text;
using System.Text.Json;
using Disclosure.Form;
using Disclosure.Samples;

namespace Disclosure.Cli.Tests;

/// <summary><c>disclosure report</c> through the real program, on the sample district's workbooks written by <c>disclosure samples</c>.</summary>
public sealed class ReportCommandTests : IClassFixture<ReportCommandTests.SampleWorkbooks>, IDisposable
{
    private readonly SampleWorkbooks _samples;
    private readonly string _output = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}");

    public ReportCommandTests(SampleWorkbooks samples) => _samples = samples;

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public void The_32_corrected_workbooks_give_the_consolidated_report_of_their_sum()
    {
        var set = SampleSplitter.Erdao2022();
        var files = set.Offices.Select(o => _samples.Path(SampleWriter.FileName(o, 2022, SampleFileFormat.Xlsx, corrected: o.Id == set.SlippedOfficeId))).ToArray();

        var result = DisclosureProcess.Run(["report", "--year", "2022", "--name", "长春市二道区人民政府", "-o", _output, .. files]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal(["index.html", "report.csv", "report.json", "report.pdf"], Directory.GetFiles(_output).Select(Path.GetFileName).Order());
        Assert.Contains("report.pdf、index.html、report.json、report.csv", result.Output, StringComparison.Ordinal);
        Assert.Contains("合并报告,32 个机关", result.Output, StringComparison.Ordinal);
        Assert.Contains("读取 32/32", result.Error, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_output, "report.json")));
        var root = json.RootElement;
        AssertSchemaValid(root);
        Assert.Equal("长春市二道区人民政府2022年政府信息公开工作年度报告", root.GetProperty("title").GetString());
        var figures = root.GetProperty("figures");
        Assert.All(NationalForm.Edition2021.Figures, f => Assert.Equal(
            (f.Key, set.Offices.Sum(o => (o.Id == set.SlippedOfficeId ? set.CorrectedFigures : set.Figures[o.Id])[f.Key])),
            (f.Key, figures.GetProperty(f.Key).GetDecimal())));
        Assert.Equal(SeedFigures2022.Figures["requests.other.other.total"] + 1, figures.GetProperty("requests.other.other.total").GetDecimal());
        Assert.Equal(SeedFigures2022.Figures["proactive.art20_8.fees.amount_10k_yuan"], figures.GetProperty("proactive.art20_8.fees.amount_10k_yuan").GetDecimal());

        var offices = root.GetProperty("offices").EnumerateArray().ToList();
        Assert.Equal(set.Offices.Select(o => o.Id), offices.Select(o => o.GetProperty("office_id").GetString()));
        var housing = offices.Single(o => o.GetProperty("office_id").GetString() == set.SlippedOfficeId);
        Assert.Equal("housing-2022-corrected.xlsx", housing.GetProperty("upload_id").GetString());
        Assert.Equal(Sha256(_samples.Path("housing-2022-corrected.xlsx")), housing.GetProperty("sha256").GetString());

        // No narrative given: the three sections are missing, and that is all the sum's findings say.
        Assert.Equal(["narrative.missing", "narrative.missing", "narrative.missing"],
            root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()));
        var csv = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(_output, "report.csv")));
        Assert.StartsWith("\uFEFFkey,section,label,value\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_value_csv_files_give_the_same_figures_as_the_workbooks()
    {
        var set = SampleSplitter.Erdao2022();
        var csvFolder = Path.Combine(_output, "csv");
        Assert.Equal(0, DisclosureProcess.Run("samples", "-o", csvFolder, "--format", "csv").ExitCode);
        var files = set.Offices.Select(o => Path.Combine(csvFolder, SampleWriter.FileName(o, 2022, SampleFileFormat.Csv, corrected: o.Id == set.SlippedOfficeId))).ToArray();
        var report = Path.Combine(_output, "report");

        var result = DisclosureProcess.Run(["report", "--year", "2022", "-o", report, .. files]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(report, "report.json")));
        Assert.Equal("合并报告2022年政府信息公开工作年度报告", json.RootElement.GetProperty("title").GetString());
        var figures = json.RootElement.GetProperty("figures");
        Assert.All(NationalForm.Edition2021.Figures, f => Assert.Equal(
            (f.Key, SeedFigures2022.Figures[f.Key] + (f.Key is "requests.other.other.natural_person" or "requests.other.other.total" ? 1 : 0)),
            (f.Key, figures.GetProperty(f.Key).GetDecimal())));

        // report.csv says the same as report.json, record by record.
        var lines = File.ReadAllLines(Path.Combine(report, "report.csv"), Encoding.UTF8).Skip(1).ToList();
        Assert.Equal(200, lines.Count);
        Assert.All(lines, line => Assert.Equal(
            figures.GetProperty(line[..line.IndexOf(',', StringComparison.Ordinal)]).GetDecimal(),
            decimal.Parse(line[(line.LastIndexOf(',') + 1)..], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void One_workbook_gives_that_offices_report_with_a_text_narrative()
    {
        var narrative = Path.Combine(_samples.Folder, "narrative.md");
        File.WriteAllText(narrative, "## 一、总体情况\n（一）主动公开\n本局主动公开信息 12 条。\n## 五、存在的主要问题及改进情况\n更新不够及时。\n## 六、其他需要报告的事项\n无。\n");

        var result = DisclosureProcess.Run("report", "--year", "2022", "--narrative", narrative, "-o", _output, _samples.Path("yingjun-2022.xlsx"));

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("本机关报告", result.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_output, "report.json")));
        var root = json.RootElement;
        AssertSchemaValid(root);
        Assert.Equal("yingjun", root.GetProperty("body").GetProperty("office_id").GetString());
        Assert.EndsWith("2022年政府信息公开工作年度报告", root.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("（一）主动公开\n本局主动公开信息 12 条。", root.GetProperty("narrative").GetProperty("overall").GetString());
        Assert.Equal("无。", root.GetProperty("narrative").GetProperty("other").GetString());
        Assert.Equal(0, root.GetProperty("findings").GetArrayLength());
        Assert.Single(root.GetProperty("offices").EnumerateArray());
    }

    [Fact]
    public void A_rejected_input_is_listed_with_its_findings_and_nothing_is_written()
    {
        var result = DisclosureProcess.Run("report", "--year", "2022", "-o", _output,
            _samples.Path("yingjun-2022.xlsx"), _samples.Path("housing-2022.xlsx"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("housing-2022.xlsx", result.Output, StringComparison.Ordinal);
        Assert.Contains("requests.handled_sum", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("yingjun-2022.xlsx", result.Output, StringComparison.Ordinal);
        Assert.Contains("未生成报告", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_output));
    }

    [Fact]
    public void An_input_for_another_year_is_rejected()
    {
        var result = DisclosureProcess.Run("report", "--year", "2023", "-o", _output, _samples.Path("yingjun-2022.xlsx"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("meta.wrong_year", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_office_twice_is_rejected()
    {
        var result = DisclosureProcess.Run("report", "--year", "2022", "-o", _output,
            _samples.Path("yingjun-2022.xlsx"), _samples.Path("yingjun-2022.xlsx"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("consolidation.duplicate_office", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_output));
    }

    [Fact]
    public void An_unreadable_input_exits_2()
    {
        var broken = Path.Combine(_samples.Folder, "broken.xlsx");
        File.WriteAllBytes(broken, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);

        var result = DisclosureProcess.Run("report", "--year", "2022", "-o", _output,
            _samples.Path("yingjun-2022.xlsx"), broken, _samples.Path("housing-2022.xlsx"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.xlsx", result.Output, StringComparison.Ordinal);
        Assert.Contains("file.corrupt", result.Output, StringComparison.Ordinal);
        Assert.Contains("housing-2022.xlsx", result.Output, StringComparison.Ordinal); // every failing input is listed
        Assert.False(Directory.Exists(_output));
    }

    [Fact]
    public void A_missing_input_exits_2()
    {
        var result = DisclosureProcess.Run("report", "--year", "2022", "-o", _output, Path.Combine(_samples.Folder, "nowhere.xlsx"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("file.not_found", result.Output, StringComparison.Ordinal);
    }

    private static void AssertSchemaValid(JsonElement report)
    {
        var schema = Json.Schema.JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "report.schema.json")));
        Assert.True(schema.Evaluate(report).IsValid, "report.json does not match docs/report.schema.json");
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>The sample district's workbooks, written once by <c>disclosure samples</c> into a temporary folder.</summary>
    public sealed class SampleWorkbooks : IDisposable
    {
        public SampleWorkbooks()
        {
            var result = DisclosureProcess.Run("samples", "-o", Folder, "--format", "xlsx");
            Assert.True(result.ExitCode == 0, result.Output + result.Error);
        }

        public string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"report-samples-{Guid.NewGuid():N}");

        public string Path(string fileName) => System.IO.Path.Combine(Folder, fileName);

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
