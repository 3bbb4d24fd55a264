using System.Runtime.CompilerServices;

namespace Disclosure.Form;

/// <summary>
/// Matches labels as offices and web sites write them against the form's own wording: tolerant of
/// spacing, full/half-width punctuation ((一) vs （一）, : vs ：), quotes and small wording variants
/// (三类内容事务信息 for 三类内部事务信息). Shared by every reader that finds figures by their labels.
/// </summary>
public static class LabelMatching
{
    /// <summary>Score of a label identical to the form's after normalisation (or to an alias).</summary>
    public const double Exact = 1.0;

    /// <summary>Score of a label identical once the numbering ("(三)", "1.", "一、") is left off both sides.</summary>
    public const double SameWithoutNumbering = 0.95;

    /// <summary>Lowest score <see cref="BestRow"/> accepts by default: a character or two differing in a long label.</summary>
    public const double DefaultThreshold = 0.85;

    // Fuzzy matching of very short labels (规章, 其他) would confuse one row with another.
    private const int MinFuzzyLength = 6;

    // Form rows' labels and aliases, normalised once.
    private static readonly ConditionalWeakTable<FormRow, string[]> RowLabels = new();

    // The longest numbering a label carries: "(三)1." and the like.
    private const int MaxNumberingLength = 6;

    /// <summary>
    /// The comparable form of a workbook label: <see cref="LabelText"/> with <see cref="LabelFolding.Punctuation"/>
    /// (full-width forms folded, whitespace and quotes removed, 1、 read as 1., colons and brackets unified).
    /// </summary>
    public static string Normalize(string text) => LabelText.Normalize(text, LabelFolding.Punctuation);

    /// <summary>The normalised label without its leading numbering: "(三)不予公开" → "不予公开", "1.属于国家秘密" → "属于国家秘密".</summary>
    public static string WithoutNumbering(string normalized)
    {
        var span = normalized.AsSpan();
        while (true)
        {
            var before = span.Length;
            if (span.Length > 0 && span[0] == '(')
            {
                var close = span.IndexOf(')');
                if (close > 1 && IsNumeral(span[1..close]))
                {
                    span = span[(close + 1)..];
                }
            }

            var digits = 0;
            while (digits < span.Length && char.IsAsciiDigit(span[digits]))
            {
                digits++;
            }

            if (digits > 0 && digits < span.Length && span[digits] == '.')
            {
                span = span[(digits + 1)..];
            }

            var numeral = 0;
            while (numeral < span.Length && IsChineseNumeral(span[numeral]))
            {
                numeral++;
            }

            if (numeral > 0 && numeral < span.Length && span[numeral] == '、')
            {
                span = span[(numeral + 1)..];
            }

            if (span.Length == before)
            {
                return span.ToString();
            }
        }
    }

    /// <summary>How well <paramref name="text"/> (as found in a file) names <paramref name="label"/> (the form's wording): 0 to 1.</summary>
    public static double Score(string text, string label) => ScoreNormalized(Normalize(text), Normalize(label));

    /// <summary>
    /// <see cref="Score(string, string)"/> for texts already passed through <see cref="Normalize"/>: for callers
    /// matching many cells against the same labels, who normalise each once.
    /// </summary>
    public static double ScoreNormalized(string normalizedText, string normalizedLabel)
    {
        if (normalizedText.Length == 0 || normalizedLabel.Length == 0)
        {
            return 0;
        }

        if (normalizedText == normalizedLabel)
        {
            return Exact;
        }

        // Cheap rejection before anything allocates: numbering adds at most a few characters, rewording a fifth.
        var longer = Math.Max(normalizedText.Length, normalizedLabel.Length);
        if (Math.Abs(normalizedText.Length - normalizedLabel.Length) > Math.Max(MaxNumberingLength, longer / 5))
        {
            return 0;
        }

        var bareText = WithoutNumbering(normalizedText);
        var bareLabel = WithoutNumbering(normalizedLabel);
        if (bareText.Length > 0 && bareText == bareLabel)
        {
            return SameWithoutNumbering;
        }

        if (Math.Min(normalizedText.Length, normalizedLabel.Length) < MinFuzzyLength || Math.Abs(normalizedText.Length - normalizedLabel.Length) > longer / 5)
        {
            return 0;
        }

        // Scaled below SameWithoutNumbering so a reworded label never beats a merely renumbered one.
        return (1.0 - (double)Levenshtein(normalizedText, normalizedLabel) / longer) * SameWithoutNumbering;
    }

    /// <summary>How well <paramref name="text"/> names the row, by its label and aliases: 0 to 1.</summary>
    public static double Score(string text, FormRow row) => ScoreNormalized(Normalize(text), row);

    private static double ScoreNormalized(string normalizedText, FormRow row)
    {
        var best = 0.0;
        foreach (var label in RowLabels.GetValue(row, r => [Normalize(r.Label), .. r.Aliases.Select(Normalize)]))
        {
            best = Math.Max(best, ScoreNormalized(normalizedText, label));
        }

        return best;
    }

    /// <summary>
    /// The row <paramref name="label"/> names, or null when none scores at least <paramref name="threshold"/>
    /// or two rows score alike (an ambiguous label is not guessed).
    /// </summary>
    public static FormRow? BestRow(string label, IEnumerable<FormRow> rows, double threshold = DefaultThreshold) =>
        BestRow(label, rows, threshold, out _);

    /// <inheritdoc cref="BestRow(string, IEnumerable{FormRow}, double)"/>
    public static FormRow? BestRow(string label, IEnumerable<FormRow> rows, double threshold, out double score)
    {
        FormRow? best = null;
        score = 0;
        var runnerUp = 0.0;
        var normalized = Normalize(label);
        foreach (var row in rows)
        {
            var s = ScoreNormalized(normalized, row);
            if (s > score)
            {
                runnerUp = score;
                score = s;
                best = row;
            }
            else if (s > runnerUp)
            {
                runnerUp = s;
            }
        }

        if (best is null || score < threshold || runnerUp >= score)
        {
            score = 0;
            return null;
        }

        return best;
    }

    private static bool IsNumeral(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c) && !IsChineseNumeral(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsChineseNumeral(char c) => "一二三四五六七八九十".Contains(c, StringComparison.Ordinal);

    private static int Levenshtein(string a, string b)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}
