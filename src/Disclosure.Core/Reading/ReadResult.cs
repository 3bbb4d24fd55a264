using Disclosure.Validation;

namespace Disclosure.Reading;

/// <summary>
/// A reader's answer: the document, or null when the file could not be read at all; and the findings
/// met on the way (at least one, saying why, when the document is null).
/// </summary>
public sealed record ReadResult(FormDocument? Document, IReadOnlyList<Finding> Findings)
{
    public bool IsUnreadable => Document is null;

    public static ReadResult Unreadable(Finding finding) => new(null, [finding]);
}
