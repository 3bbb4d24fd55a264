using Disclosure.Form;

namespace Disclosure.Validation;

/// <summary>
/// One thing wrong (or worth a look) in a file: the rule it breaks, how bad it is, the cell key the
/// rule names, where it sits in the file (sheet!A1, 第N行, 第N页) and a message in the form's own words.
/// </summary>
public sealed record Finding(string Rule, Severity Severity, string? Cell, string? Location, string Message)
{
    public static Finding Error(string rule, string message, string? cell = null, string? location = null) =>
        new(rule, Severity.Error, cell, location, message);

    public static Finding Warning(string rule, string message, string? cell = null, string? location = null) =>
        new(rule, Severity.Warning, cell, location, message);
}
