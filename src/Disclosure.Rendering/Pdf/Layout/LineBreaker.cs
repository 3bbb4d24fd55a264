using System.Text;

namespace Disclosure.Rendering.Pdf.Layout;

/// <summary>
/// Breaks a paragraph into lines as Chinese typesetting does: between any two Chinese characters, Latin words and
/// numbers kept whole (broken by character only when a word is wider than the line), and the line-breaking rules
/// (禁则): no line begins with a closing mark (，。、；：？！）》」 …) and none ends with an opening mark (（《「 …);
/// such a mark travels with its neighbour to the next line.
/// </summary>
public static class LineBreaker
{
    /// <summary>Marks that may not begin a line: closing brackets and quotes, and punctuation that follows what it closes.</summary>
    public const string NoLineStart = "，。、；：？！）》」』】〕〉”’…—·％‰°℃,.;:?!)]}%";

    /// <summary>Marks that may not end a line: opening brackets and quotes.</summary>
    public const string NoLineEnd = "（《「『【〔〈“‘([{￥$";

    /// <summary>
    /// The lines of <paramref name="text"/> in a column <paramref name="width"/> wide, the first indented by
    /// <paramref name="firstLineIndent"/>. Spaces at the ends of lines are dropped. Empty text gives no line.
    /// </summary>
    public static IReadOnlyList<TextLine> Break(string text, double width, MeasureText measure, double firstLineIndent = 0)
    {
        var clusters = Clusters(Units(text));
        var lines = new List<TextLine>();
        var current = new List<TextPiece>();
        var used = 0.0;
        var indent = firstLineIndent;

        void Close()
        {
            while (current.Count > 0 && current[^1].IsSpace)
            {
                current.RemoveAt(current.Count - 1);
            }

            if (current.Count > 0)
            {
                lines.Add(new TextLine([.. current], indent));
            }

            current.Clear();
            used = 0;
            indent = 0;
        }

        foreach (var cluster in clusters)
        {
            if (cluster.Count == 1 && cluster[0].IsSpace && current.Count == 0)
            {
                continue; // no space at the start of a line
            }

            var pieces = cluster.Select(u => new TextPiece(u.Text, measure(u.Text), u.IsSpace)).ToList();
            var clusterWidth = pieces.Sum(p => p.Width);
            if (indent + used + clusterWidth <= width + Epsilon)
            {
                current.AddRange(pieces);
                used += clusterWidth;
                continue;
            }

            if (current.Count > 0 && !(cluster.Count == 1 && cluster[0].IsSpace))
            {
                Close();
                if (indent + clusterWidth <= width + Epsilon)
                {
                    current.AddRange(pieces);
                    used = clusterWidth;
                    continue;
                }
            }
            else if (cluster.Count == 1 && cluster[0].IsSpace)
            {
                Close(); // a space that overflows ends the line
                continue;
            }

            // Wider than a whole line: set it character by character.
            foreach (var piece in pieces)
            {
                foreach (var ch in Characters(piece.Text))
                {
                    var w = measure(ch);
                    if (current.Count > 0 && indent + used + w > width + Epsilon)
                    {
                        Close();
                    }

                    current.Add(new TextPiece(ch, w, piece.IsSpace));
                    used += w;
                }
            }
        }

        Close();
        return lines;
    }

    private const double Epsilon = 1e-6;

    private sealed record Unit(string Text, bool IsSpace);

    /// <summary>Each Chinese character (or other wide character) alone, a run of Latin letters, digits and ASCII signs as one word, a run of spaces.</summary>
    private static List<Unit> Units(string text)
    {
        var units = new List<Unit>();
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length > 0)
            {
                units.Add(new Unit(word.ToString(), false));
                word.Clear();
            }
        }

        foreach (var ch in Characters(text))
        {
            if (ch.Length == 1 && char.IsWhiteSpace(ch[0]))
            {
                Flush();
                if (units.Count == 0 || !units[^1].IsSpace)
                {
                    units.Add(new Unit(" ", true));
                }
            }
            else if (IsWordCharacter(ch))
            {
                word.Append(ch);
            }
            else
            {
                Flush();
                units.Add(new Unit(ch, false));
            }
        }

        Flush();
        return units;
    }

    /// <summary>Groups units that may not be parted: a closing mark with what precedes it, an opening mark with what follows.</summary>
    private static List<List<Unit>> Clusters(List<Unit> units)
    {
        var clusters = new List<List<Unit>>();
        var glueNext = false;
        foreach (var unit in units)
        {
            var last = clusters.Count > 0 ? clusters[^1] : null;
            var closes = !unit.IsSpace && NoLineStart.Contains(unit.Text[0]);
            if (last is not null && !unit.IsSpace && !last[^1].IsSpace && (glueNext || closes))
            {
                last.Add(unit);
            }
            else
            {
                clusters.Add([unit]);
            }

            glueNext = !unit.IsSpace && NoLineEnd.Contains(unit.Text[^1]);
        }

        return clusters;
    }

    private static bool IsWordCharacter(string ch) =>
        ch.Length == 1 && ch[0] < 0x2000 && !char.IsWhiteSpace(ch[0]) && !NoLineEnd.Contains(ch[0]);

    /// <summary>The text's characters, a surrogate pair kept as one.</summary>
    internal static IEnumerable<string> Characters(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                yield return text.Substring(i++, 2);
            }
            else
            {
                yield return text[i].ToString();
            }
        }
    }
}
