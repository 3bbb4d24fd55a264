namespace Disclosure.Rendering.Pdf.Layout;

/// <summary>The width of a piece of text in points, set in one font at one size (the renderer measures with PDFsharp; tests use fixed widths).</summary>
public delegate double MeasureText(string text);

/// <summary>How a line's pieces are placed across its width.</summary>
public enum TextAlign
{
    Left,
    Center,
    Right,

    /// <summary>Both edges flush; the last line of a paragraph stays left.</summary>
    Justify,
}
