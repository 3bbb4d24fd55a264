namespace Disclosure.Form;

/// <summary>One of the form's figures: a cell of a table, named by its cell key.</summary>
public sealed class FigureDefinition
{
    internal FigureDefinition(FormTable table, FormRow row, FormColumn column)
    {
        Table = table;
        Row = row;
        Column = column;
        Key = table.Code is null
            ? $"{table.Section.Code}.{row.Code}.{column.Code}"
            : $"{table.Section.Code}.{table.Code}.{row.Code}.{column.Code}";
    }

    public string Key { get; }

    public FormSection Section => Table.Section;

    public FormTable Table { get; }

    public FormRow Row { get; }

    public FormColumn Column { get; }

    public FigureKind Kind => Table.Kind;

    /// <summary>Where a clerk finds it on the form, in the form's words: "三、… (七)总计 · 自然人".</summary>
    public string Label => Table.Code is null
        ? $"{Row.FullLabel} · {Column.FullLabel}"
        : $"{Table.Heading} {Row.Label} · {Column.Label}";

    public override string ToString() => Key;
}
