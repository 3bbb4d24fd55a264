using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Tests.Workbooks;
using Disclosure.Validation;
using Disclosure.Workbooks;

namespace Disclosure.Tests.Validation;

/// <summary>
/// The metadata block: a workbook's missing field or unknown template version is a warning on its cell; the year's
/// boundaries (the form's first year, the current year); a previous year's file that cannot be read.
/// </summary>
public class MetadataChecksTests
{
    private static readonly FormEdition Form = NationalForm.Edition2021;
    private static readonly ValidationOptions Options = new() { ExpectedYear = 2023, CurrentYear = 2024 };

    private static ValidationReport ReadAndValidate(byte[] workbook) =>
        FormValidator.Validate(XlsxFormReader.Read(workbook, "office.xlsx", ReadLimits.Default, Form), options: Options);

    [Fact]
    public void A_workbook_without_the_office_name_gets_a_warning_on_that_cell_and_is_still_accepted()
    {
        var bytes = WorkbookEditing.Edit(FilledTemplate.Create(FilledTemplate.ConsistentFigures()), e => e.Clear("meta.office_name"));

        var report = ReadAndValidate(bytes);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("meta.missing", Severity.Warning, "meta.office_name"), (finding.Rule, finding.Severity, finding.Cell));
        Assert.Equal("未填写机关名称(meta.office_name)。", finding.Message);
        Assert.Equal(ValidationStatus.Accepted, report.Status);
        Assert.Equal((0, 1), (report.ErrorCount, report.WarningCount));
    }

    [Fact]
    public void A_template_version_this_system_never_wrote_is_a_warning()
    {
        var bytes = WorkbookEditing.Edit(FilledTemplate.Create(FilledTemplate.ConsistentFigures()), e => e.SetText("meta.template_version", "2019.3"));

        var finding = Assert.Single(ReadAndValidate(bytes).Findings);

        Assert.Equal(("meta.unknown_template_version", Severity.Warning, "meta.template_version"), (finding.Rule, finding.Severity, finding.Cell));
        Assert.Equal("模板版本“2019.3”不是本系统生成的版本,请使用最新模板(2021.1)。", finding.Message);
    }

    [Fact]
    public void A_blank_year_or_template_version_is_missing_not_invalid_or_unknown()
    {
        var document = Workbook(year: "  ", templateVersion: " ");

        var findings = FormValidator.Validate(new ReadResult(document, []), options: Options).Findings;

        Assert.Equal(
            [("meta.missing", "meta.year"), ("meta.missing", "meta.template_version")],
            findings.Select(f => (f.Rule, f.Cell!)));
    }

    [Fact]
    public void An_invalid_year_suggests_last_year_as_the_example()
    {
        var finding = Assert.Single(FormValidator.Validate(new ReadResult(Workbook(year: "二〇二三"), []), options: Options with { ExpectedYear = null }).Findings);

        Assert.Equal("meta.invalid_year", finding.Rule);
        Assert.Equal("报告年度“二〇二三”不是有效的年份,应为四位数字,如 2023。", finding.Message);
    }

    [Theory]
    [InlineData("2020", "meta.year_before_edition")]
    [InlineData("2021", null)] // the 2021 edition's first year
    [InlineData("2023", null)] // last year: the latest report there can be
    [InlineData("2024", "meta.year_not_ended")] // the current year itself has not ended
    [InlineData("2025", "meta.year_not_ended")]
    public void The_year_is_checked_against_the_editions_first_year_and_the_current_year(string year, string? rule)
    {
        var findings = FormValidator.Validate(new ReadResult(Workbook(year), []), options: Options with { ExpectedYear = null }).Findings;

        Assert.Equal(rule is null ? [] : [rule], findings.Select(f => f.Rule));
    }

    [Fact]
    public void A_previous_years_file_that_cannot_be_read_is_a_warning_quoting_why()
    {
        var unreadable = FormFileReader.Read([], "2022.csv");

        var finding = Assert.Single(FormValidator.Validate(new ReadResult(Workbook(), []), unreadable, Options).Findings);

        Assert.Equal(("carry.previous_unreadable", Severity.Warning), (finding.Rule, finding.Severity));
        Assert.Equal("上一年度的文件无法读取,未核对上年结转:" + Assert.Single(unreadable.Findings).Message, finding.Message);
    }

    [Fact]
    public void A_previous_year_with_neither_document_nor_finding_is_said_to_be_unreadable()
    {
        var finding = Assert.Single(FormValidator.Validate(new ReadResult(Workbook(), []), new ReadResult(null, []), Options).Findings);

        Assert.Equal("上一年度的文件无法读取,未核对上年结转:无法读取", finding.Message);
    }

    /// <summary>A workbook's document as a reader would leave it: consistent figures, the metadata block filled.</summary>
    private static FormDocument Workbook(string year = "2023", string templateVersion = "2021.1")
    {
        var document = new FormDocument(Form, SourceFormat.Workbook);
        foreach (var (key, value) in FilledTemplate.ConsistentFigures(Form))
        {
            document.SetFigure(key, value, null);
        }

        document.SetMetadata(NationalForm.MetaOfficeId, "220105001", "统计表!D4");
        document.SetMetadata(NationalForm.MetaOfficeName, "长春市二道区人民政府办公室", "统计表!D5");
        document.SetMetadata(NationalForm.MetaYear, year, "统计表!D6");
        document.SetMetadata(NationalForm.MetaTemplateVersion, templateVersion, "统计表!D7");
        return document;
    }
}
