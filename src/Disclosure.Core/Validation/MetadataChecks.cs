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
                findings.Add(Rules.MetaMissing.RaiseAt(field.Key, document.LocationOf(field.Key), field.Label, field.Key));
            }
        }

        if (document.Metadata.TryGetValue(NationalForm.MetaTemplateVersion, out var version) &&
            !string.IsNullOrWhiteSpace(version) && !TemplateWriter.IsKnownVersion(version.Trim()))
        {
            findings.Add(Rules.MetaUnknownTemplateVersion.RaiseAt(NationalForm.MetaTemplateVersion, document.LocationOf(NationalForm.MetaTemplateVersion),
                version, TemplateWriter.TemplateVersion));
        }
    }

    private static void CheckYear(FormDocument document, ValidationOptions options, string yearText, List<Finding> findings)
    {
        var location = document.LocationOf(NationalForm.MetaYear);
        if (!document.TryGetStatedYear(out var year))
        {
            findings.Add(Rules.MetaInvalidYear.RaiseAt(NationalForm.MetaYear, location, yearText, options.CurrentYear - 1));
            return;
        }

        if (options.ExpectedYear is { } expected && expected != year)
        {
            findings.Add(Rules.MetaWrongYear.RaiseAt(NationalForm.MetaYear, location, year, expected));
        }
        else if (year < document.Form.FirstReportYear)
        {
            findings.Add(Rules.MetaYearBeforeEdition.RaiseAt(NationalForm.MetaYear, location, year, document.Form.Title, document.Form.FirstReportYear));
        }
        else if (year >= options.CurrentYear)
        {
            findings.Add(Rules.MetaYearNotEnded.RaiseAt(NationalForm.MetaYear, location, year));
        }
    }
}
