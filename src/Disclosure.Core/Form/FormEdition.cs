using System.Collections.Frozen;

namespace Disclosure.Form;

/// <summary>
/// One edition of the national form: its sections, the figures they hold in the form's order, the
/// metadata of an office workbook, and the arithmetic rules. Everything else is driven from this.
/// </summary>
public sealed class FormEdition
{
    private readonly FrozenDictionary<string, FigureDefinition> _figuresByKey;

    internal FormEdition(
        string name,
        string title,
        int firstReportYear,
        IReadOnlyList<FormSection> sections,
        IReadOnlyList<MetadataField> metadata,
        IReadOnlyList<FormRow> requestOutcomes,
        Func<FormEdition, IReadOnlyList<ArithmeticCheck>> checks,
        Func<FormEdition, IReadOnlyList<ContinuityCheck>> continuityChecks)
    {
        Name = name;
        Title = title;
        FirstReportYear = firstReportYear;
        Sections = sections;
        Metadata = metadata;
        RequestOutcomes = requestOutcomes;
        Figures = [.. sections.SelectMany(s => s.Tables).SelectMany(t => t.Rows.SelectMany(r => t.Columns.Select(c => new FigureDefinition(t, r, c))))];
        _figuresByKey = Figures.ToFrozenDictionary(f => f.Key, StringComparer.Ordinal);
        Checks = checks(this);
        ContinuityChecks = continuityChecks(this);
        Grids = TableGridBuilder.Build(this);
    }

    /// <summary>The edition's name, "2021".</summary>
    public string Name { get; }

    public string Title { get; }

    /// <summary>The first report year this edition applies to.</summary>
    public int FirstReportYear { get; }

    public IReadOnlyList<FormSection> Sections { get; }

    public IEnumerable<FormSection> NarrativeSections => Sections.Where(s => s.IsNarrative);

    public IEnumerable<FormTable> Tables => Sections.SelectMany(s => s.Tables);

    /// <summary>Every figure, in the form's reading order (section, table, row, column).</summary>
    public IReadOnlyList<FigureDefinition> Figures { get; }

    public IReadOnlyList<MetadataField> Metadata { get; }

    /// <summary>三's table, the applications received and how they were handled.</summary>
    public FormTable Requests => Section("requests").Tables[0];

    /// <summary>四's table, administrative reviews and lawsuits.</summary>
    public FormTable Appeals => Section("appeals").Tables[0];

    /// <summary>三's outcome rows, from (一)予以公开 to (六)3.其他: the rows (七)总计 adds up.</summary>
    public IReadOnlyList<FormRow> RequestOutcomes { get; }

    /// <summary>How the form draws its tables: one grid per section with tables (二, 三, 四), in the form's order.</summary>
    public IReadOnlyList<TableGrid> Grids { get; }

    public IReadOnlyList<ArithmeticCheck> Checks { get; }

    public IReadOnlyList<ContinuityCheck> ContinuityChecks { get; }

    public FormSection Section(string code) => Sections.Single(s => s.Code == code);

    public FigureDefinition Figure(string key) => _figuresByKey[key];

    public bool TryGetFigure(string key, out FigureDefinition figure) => _figuresByKey.TryGetValue(key, out figure!);

    public bool IsMetadataKey(string key) => Metadata.Any(m => m.Key == key);

    public FigureDefinition Figure(FormTable table, string row, string column) =>
        Figure(table.Code is null ? $"{table.Section.Code}.{row}.{column}" : $"{table.Section.Code}.{table.Code}.{row}.{column}");
}
