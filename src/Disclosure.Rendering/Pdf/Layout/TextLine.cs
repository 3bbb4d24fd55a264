namespace Disclosure.Rendering.Pdf.Layout;

/// <summary>A piece of a line drawn as one: a Chinese character (with any mark glued to it apart), a Latin word or number, or a space.</summary>
public sealed record TextPiece(string Text, double Width, bool IsSpace = false);

/// <summary>A piece placed on its line: <see cref="X"/> from the line's left edge.</summary>
public sealed record PlacedPiece(string Text, double X, double Width);

/// <summary>One line of a paragraph: its pieces and the indent before the first (the paragraph's first line only).</summary>
public sealed record TextLine(IReadOnlyList<TextPiece> Pieces, double Indent = 0)
{
    /// <summary>The width the pieces take set tight, indent included.</summary>
    public double NaturalWidth => Indent + Pieces.Sum(p => p.Width);

    public string Text => string.Concat(Pieces.Select(p => p.Text));

    /// <summary>
    /// Where each piece goes in a line <paramref name="width"/> wide. Justified lines spread the slack over every gap
    /// between pieces (characters, words); the last line of a paragraph, and a line of one piece, stay at the left.
    /// Pieces with no slack between them come back as one run (one string to draw); spaces between runs only take room.
    /// </summary>
    public IReadOnlyList<PlacedPiece> Place(double width, TextAlign align, bool isLastLine)
    {
        var slack = Math.Max(0, width - NaturalWidth);
        var start = align switch
        {
            TextAlign.Center => slack / 2,
            TextAlign.Right => slack,
            _ => 0,
        };
        var gap = align == TextAlign.Justify && !isLastLine && Pieces.Count > 1 ? slack / (Pieces.Count - 1) : 0;
        var x = Indent + start;
        if (gap == 0)
        {
            return [new PlacedPiece(Text, x, NaturalWidth - Indent)];
        }

        var placed = new List<PlacedPiece>(Pieces.Count);
        foreach (var piece in Pieces)
        {
            if (!piece.IsSpace)
            {
                placed.Add(new PlacedPiece(piece.Text, x, piece.Width));
            }

            x += piece.Width + gap;
        }

        return placed;
    }
}
