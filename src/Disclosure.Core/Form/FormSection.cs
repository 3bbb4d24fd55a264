namespace Disclosure.Form;

/// <summary>One of the report's six sections. Sections 一, 五 and 六 are narrative and have no tables.</summary>
public sealed class FormSection
{
    public FormSection(string number, string code, string heading, IReadOnlyList<FormTable> tables)
    {
        Number = number;
        Code = code;
        Heading = heading;
        Tables = tables;
        foreach (var table in tables)
        {
            table.Section = this;
        }
    }

    /// <summary>The form's numeral: 一 … 六.</summary>
    public string Number { get; }

    public string Code { get; }

    public string Heading { get; }

    /// <summary>"二、主动公开政府信息情况".</summary>
    public string Title => $"{Number}、{Heading}";

    public IReadOnlyList<FormTable> Tables { get; }

    public bool IsNarrative => Tables.Count == 0;
}
