using System.Text.RegularExpressions;
using Disclosure.Form;
using Disclosure.Reading;

namespace Disclosure.PublishedReports;

/// <summary>
/// Labels and numbers as printed in published reports: the form's numbering (一、 (一) 1.), page footers and
/// wordings seen in real reports. Normalising and number parsing are <see cref="LabelText"/>'s and
/// <see cref="FigureText"/>'s, with the foldings print needs.
/// </summary>
internal static partial class ReportLabels
{
    /// <summary>A printed label with spacing removed and its punctuation kept (<see cref="LabelFolding.Spacing"/>).</summary>
    public static string Normalize(string text) => LabelText.Normalize(text, LabelFolding.Spacing);

    /// <summary>Letters and digits only: the comparison key of a label, blind to punctuation and spacing (<see cref="LabelFolding.LettersAndDigits"/>).</summary>
    public static string Key(string text) => LabelText.Normalize(text, LabelFolding.LettersAndDigits);

    /// <summary>A printed figure: "1,234", "7730.28", full-width digits, a leading minus; nothing else.</summary>
    public static bool TryParseNumber(string cell, out decimal value) => FigureText.TryParse(cell, out value, FigureSyntax.Printed);

    /// <summary>Page footers such as "-3-", "— 4 —", "第 2 页": layout noise, not figures.</summary>
    public static bool IsPageNumber(string line) => PageNumberPattern().IsMatch(Normalize(line));

    public static RowLabel For(FormRow row)
    {
        var (prefix, rest) = SplitNumbering(Normalize(row.Label));
        return new RowLabel(
            row,
            prefix,
            Key(rest),
            [.. row.Aliases.Select(a => Key(SplitNumbering(Normalize(a)).Remainder))],
            [.. row.Variants.Select(a => Key(SplitNumbering(Normalize(a)).Remainder))]);
    }

    /// <summary>Splits the form's numbering off the start of a normalised label: ("二", "部分公开…").</summary>
    public static (string? Prefix, string Remainder) SplitNumbering(string normalized)
    {
        var m = LeadingNumbering().Match(normalized);
        return m.Success ? (m.Groups["p"].Value, normalized[m.Length..]) : (null, normalized);
    }

    /// <summary>The numbering and text after the last numbering mark in a run of label text.</summary>
    public static (string? Prefix, string Remainder) LastNumbered(string normalized)
    {
        var matches = AnyNumbering().Matches(normalized);
        if (matches.Count == 0)
        {
            return (null, normalized);
        }

        var m = matches[^1];
        return (m.Groups["p"].Value, normalized[(m.Index + m.Length)..]);
    }

    /// <summary>
    /// Removes a group heading (keys of 三's 三、本年度办理结果, (三)不予公开 …, which carry no figures) from the end
    /// of a label key: layout may put them between a label and its numbers.
    /// </summary>
    public static string WithoutTrailingGroupHeading(string key, IEnumerable<string> groupKeys)
    {
        foreach (var group in groupKeys)
        {
            if (key.Length > group.Length && key.EndsWith(group, StringComparison.Ordinal))
            {
                return key[..^group.Length];
            }
        }

        return key;
    }

    /// <summary>Length of the longest common subsequence: how much of a label survived a typo or a dropped word.</summary>
    public static int CommonSubsequence(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        foreach (var ca in a)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = ca == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"^([-—–―]+\d+[-—–―]+|第\d+页([,/]?共\d+页)?|\d+/\d+)$")]
    private static partial Regex PageNumberPattern();

    [GeneratedRegex(@"^(\((?<p>[一二三四五六七八九十]+)\)|(?<p>[一二三四五六七八九十]+)、|(?<p>\d+)\.(?!\d))")]
    private static partial Regex LeadingNumbering();

    [GeneratedRegex(@"\((?<p>[一二三四五六七八九十]+)\)|(?<p>[一二三四五六七八九十]+)、|(?<!\d)(?<p>\d+)\.(?!\d)")]
    private static partial Regex AnyNumbering();
}

/// <summary>A form row's label as compared with print: its numbering, the key of the rest, and accepted wordings.</summary>
internal sealed record RowLabel(FormRow Row, string? Prefix, string Body, IReadOnlyList<string> FormAliases, IReadOnlyList<string> ReportAliases);
