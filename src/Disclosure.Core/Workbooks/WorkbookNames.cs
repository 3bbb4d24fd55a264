using Disclosure.Form;

namespace Disclosure.Workbooks;

/// <summary>
/// The one place where a cell key becomes an Excel defined name and back. Every key of the form is a
/// legal name as it stands (letters, digits, '_' and '.', starting with a letter, not a cell reference),
/// so the mapping is the identity; <see cref="IsLegalName"/> guards that, and a key that ever broke the
/// rules would be refused here rather than written as a name Excel rejects.
/// </summary>
public static class WorkbookNames
{
    /// <summary>Names of the narrative cells: "narrative." + section code (narrative.overview).</summary>
    public const string NarrativePrefix = "narrative.";

    public static string NarrativeKey(FormSection section) => NarrativePrefix + section.Code;

    /// <summary>The defined name for a cell key.</summary>
    public static string ForKey(string key) =>
        IsLegalName(key) ? key : throw new ArgumentException($"Cell key '{key}' is not a legal Excel defined name.", nameof(key));

    /// <summary>The cell key a defined name stands for (names compare case-insensitively in Excel, keys are lower case).</summary>
    public static string KeyOf(string name) => name.ToLowerInvariant();

    /// <summary>
    /// Excel's rules for a defined name: 1–255 characters; starts with a letter, '_' or '\'; then letters,
    /// digits, '_', '.' or '\'; not "R"/"C"; and not readable as an A1 or R1C1 cell reference.
    /// </summary>
    public static bool IsLegalName(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 255)
        {
            return false;
        }

        if (!(char.IsLetter(name[0]) || name[0] is '_' or '\\'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '.' or '\\'))
            {
                return false;
            }
        }

        if (name.Equals("r", StringComparison.OrdinalIgnoreCase) || name.Equals("c", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !CellReference.TryParse(name, out _) && !LooksLikeR1C1(name);
    }

    private static bool LooksLikeR1C1(string name)
    {
        var s = name.ToUpperInvariant();
        var i = 0;
        if (i < s.Length && s[i] == 'R')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }
        }

        if (i < s.Length && s[i] == 'C')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }
        }

        return i == s.Length && i > 0;
    }
}
