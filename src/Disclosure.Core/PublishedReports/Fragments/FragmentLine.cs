namespace Disclosure.PublishedReports.Fragments;

/// <summary>
/// One line of a report's text as the fragment reader sees it: the label text printed before its figures, and the
/// figure cells after the last label text. A line whose text follows a figure ("（其中修订 16 件）") is mixed: its
/// figures cannot be told apart from words.
/// </summary>
internal sealed class FragmentLine
{
    private FragmentLine(int index, IReadOnlyList<ReportToken> label, IReadOnlyList<ReportToken> figures, bool mixed)
    {
        Index = index;
        Label = label;
        Figures = figures;
        Mixed = mixed;
        LabelKey = ReportLabels.Key(string.Concat(label.Select(t => t.Text)));
    }

    /// <summary>Zero-based line number.</summary>
    public int Index { get; }

    /// <summary>The text tokens before the figures (empty cells among them dropped).</summary>
    public IReadOnlyList<ReportToken> Label { get; }

    /// <summary>The figure and empty cells after the last text token.</summary>
    public IReadOnlyList<ReportToken> Figures { get; }

    public bool Mixed { get; }

    public string LabelKey { get; }

    public string Location => $"第{Index + 1}行";

    public int NumberCount => Figures.Count(t => t.Kind == ReportTokenKind.Number);

    public bool HasFigures => Mixed || NumberCount > 0;

    public string Printed => string.Join(" ", Figures.Where(t => t.Kind == ReportTokenKind.Number).Select(t => t.Text));

    /// <summary>Exactly <paramref name="count"/> figures, empty cells only after them (table padding).</summary>
    public bool IsWholeRowOf(int count) =>
        NumberCount == count && Figures.Take(count).All(t => t.Kind == ReportTokenKind.Number);

    public static FragmentLine Of(int index, IEnumerable<ReportToken> tokens)
    {
        var all = tokens.ToList();
        var lastText = all.FindLastIndex(t => t.Kind == ReportTokenKind.Text);
        var firstNumber = all.FindIndex(t => t.Kind == ReportTokenKind.Number);
        var label = all.Take(lastText + 1).Where(t => t.Kind == ReportTokenKind.Text).ToList();
        var figures = all.Skip(lastText + 1).ToList();
        return new FragmentLine(index, label, figures, mixed: firstNumber >= 0 && firstNumber < lastText);
    }
}
