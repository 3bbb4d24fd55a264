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
    public void The_json_has_the_contracts_exact_shape_with_chinese_unescaped()
    {
        var report = FormValidator.Validate(FormFileReader.Read([], "edu.csv"));
        var finding = Assert.Single(report.Findings);

        var expected = $$"""
            {
              "status": "rejected",
              "meta": {},
              "figures": {},
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
