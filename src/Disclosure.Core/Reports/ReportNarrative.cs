using Disclosure.Form;

namespace Disclosure.Reports;

/// <summary>
/// The report's narrative sections by the form's section code: 一 <c>overview</c>, 五 <c>problems</c>,
/// 六 <c>other_matters</c> (<see cref="FormEdition.NarrativeSections"/>). A section that no one wrote is
/// absent; renderers print <see cref="Placeholder"/> in its place.
/// </summary>
public sealed record ReportNarrative(IReadOnlyDictionary<string, NarrativeSection> Sections)
{
    /// <summary>What a draft shows where a narrative section is missing.</summary>
    public const string Placeholder = "【待补充】";

    public static ReportNarrative Empty { get; } = new(new Dictionary<string, NarrativeSection>(StringComparer.Ordinal));

    public NarrativeSection? Section(string code) => Sections.GetValueOrDefault(code);

    /// <summary>Whether every narrative section of the edition is present and not empty.</summary>
    public bool IsComplete(FormEdition edition) =>
        edition.NarrativeSections.All(s => Section(s.Code) is { Blocks.Count: > 0 });
}

/// <summary>One narrative section as a sequence of blocks, kept in the structure its author gave it.</summary>
public sealed record NarrativeSection(IReadOnlyList<NarrativeBlock> Blocks);

/// <summary>A piece of narrative: a sub-heading (（一）…), a paragraph, a list or a table.</summary>
public abstract record NarrativeBlock;

/// <summary>A sub-heading inside a section, "（一）主动公开情况": bold in print, a heading on the page.</summary>
public sealed record NarrativeHeading(string Text) : NarrativeBlock;

/// <summary>A paragraph of body text (first-line indent of two characters in print).</summary>
public sealed record NarrativeParagraph(string Text) : NarrativeBlock;

/// <summary>A list; <paramref name="Ordered"/> when its author numbered it.</summary>
public sealed record NarrativeList(IReadOnlyList<string> Items, bool Ordered) : NarrativeBlock;

/// <summary>A table as its author drew it: rows of cell text, the first row its header.</summary>
public sealed record NarrativeTable(IReadOnlyList<IReadOnlyList<string>> Rows) : NarrativeBlock;
