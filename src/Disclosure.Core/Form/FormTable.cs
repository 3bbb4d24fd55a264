namespace Disclosure.Form;

/// <summary>One table of the form. <see cref="Code"/> is null where the section is one table (三, 四).</summary>
public sealed class FormTable
{
    public FormTable(string? code, string heading, IReadOnlyList<FormRow> rows, IReadOnlyList<FormColumn> columns, FigureKind kind = FigureKind.Count)
    {
        Code = code;
        Heading = heading;
        Rows = rows;
        Columns = columns;
        Kind = kind;
    }

    public string? Code { get; }

    public string Heading { get; }

    public IReadOnlyList<FormRow> Rows { get; }

    public IReadOnlyList<FormColumn> Columns { get; }

    public FigureKind Kind { get; }

    public FormSection Section { get; internal set; } = null!;

    /// <summary>
    /// The text of the header corner above the row labels: 信息内容 in 二, the form's note on how 三's
    /// rows add up (本列数据的勾稽关系为…). Null where the form leaves it empty.
    /// </summary>
    public string? Corner { get; init; }

    /// <summary>
    /// Whether the form draws the table across the page (四): each row a band of columns over one data row,
    /// rather than one row per form row with the labels on the left.
    /// </summary>
    public bool DrawnAcross { get; init; }

    /// <summary>The headings that group rows and carry no figures, outermost first, each once: 三、本年度办理结果, (三)不予公开 ….</summary>
    public IEnumerable<string> RowGroupLabels => Rows.SelectMany(r => r.GroupLabels).Distinct(StringComparer.Ordinal);

    public FormRow Row(string code) => Rows.Single(r => r.Code == code);
}
