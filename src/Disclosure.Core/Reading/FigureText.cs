using System.Globalization;
using System.Text;

namespace Disclosure.Reading;

/// <summary>Parses and prints figures as they appear in files: "1,234", "７７３０.２８", "-3".</summary>
public static class FigureText
{
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            normalized.Append(c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '．' => '.',
                '，' => ',',
                '－' or '−' => '-',
                _ => c,
            });
        }

        return decimal.TryParse(normalized.ToString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands,
            CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Prints every digit a decimal holds and no trailing zeros: 1190, 7730.28, 1.23456.</summary>
    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
