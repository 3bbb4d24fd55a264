namespace Disclosure.Form;

/// <summary>A metadata cell of an office workbook (meta.office_id …).</summary>
public sealed record MetadataField(string Key, string Label, bool Required);
