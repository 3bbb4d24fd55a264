namespace Disclosure.Reading;

/// <summary>Rule ids of findings raised while reading a file, before any form rule applies.</summary>
public static class ReadingRules
{
    public const string FileNotFound = "file.not_found";
    public const string FileEmpty = "file.empty";
    public const string FileTooLarge = "file.too_large";
    public const string FileNotZip = "file.not_zip";
    public const string FileCorrupt = "file.corrupt";
    public const string FileZipBomb = "file.zip_bomb";
    public const string FileEncrypted = "file.encrypted";
    public const string FileLegacyXls = "file.legacy_xls";
    public const string FileMacroEnabled = "file.macro_enabled";
    public const string FileDtd = "file.dtd_forbidden";
    public const string FileTooManyCells = "file.too_many_cells";
    public const string FileNotText = "file.not_text";
    public const string FileUnknownFormat = "file.unknown_format";

    /// <summary>A published report whose figures cannot be read with certainty.</summary>
    public const string ReportUnreadable = "report.unreadable";

    /// <summary>A published report that departs from the form in a way that was read, not guessed (one-row (六), blanks for zero).</summary>
    public const string ReportVariant = "report.variant";

    public const string StructureMissingCell = "structure.missing_cell";
    public const string StructureDuplicateCell = "structure.duplicate_cell";
    public const string StructureUnknownKey = "structure.unknown_key";
    public const string StructureNoFigures = "structure.no_figures";

    public const string CellNotANumber = "cell.not_a_number";
    public const string CellNumberAsText = "cell.number_as_text";
    public const string CellFormulaWithoutValue = "cell.formula_without_value";
    public const string CellErrorValue = "cell.error_value";
    public const string CellBlank = "cell.blank";
    public const string CellNotInteger = "cell.not_integer";
    public const string CellNegative = "cell.negative";
    public const string CellTooManyDecimals = "cell.too_many_decimals";

    public const string MetaMissing = "meta.missing";
    public const string MetaInvalidYear = "meta.invalid_year";
    public const string MetaWrongYear = "meta.wrong_year";
    public const string MetaUnknownTemplateVersion = "meta.unknown_template_version";
}
