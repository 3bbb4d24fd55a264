using Disclosure.Form;

namespace Disclosure.Validation;

/// <summary>
/// One line of findings as people read them: a single finding, or several of one rule in one row or
/// one table, told once (<see cref="FindingLines"/>).
/// </summary>
/// <param name="Subject">What the line is about in the form's words (a figure, a row with its columns, a table, a metadata field); null for the file as a whole.</param>
/// <param name="Cells">The cell keys the line covers, in the form's order; empty for the file as a whole.</param>
/// <param name="Location">Where in the file: one cell, a range (统计表!C10:I10), or the first place and how many.</param>
/// <param name="Findings">The findings the line stands for.</param>
public sealed record FindingLine(
    string Rule,
    Severity Severity,
    string? Subject,
    IReadOnlyList<string> Cells,
    string? Location,
    string Message,
    IReadOnlyList<Finding> Findings);
