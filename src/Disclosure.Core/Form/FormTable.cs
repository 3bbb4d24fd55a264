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

    public FormRow Row(string code) => Rows.Single(r => r.Code == code);
}
