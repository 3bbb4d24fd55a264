using Disclosure.Form;

namespace Disclosure.PublishedReports.Flattened;

/// <summary>
/// One run of digits that holds the figures of one or more form rows (四's three groups print as one run), where the
/// run starts in the text, and the cuts a gap forces.
/// </summary>
internal sealed record RowDigits(
    string Name,
    IReadOnlyList<FigureDefinition> Figures,
    string Digits,
    IReadOnlySet<int> ForcedCuts,
    string Location)
{
    /// <summary>The digits as printed, with a space where the print had a gap.</summary>
    public string Printed => string.Concat(Digits.Select((c, i) => ForcedCuts.Contains(i) ? " " + c : c.ToString()));
}
