using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;
using Disclosure.Workbooks;

namespace Disclosure.Tests.Validation;

/// <summary>Shortcuts: validate figures as a CSV submission, the way an office would send them.</summary>
public static class Forms
{
    public static ValidationReport ValidateAsCsv(IReadOnlyDictionary<string, decimal> figures, IReadOnlyDictionary<string, string>? metadata = null, ValidationOptions? options = null)
    {
        var csv = CsvFormWriter.Write(figures, metadata ?? ConsistentForms.Metadata());
        var read = FormFileReader.Read(System.Text.Encoding.UTF8.GetBytes(csv), "form.csv");
        return FormValidator.Validate(read, null, options);
    }

    public static HashSet<(string Rule, string Cell)> RuleFindings(ValidationReport report) =>
        [.. report.Findings.Where(f => f.Cell is not null).Select(f => (f.Rule, f.Cell!))];

    public static IEnumerable<Finding> Errors(ValidationReport report) => report.Findings.Where(f => f.Severity == Severity.Error);
}
