namespace Disclosure.Reading;

/// <summary>How strictly <see cref="FigureText.TryParse"/> reads a figure; the differences are on purpose.</summary>
public enum FigureSyntax
{
    /// <summary>
    /// A value a clerk typed into one field (CSV, a workbook text cell): spaces around it ignored, thousands
    /// separators accepted wherever they stand. The field holds nothing else, so leniency cannot misplace a figure.
    /// </summary>
    Typed,

    /// <summary>
    /// A figure printed in a published report: spaces anywhere ignored (layout breaks numbers), thousands
    /// separators only in groups of three, at most 30 characters. Print runs figures into each other and into
    /// labels, so only text that is unmistakably one number is read as a figure.
    /// </summary>
    Printed,
}
