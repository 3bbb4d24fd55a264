namespace Disclosure.Form;

/// <summary>
/// How much of a label <see cref="LabelText.Normalize"/> keeps. Every level folds full-width forms to ASCII
/// (NFKC) and drops whitespace; they differ in punctuation, on purpose, because workbooks and printed
/// reports compare labels differently.
/// </summary>
public enum LabelFolding
{
    /// <summary>
    /// Punctuation kept as printed. Published reports: their numbering ((一), 二、, 1.) is told apart by its
    /// punctuation, and a printed figure (1,234.5) keeps its separators for the number parser.
    /// </summary>
    Spacing,

    /// <summary>
    /// Punctuation unified but kept: quotes and zero-width characters dropped, 1、 and 1． read as 1., brackets
    /// made round, ，：； made ASCII, a trailing colon dropped. Workbook cells: each holds one whole label,
    /// scored by edit distance, so variant punctuation must not count as a difference while the numbering
    /// stays to tell (三)1. from 1.
    /// </summary>
    Punctuation,

    /// <summary>
    /// Letters and digits only. Published reports: print splits a label across cells and lines anywhere,
    /// and labels are matched by how a run of text ends, so punctuation is only noise there.
    /// </summary>
    LettersAndDigits,
}
