using Disclosure.Form;

namespace Disclosure.Validation;

/// <summary>
/// The rule catalogue: every rule a file can break, the only way to make a <see cref="Finding"/>.
/// One partial file per family (file, report, structure, cell, metadata, arithmetic, identity, consolidation and narrative);
/// <see cref="All"/> lists them in that order, as <c>disclosure rules</c> and docs/validation.md show them.
/// </summary>
public static partial class Rules
{
    private const Severity Error = Severity.Error;
    private const Severity Warning = Severity.Warning;

    // Assigned in the static constructor, which runs after the field initializers of every partial file
    // (whose relative order the language leaves open).
    static Rules()
    {
        All =
        [
            FileNotFound, FileEmpty, FileTooLarge, FileNotZip, FileCorrupt, FileZipBomb, FileEncrypted, FileLegacyXls,
            FileMacroEnabled, FileDtd, FileTooManyCells, FileTooManyPages, FileNotText, FileUnknownFormat,
            ReportUnreadable, ReportVariant, ReportFragment, ReportFragmentUncertain, ReportSplit, ReportSplitAmbiguous, ReportSplitUnsolved,
            StructureNoFigures, StructureMissingCell, StructureDuplicateCell, StructureUnknownKey, StructureCsvNoHeader, StructureCsvBadRow,
            CellBlank, CellNotANumber, CellOutOfRange, CellNumberAsText, CellFormulaWithoutValue, CellErrorValue,
            CellNegative, CellNotInteger, CellTooManyDecimals,
            MetaMissing, MetaUnknownTemplateVersion, MetaInvalidYear, MetaWrongYear, MetaYearBeforeEdition, MetaYearNotEnded,
            RequestsBalance, RequestsHandledSum, RequestsColumnSum, AppealsGroupSum, ProactiveInForce, CarryContinuity, CarryPreviousUnreadable,
            IdentityBadPath, IdentityUnknownOffice, IdentityNotStated, IdentityYearMismatch, IdentityOfficeMismatch,
            ConsolidationEmpty, ConsolidationDuplicateOffice, NarrativeMissing,
            NarrativeNotDocx, NarrativeCorrupt, NarrativeZipBomb, NarrativeDtd, NarrativeMacroEnabled, NarrativeEncrypted, NarrativeLegacyDoc,
            NarrativeTooManyParagraphs, NarrativeTooLong, NarrativeTooDeep, NarrativeNotText, NarrativeNoSections, NarrativeGeneratedSection, NarrativeDuplicateSection,
            NarrativeMissingSection, NarrativeUnfilled,
        ];
    }

    public static IReadOnlyList<Rule> All { get; }

    /// <summary>The catalogue entry of a rule id, e.g. for a finding read back from a stored report.</summary>
    public static Rule? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}
