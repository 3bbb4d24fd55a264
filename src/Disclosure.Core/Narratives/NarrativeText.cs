using System.Text;
using System.Text.RegularExpressions;
using Disclosure.Reports;

namespace Disclosure.Narratives;

/// <summary>
/// The text rules: how lines of plain text (a .txt file, a workbook's 文字部分 cell, a CSV <c>narrative.*</c> value, a
/// Markdown paragraph) become narrative blocks. Chinese prose is not hard-wrapped, so each non-blank line is a
/// paragraph; blank lines only separate. A short line numbered as the form numbers its parts (一、 or （一）/(一))
/// is a heading; lines numbered 1. 1、 (1) form an ordered list, lines led by a bullet (- * • · ●) a bulleted
/// list; consecutive lines with the same number of tabs (pasted from a table) a table.
/// </summary>
public static partial class NarrativeText
{
    /// <summary>Longest line still taken for a heading; a longer numbered line is a paragraph that starts with its number.</summary>
    public const int MaxHeadingLength = 40;

    /// <summary>The blocks of <paramref name="text"/> by the text rules.</summary>
    public static IReadOnlyList<NarrativeBlock> Parse(string text)
    {
        var blocks = new List<NarrativeBlock>();
        var lines = SplitLines(text);
        for (var i = 0; i < lines.Count;)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                i++;
                continue;
            }

            var tabs = line.Count(c => c == '\t');
            if (tabs > 0 && i + 1 < lines.Count && lines[i + 1].Count(c => c == '\t') == tabs)
            {
                // Rows of one width, so a table costs no more cells than its text has characters.
                var rows = new List<IReadOnlyList<string>>();
                while (i < lines.Count && lines[i].Count(c => c == '\t') == tabs)
                {
                    rows.Add([.. lines[i].Split('\t').Select(c => c.Trim())]);
                    i++;
                }

                blocks.Add(new NarrativeTable(rows));
                continue;
            }

            if (ListItem(line) is { } first)
            {
                var items = new List<string>();
                while (i < lines.Count && ListItem(lines[i]) is { } item && item.Ordered == first.Ordered)
                {
                    items.Add(item.Text);
                    i++;
                }

                blocks.Add(new NarrativeList(items, first.Ordered));
                continue;
            }

            blocks.Add(IsHeading(line) ? new NarrativeHeading(line) : new NarrativeParagraph(line));
            i++;
        }

        return blocks;
    }

    /// <summary>A short line numbered as the form numbers its parts and sub-parts: 一、… （一）… (一)….</summary>
    public static bool IsHeading(string line)
    {
        var text = line.Trim();
        return text.Length <= MaxHeadingLength && !text.EndsWith('。') && !text.EndsWith('；') && !text.EndsWith(';')
            && HeadingNumber().IsMatch(text);
    }

    /// <summary>A list item's text without its number or bullet, or null when the line is not one.</summary>
    internal static (string Text, bool Ordered)? ListItem(string line)
    {
        var ordered = OrderedItem().Match(line);
        if (ordered.Success && ordered.Length < line.Length)
        {
            return (line[ordered.Length..].Trim(), true);
        }

        var bullet = BulletItem().Match(line);
        return bullet.Success && bullet.Length < line.Length ? (line[bullet.Length..].Trim(), false) : null;
    }

    internal static List<string> SplitLines(string text) =>
        [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(Clean)];

    /// <summary>A line as a block keeps it: trimmed (full-width spaces too), control characters dropped.</summary>
    internal static string Clean(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c == '\t' || !char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim(' ', '\u3000', '\u00A0', '\uFEFF', '\u200B').Trim();
    }

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）])")]
    private static partial Regex HeadingNumber();

    [GeneratedRegex(@"^(\d{1,3}\s*[.、．)）](?!\d)|[（(]\s*\d{1,3}\s*[)）])\s*")]
    private static partial Regex OrderedItem();

    [GeneratedRegex(@"^[-*•·●▪■◆]\s*")]
    private static partial Regex BulletItem();
}
