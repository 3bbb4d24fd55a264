using System.Text;

namespace Disclosure.PublishedReports.Flattened;

/// <summary>
/// Report text reduced to letters, digits and the decimal point between digits, each character with its line and
/// whether a gap (space, line break or punctuation) stood before it: where cells ran together, a gap is the only
/// trace of a cell boundary left, so it is kept as a cut every split must respect.
/// </summary>
internal sealed class FlatText
{
    private FlatText(string chars, int[] lines, bool[] gapBefore)
    {
        Chars = chars;
        Lines = lines;
        GapBefore = gapBefore;
    }

    /// <summary>The kept characters: label keys (<see cref="ReportLabels.Key"/>) are found in it as they are.</summary>
    public string Chars { get; }

    /// <summary>The zero-based line of each kept character.</summary>
    public int[] Lines { get; }

    public bool[] GapBefore { get; }

    public static FlatText From(IReadOnlyList<string> lines)
    {
        var chars = new StringBuilder();
        var lineOf = new List<int>();
        var gaps = new List<bool>();
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l].Normalize(NormalizationForm.FormKC);
            var gap = true;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                var keep = char.IsLetterOrDigit(c)
                    || (c is '.' or ',' && !gap && chars.Length > 0 && char.IsAsciiDigit(chars[^1]) && i + 1 < line.Length && char.IsAsciiDigit(line[i + 1]));
                if (!keep)
                {
                    gap = true;
                    continue;
                }

                chars.Append(c);
                lineOf.Add(l);
                gaps.Add(gap);
                gap = false;
            }
        }

        return new FlatText(chars.ToString(), [.. lineOf], [.. gaps]);
    }

    public string LocationOf(int index) => $"第{Lines[Math.Min(index, Lines.Length - 1)] + 1}行";
}
