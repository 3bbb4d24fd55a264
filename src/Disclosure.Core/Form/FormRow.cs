namespace Disclosure.Form;

/// <summary>
/// A row of a form table. <paramref name="Number"/> is the form's own numbering (三(三)1);
/// <paramref name="GroupLabels"/> the headings above it that carry no figures ((三)不予公开).
/// </summary>
public sealed record FormRow(string Code, string Label, string Number, IReadOnlyList<string> GroupLabels)
{
    /// <summary>The label a clerk reads in messages: group heading and row, e.g. "(三)不予公开 1.属于国家秘密".</summary>
    public string FullLabel => GroupLabels.Count == 0 ? Label : $"{GroupLabels[^1]} {Label}";

    /// <summary>Alternative wordings seen in real reports, matched when reading by labels.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// Wordings of real reports that say something else than the form (规范性文件 for 行政规范性文件): a
    /// published report is read with them, and a warning that the label is not the form's.
    /// </summary>
    public IReadOnlyList<string> Variants { get; init; } = [];
}
