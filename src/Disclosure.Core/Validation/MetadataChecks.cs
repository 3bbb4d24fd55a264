using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Workbooks;

namespace Disclosure.Validation;

/// <summary>
/// An office submission names its office and year. A year that is not a year, or not this form's
/// year, is an error in any submission. The template's metadata block is checked in workbooks only: a
/// missing field or an unknown template version is a warning (the upload path also names office and
/// year, and ingest checks identity against it), while a CSV need only carry what it states.
/// </summary>
internal static class MetadataChecks
{
    public static void Run(FormDocument document, ValidationOptions options, List<Finding> findings)
    {
        if (document.Metadata.TryGetValue(NationalForm.MetaYear, out var yearText) && !string.IsNullOrWhiteSpace(yearText))
        {
            CheckYear(document, options, yearText.Trim(), findings);
        }

        if (document.Format == SourceFormat.Workbook)
        {
            CheckTemplateBlock(document, findings);
        }
    }

    private static void CheckTemplateBlock(FormDocument document, List<Finding> findings)
    {
        foreach (var field in document.Form.Metadata.Where(m => m.Required))
        {
            if (string.IsNullOrWhiteSpace(document.Metadata.GetValueOrDefault(field.Key)))
            {
                findings.Add(Finding.Warning(ReadingRules.MetaMissing, $"未填写{field.Label}({field.Key})。", field.Key, document.LocationOf(field.Key)));
            }
        }

        if (document.Metadata.TryGetValue(NationalForm.MetaTemplateVersion, out var version) &&
            !string.IsNullOrWhiteSpace(version) && !TemplateWriter.IsKnownVersion(version.Trim()))
        {
            findings.Add(Finding.Warning(ReadingRules.MetaUnknownTemplateVersion,
                $"模板版本“{version}”不是本系统生成的版本,请使用最新模板({TemplateWriter.TemplateVersion})。", NationalForm.MetaTemplateVersion,
                document.LocationOf(NationalForm.MetaTemplateVersion)));
        }
    }

    private static void CheckYear(FormDocument document, ValidationOptions options, string yearText, List<Finding> findings)
    {
        var location = document.LocationOf(NationalForm.MetaYear);
        if (!document.TryGetStatedYear(out var year))
        {
            findings.Add(Finding.Error(ReadingRules.MetaInvalidYear, $"报告年度“{yearText}”不是有效的年份,应为四位数字,如 {options.CurrentYear - 1}。", NationalForm.MetaYear, location));
            return;
        }

        if (options.ExpectedYear is { } expected && expected != year)
        {
            findings.Add(Finding.Error(ReadingRules.MetaWrongYear, $"报告年度填的是 {year} 年,但本次报送的是 {expected} 年度的报告,请使用 {expected} 年度的模板。", NationalForm.MetaYear, location));
        }
        else if (year < document.Form.FirstReportYear)
        {
            findings.Add(Finding.Error(ReadingRules.MetaWrongYear,
                $"报告年度 {year} 年早于{document.Form.Title}的适用年度({document.Form.FirstReportYear} 年起),格式不适用。", NationalForm.MetaYear, location));
        }
        else if (year > options.CurrentYear)
        {
            findings.Add(Finding.Error(ReadingRules.MetaWrongYear, $"报告年度 {year} 年尚未结束,无法报送年度报告。", NationalForm.MetaYear, location));
        }
    }
}
