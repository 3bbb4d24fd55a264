using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Disclosure.Contracts;
using Disclosure.Form;
using Disclosure.Rendering.OpenData;
using Json.Schema;

namespace Disclosure.Rendering.Tests.OpenData;

/// <summary>report.json: the contract of DESIGN.md, checked against docs/report.schema.json with a JSON Schema validator.</summary>
public sealed class ReportJsonTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "report.schema.json")));

    [Fact]
    public void The_consolidated_report_is_valid_against_the_schema()
    {
        var json = Encoding.UTF8.GetString(ReportJson.Render(SampleReports.District()));

        AssertValid(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("长春市二道区人民政府2022年政府信息公开工作年度报告", root.GetProperty("title").GetString());
        Assert.Equal(2022, root.GetProperty("year").GetInt32());
        Assert.Equal("gov", root.GetProperty("body").GetProperty("office_id").GetString());
        Assert.Equal(3, root.GetProperty("version").GetInt32());
        Assert.Equal("2023-03-31T08:30:05Z", root.GetProperty("published_utc").GetString());
        Assert.Equal(32, root.GetProperty("offices").GetArrayLength());
        Assert.Equal(0, root.GetProperty("findings").GetArrayLength());
        Assert.Contains("长春市二道区", json, StringComparison.Ordinal); // Chinese as is, not \u escaped
    }

    [Fact]
    public void Figures_are_all_200_in_the_forms_order_as_json_numbers()
    {
        var report = SampleReports.District();
        using var document = JsonDocument.Parse(ReportJson.Render(report));

        var figures = document.RootElement.GetProperty("figures").EnumerateObject().ToList();
        Assert.Equal(NationalForm.Edition2021.Figures.Select(f => f.Key), figures.Select(f => f.Name));
        Assert.All(figures, f => Assert.Equal(JsonValueKind.Number, f.Value.ValueKind));
        Assert.All(figures, f => Assert.Equal(report.Figure(f.Name), f.Value.GetDecimal()));
        Assert.Equal(165m, figures.Single(f => f.Name == "requests.handled_total.natural_person").Value.GetDecimal()); // the seed's (七)总计, now balanced
    }

    [Theory]
    [InlineData("0.0001")]
    [InlineData("0.00001")]
    [InlineData("1190.0001")]
    [InlineData("79228162514264.3375")]
    public void Decimals_are_written_with_every_digit_and_no_exponent(string fee)
    {
        var value = decimal.Parse(fee, System.Globalization.CultureInfo.InvariantCulture);

        var json = Encoding.UTF8.GetString(ReportJson.Render(SampleReports.Office(value)));

        Assert.Contains($"\"{SampleReports.Fee}\": {fee},", json, StringComparison.Ordinal);
        Assert.DoesNotContain("E-", json, StringComparison.OrdinalIgnoreCase);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(value, document.RootElement.GetProperty("figures").GetProperty(SampleReports.Fee).GetDecimal());
    }

    [Fact]
    public void An_offices_report_carries_its_findings_as_the_validation_report_does_and_is_valid()
    {
        var json = Encoding.UTF8.GetString(ReportJson.Render(SampleReports.Office(1190m)));

        AssertValid(json);
        var contract = ContractJson.ReadReport(json)!;
        Assert.Equal(new ReportBodyContract("edu", "二道区教育局"), contract.Body);
        Assert.Null(contract.Version);
        Assert.Null(contract.PublishedUtc);
        Assert.Equal(new ReportNarrativeContract(null, null, null), contract.Narrative);
        Assert.Equal(
            ["narrative.missing", "narrative.missing", "narrative.missing", "requests.handled_sum", "requests.handled_sum"],
            contract.Findings.Select(f => f.Rule));
        var handled = contract.Findings[3];
        Assert.Equal(new FindingContract("requests.handled_sum", "error", "requests.handled_total.natural_person", null, handled.Message), handled);
        Assert.Equal(new ReportOfficeContract("edu", "二道区教育局", "edu-0001", new string('a', 64)), Assert.Single(contract.Offices));
    }

    [Fact]
    public void The_narrative_is_plain_text_with_headings_on_their_own_lines()
    {
        var contract = ReportJson.ToContract(SampleReports.District());

        var overall = contract.Narrative.Overall!.Split('\n');
        Assert.StartsWith("本报告依据《中华人民共和国政府信息公开条例》编制", overall[0], StringComparison.Ordinal);
        Assert.Equal("（一）主动公开", overall[1]);
        Assert.Contains("1. 统一申请登记台账，每件申请明确承办人和办理时限；", overall);
        Assert.Contains("栏目\t本年更新条数\t责任单位", overall);
        Assert.Equal("本年度未收取信息处理费。", contract.Narrative.Other);
        Assert.Equal(2, contract.Narrative.Problems!.Split('\n').Length);
    }

    [Fact]
    public void The_schema_names_exactly_the_forms_figures_with_their_kinds()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "report.schema.json")))!;
        var figures = schema["properties"]!["figures"]!;

        var form = NationalForm.Edition2021.Figures;
        Assert.Equal(form.Select(f => f.Key), figures["required"]!.AsArray().Select(k => k!.GetValue<string>()));
        Assert.All(form, f => Assert.Equal(
            f.Kind == FigureKind.Amount10kYuan ? "#/$defs/amount_10k_yuan" : "#/$defs/count",
            figures["properties"]![f.Key]!["$ref"]!.GetValue<string>()));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"]!.GetValue<string>());
    }

    [Fact]
    public void A_report_missing_a_figure_fails_the_schema()
    {
        var report = Node();
        report["figures"]!.AsObject().Remove("requests.received.total");

        AssertInvalid(report);
    }

    [Theory]
    [InlineData("\"181\"")]
    [InlineData("-1")]
    [InlineData("181.5")]
    [InlineData("null")]
    public void A_count_that_is_not_a_whole_number_at_least_zero_fails_the_schema(string value)
    {
        var report = Node();
        report["figures"]!["requests.received.total"] = JsonNode.Parse(value);

        AssertInvalid(report);
    }

    [Theory]
    [InlineData("\"1190\"", false)]
    [InlineData("1190.00001", false)]
    [InlineData("-0.0001", false)]
    [InlineData("1190.0001", true)]
    public void The_fee_is_a_number_of_at_most_four_decimals(string value, bool valid)
    {
        var report = Node();
        report["figures"]![SampleReports.Fee] = JsonNode.Parse(value);

        Assert.Equal(valid, Evaluate(report.ToJsonString()).IsValid);
    }

    [Fact]
    public void An_unknown_figure_or_a_missing_member_fails_the_schema()
    {
        var extra = Node();
        extra["figures"]!["requests.received.martians"] = 1;
        AssertInvalid(extra);

        var noOffices = Node();
        noOffices.AsObject().Remove("offices");
        AssertInvalid(noOffices);

        var badSeverity = Node();
        badSeverity["findings"] = JsonNode.Parse("""[{"rule":"requests.balance","severity":"fatal","cell":null,"location":null,"message":"x"}]""");
        AssertInvalid(badSeverity);
    }

    private static JsonNode Node() => JsonNode.Parse(ReportJson.Render(SampleReports.District()))!;

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static void AssertValid(string json)
    {
        var results = Evaluate(json);
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    private static void AssertInvalid(JsonNode report) => Assert.False(Evaluate(report.ToJsonString()).IsValid);
}
