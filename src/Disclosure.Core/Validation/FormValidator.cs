using Disclosure.Form;
using Disclosure.Reading;

namespace Disclosure.Validation;

/// <summary>
/// Checks a document against the form: structure (missing cells), metadata, each cell (sign,
/// decimals), the form's arithmetic rules and, given the previous year, carry-over continuity.
/// Totals are checked as reported, never recomputed.
/// </summary>
public static class FormValidator
{
    public static ValidationReport Validate(ReadResult read, ReadResult? previous = null, ValidationOptions? options = null)
    {
        if (read.Document is null)
        {
            return new ValidationReport(null, read.Findings);
        }

        options ??= ValidationOptions.Default;
        var document = read.Document;
        var findings = new List<Finding>(read.Findings);
        StructureChecks.Run(document, findings);
        if (document.Kind == DocumentKind.OfficeSubmission)
        {
            MetadataChecks.Run(document, options, findings);
        }

        CellChecks.Run(document, findings);
        ArithmeticChecks.Run(document, findings);
        if (previous is not null)
        {
            ContinuityChecks.Run(document, previous, findings);
        }

        return new ValidationReport(document, findings);
    }
}
