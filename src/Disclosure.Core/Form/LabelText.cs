using System.Text;

namespace Disclosure.Form;

/// <summary>
/// The one normaliser of labels as files write them, for workbooks and published reports alike: tolerant of
/// spacing, full/half-width forms and, as <see cref="LabelFolding"/> chooses, punctuation.
/// </summary>
public static class LabelText
{
    /// <summary>The comparable form of a label, folded as <paramref name="folding"/> says.</summary>
    public static string Normalize(string? text, LabelFolding folding)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            switch (folding)
            {
                case LabelFolding.Spacing:
                    builder.Append(c);
                    break;
                case LabelFolding.LettersAndDigits:
                    if (char.IsLetterOrDigit(c))
                    {
                        builder.Append(c);
                    }

                    break;
                default:
                    AppendPunctuationFolded(builder, c);
                    break;
            }
        }

        if (folding == LabelFolding.Punctuation)
        {
            // A trailing colon ("机关名称:") is layout, not wording.
            while (builder.Length > 0 && builder[^1] == ':')
            {
                builder.Length--;
            }
        }

        return builder.ToString();
    }

    private static void AppendPunctuationFolded(StringBuilder builder, char c)
    {
        if (c is '"' or '\'' or '“' or '”' or '‘' or '’' or '「' or '」' or '『' or '』' or '\u200B' or '\uFEFF')
        {
            return;
        }

        builder.Append(c switch
        {
            '、' or '．' or '。' when builder.Length > 0 && char.IsAsciiDigit(builder[^1]) => '.',
            '〔' or '【' or '[' => '(',
            '〕' or '】' or ']' => ')',
            '，' => ',',
            '：' => ':',
            '；' => ';',
            _ => c,
        });
    }
}
