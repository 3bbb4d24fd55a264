using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.Tests.Validation;

public class ValidationReportJsonTests
{
    [Fact]
    public void Findings_read_back_from_the_json_are_the_findings_written()
    {
        var figures = ConsistentForms.Create(3);
        figures["requests.handled_total.natural_person"] += 1;
        figures["proactive.art20_1.regulations.in_force"] = figures["proactive.art20_1.regulations.issued"] - 1;
        var report = Forms.ValidateAsCsv(figures);

        var read = ValidationReportJson.ReadFindings(ValidationReportJson.ToJson(report));

        Assert.NotEmpty(report.Findings);
        Assert.Equal(report.Findings, read);
    }

    [Fact]
    public void An_unreadable_files_single_finding_reads_back_without_cell_or_location()
    {
        var report = FormValidator.Validate(FormFileReader.Read([], "edu.csv"));

        var finding = Assert.Single(ValidationReportJson.ReadFindings(ValidationReportJson.ToJson(report)));

        Assert.Equal(("file.empty", null, null), (finding.Rule, finding.Cell, finding.Location));
    }

    [Fact]
    public void A_report_read_in_part_says_so_and_names_the_figures_left_out_in_the_forms_order()
    {
        // Pingtan 2024's 行政规范性文件 6233440: two splits fit, so the row is left out and the rest read.
        var figures = ConsistentForms.Create(3);
        figures["proactive.art20_1.normative_documents.issued"] = 62;
        figures["proactive.art20_1.normative_documents.repealed"] = 3;
        figures["proactive.art20_1.normative_documents.in_force"] = 3440;
        var report = FormValidator.Validate(Disclosure.Tests.PublishedReports.ReportReading.ReadText(Disclosure.Tests.PublishedReports.CrawlerTextReport.Render(figures)));

        using var json = System.Text.Json.JsonDocument.Parse(ValidationReportJson.ToJson(report));
        var whole = ValidationReportJson.ToContract(Forms.ValidateAsCsv(ConsistentForms.Create(3)));

        Assert.True(json.RootElement.GetProperty("read_in_part").GetBoolean());
        var unread = json.RootElement.GetProperty("unread_figures").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(report.Document!.Form.Figures.Select(f => f.Key).Where(report.Document.UnreadFigures.Contains), unread);
        Assert.Contains("proactive.art20_1.normative_documents.in_force", unread);
        Assert.False(json.RootElement.GetProperty("figures").TryGetProperty("proactive.art20_1.normative_documents.issued", out _));
        Assert.False(whole.ReadInPart);
        Assert.Empty(whole.UnreadFigures);
    }

    [Fact]
    public void The_json_has_the_contracts_exact_shape_with_chinese_unescaped()
    {
        var report = FormValidator.Validate(FormFileReader.Read([], "edu.csv"));
        var finding = Assert.Single(report.Findings);

        var expected = $$"""
            {
              "status": "rejected",
              "meta": {},
              "figures": {},
              "read_in_part": false,
              "unread_figures": [],
              "findings": [
                {
                  "rule": "file.empty",
                  "severity": "error",
                  "cell": null,
                  "location": null,
                  "message": "{{finding.Message}}"
                }
              ]
            }
            """.ReplaceLineEndings(Environment.NewLine);
        Assert.Equal(expected, ValidationReportJson.ToJson(report));
        Assert.Contains(finding.Message, ValidationReportJson.ToJson(report), StringComparison.Ordinal);
    }

    [Fact]
    public void An_accepted_report_has_its_metadata_and_figures_in_the_forms_order_and_warnings_named_so()
    {
        var figures = ConsistentForms.Create(4);
        figures["proactive.art20_1.regulations.issued"] = 5;
        figures["proactive.art20_1.regulations.in_force"] = 4; // a warning only
        var metadata = ConsistentForms.Metadata();
        var report = Forms.ValidateAsCsv(figures, metadata);

        var contract = ValidationReportJson.ToContract(report);

        Assert.Equal("accepted", contract.Status);
        Assert.Equal(["meta.office_id", "meta.office_name", "meta.year", "meta.template_version", "meta.contact"], contract.Meta.Keys);
        Assert.Equal("二道区教育局", contract.Meta["meta.office_name"]);
        Assert.Equal(200, contract.Figures.Count);
        Assert.Equal("proactive.art20_1.regulations.issued", contract.Figures.GetAt(0).Key);
        Assert.Equal("requests.received.natural_person", contract.Figures.GetAt(10).Key);
        Assert.Equal("appeals.litigation_after_review.total", contract.Figures.GetAt(199).Key);
        Assert.All(contract.Figures, f => Assert.Equal(figures[f.Key], f.Value));
        var warning = Assert.Single(contract.Findings);
        Assert.Equal(("proactive.in_force", "warning"), (warning.Rule, warning.Severity));
    }

    [Fact]
    public void A_report_without_findings_reads_back_as_none_and_a_null_rule_or_message_as_empty()
    {
        Assert.Empty(ValidationReportJson.ReadFindings("""{"status":"accepted"}"""));

        var finding = Assert.Single(ValidationReportJson.ReadFindings(
            """{"findings":[{"rule":null,"severity":"warning","cell":null,"location":null,"message":null}]}"""));

        Assert.Equal(("", Disclosure.Form.Severity.Warning, ""), (finding.Rule, finding.Severity, finding.Message));
    }
}
