using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Disclosure.Reading;

/// <summary>
/// The one parser and printer of figures as files write them: "1,234", "７７３０.２８", "-3". Full-width forms fold
/// to ASCII (NFKC) and the minus sign (−) reads as "-" in every <see cref="FigureSyntax"/>.
/// </summary>
public static partial class FigureText
{
    private const int MaxPrintedLength = 30;

    public static bool TryParse(string? text, out decimal value, FigureSyntax syntax = FigureSyntax.Typed)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var folded = Fold(text, dropInnerSpaces: syntax == FigureSyntax.Printed);
        if (syntax == FigureSyntax.Printed)
        {
            return folded.Length <= MaxPrintedLength && PrintedPattern().IsMatch(folded)
                && decimal.TryParse(folded.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                    CultureInfo.InvariantCulture, out value);
        }

        return decimal.TryParse(folded, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands,
            CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Prints every digit a decimal holds and no trailing zeros: 1190, 7730.28, 1.23456.</summary>
    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string Fold(string text, bool dropInnerSpaces)
    {
        var nfkc = text.Normalize(NormalizationForm.FormKC).Trim();
        var builder = new StringBuilder(nfkc.Length);
        foreach (var c in nfkc)
        {
            if (dropInnerSpaces && char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c == '−' ? '-' : c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")]
    private static partial Regex PrintedPattern();
}
