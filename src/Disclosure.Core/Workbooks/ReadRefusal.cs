using Disclosure.Validation;

namespace Disclosure.Workbooks;

/// <summary>Raised deep inside the reader when the file must be refused as a whole; becomes an unreadable ReadResult.</summary>
internal sealed class ReadRefusal(Finding finding) : Exception(finding.Message)
{
    public Finding Finding { get; } = finding;

    public string Rule => Finding.Rule;
}
