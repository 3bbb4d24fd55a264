using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Samples;
using Disclosure.Validation;
using Disclosure.Workbooks;

namespace Disclosure.Tests.Workbooks;

/// <summary>Workbooks read and then validated: what an office sees after an upload.</summary>
public class WorkbookValidationTests
{
    private static readonly FormEdition Form = NationalForm.Edition2021;

    private static ValidationReport ReadAndValidate(byte[] bytes) =>
        FormValidator.Validate(XlsxFormReader.Read(bytes, "office.xlsx", ReadLimits.Default, Form), options: new ValidationOptions { ExpectedYear = 2023, CurrentYear = 2024 });

    [Fact]
    public void A_consistent_filled_template_is_accepted()
    {
        var report = ReadAndValidate(FilledTemplate.Create(FilledTemplate.ConsistentFigures()));

        Assert.DoesNotContain(report.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(ValidationStatus.Accepted, report.Status);
    }

    [Fact]
    public void The_seed_figures_in_a_template_break_exactly_the_handled_sum_twice_on_the_right_cells()
    {
        var bytes = FilledTemplate.Create(SeedFigures2022.Figures);
        // TemplateLayout, typed by hand: (七)总计 is row 53; 自然人 is column D, 总计 column J.
        var expected = new Dictionary<string, string>
        {
            ["requests.handled_total.natural_person"] = "统计表!D53",
            ["requests.handled_total.total"] = "统计表!J53",
        };

        var report = ReadAndValidate(bytes);

        Assert.Equal(2, report.ErrorCount);
        Assert.All(report.Findings.Where(f => f.Severity == Severity.Error), f => Assert.Equal("requests.handled_sum", f.Rule));
        Assert.Equal(expected, report.Findings.Where(f => f.Severity == Severity.Error).ToDictionary(f => f.Cell!, f => f.Location!));
    }

    [Fact]
    public void A_text_cell_is_reported_once_not_also_as_missing()
    {
        var bytes = WorkbookEditing.Edit(FilledTemplate.Create(FilledTemplate.ConsistentFigures()), e => e.SetText("appeals.review.pending", "0"));

        var report = ReadAndValidate(bytes);

        var finding = Assert.Single(report.Findings, f => f.Cell == "appeals.review.pending");
        Assert.Equal(Rules.CellNumberAsText.Id, finding.Rule);
        Assert.Equal(ValidationStatus.Rejected, report.Status);
    }
}
