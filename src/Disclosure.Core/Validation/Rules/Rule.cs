using System.Globalization;
using System.Text.RegularExpressions;
using Disclosure.Form;

namespace Disclosure.Validation;

/// <summary>
/// One entry of the rule catalogue (<see cref="Rules"/>): what an office can be told, with its severity,
/// a short title and the message template. Placeholders in the template are named in Chinese ({项目},
/// {填报值}) so the catalogue reads as it will be shown; <see cref="Raise(object?[])"/> fills them in
/// the order they first appear. Findings are made only here, so no call site picks a severity or wording.
/// </summary>
public sealed partial class Rule
{
    private readonly string[] _parameters;

    // The template cut at its placeholders once: literal text, then the parameter index (or -1 for literal only).
    private readonly (string Text, int Parameter)[] _parts;

    internal Rule(string id, Severity severity, string title, string message)
    {
        Id = id;
        Severity = severity;
        Title = title;
        Message = message;
        _parameters = [.. Placeholder().Matches(message).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];
        var parts = new List<(string, int)>();
        var at = 0;
        foreach (Match m in Placeholder().Matches(message))
        {
            parts.Add((message[at..m.Index], Array.IndexOf(_parameters, m.Groups[1].Value)));
            at = m.Index + m.Length;
        }

        parts.Add((message[at..], -1));
        _parts = [.. parts];
    }

    /// <summary>The rule id findings carry, "cell.blank" (FORM.md's ids for the form's arithmetic rules).</summary>
    public string Id { get; }

    public Severity Severity { get; }

    /// <summary>A short Chinese name of the rule, "未填写".</summary>
    public string Title { get; }

    /// <summary>The message template, "{项目}:未填写,无数据请填 0。".</summary>
    public string Message { get; }

    /// <summary>The template's placeholders, in the order <see cref="Format"/> takes their values.</summary>
    public IReadOnlyList<string> Parameters => _parameters;

    /// <summary>A finding of this rule about the file as a whole (no cell, no place in it).</summary>
    public Finding Raise(params object?[] values) => RaiseAt(null, null, values);

    /// <summary>A finding of this rule on a cell key and/or a place in the file (sheet!A1, 第N行, 第N页).</summary>
    public Finding RaiseAt(string? cell, string? location, params object?[] values) =>
        new(Id, Severity, cell, location, Format(values));

    /// <summary>The message with its placeholders filled, in the order of <see cref="Parameters"/>.</summary>
    public string Format(params object?[] values)
    {
        if (values.Length != _parameters.Length)
        {
            throw new ArgumentException(
                $"Rule {Id} takes {_parameters.Length} values ({string.Join(", ", _parameters)}), got {values.Length}.", nameof(values));
        }

        if (values.Length == 0)
        {
            return Message;
        }

        // Findings are made by the hundred for a report read by splitting digits: no regex per message.
        var text = new System.Text.StringBuilder(Message.Length + 64);
        foreach (var (literal, parameter) in _parts)
        {
            text.Append(literal);
            if (parameter >= 0)
            {
                text.Append(Convert.ToString(values[parameter], CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    public override string ToString() => Id;

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex Placeholder();
}
