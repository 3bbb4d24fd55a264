using Disclosure.Form;

namespace Disclosure.Validation;

/// <summary>
/// One thing wrong (or worth a look) in a file: the rule it breaks, how bad it is, the cell key the
/// rule names, where it sits in the file (sheet!A1, 第N行, 第N页) and a message in the form's own words.
/// Made by raising a catalogue <see cref="Rule"/> (or read back from a stored report), never composed
/// elsewhere, so every finding's id, severity and wording come from <see cref="Rules"/>.
/// </summary>
public sealed record Finding
{
    internal Finding(string rule, Severity severity, string? cell, string? location, string message)
    {
        Rule = rule;
        Severity = severity;
        Cell = cell;
        Location = location;
        Message = message;
    }

    public string Rule { get; }

    public Severity Severity { get; }

    public string? Cell { get; }

    public string? Location { get; }

    public string Message { get; }
}
