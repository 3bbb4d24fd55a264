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
}
