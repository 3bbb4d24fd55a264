using System.Globalization;
using System.Text;
using Disclosure.Reports;

namespace Disclosure.Rendering.OpenData;

/// <summary>
/// A narrative section as plain text for open data: one line per block, sub-headings on their own lines, list items
/// numbered "1. " (ordered) or "- ", table rows with their cells separated by tabs. Lines end in "\n".
/// </summary>
public static class NarrativePlainText
{
    /// <summary>The section's text; null when the section is absent or empty (the report prints 【待补充】 there).</summary>
    public static string? Of(NarrativeSection? section)
    {
        if (section is not { Blocks.Count: > 0 })
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case NarrativeHeading heading:
                    Line(text, heading.Text);
                    break;
                case NarrativeParagraph paragraph:
                    Line(text, paragraph.Text);
                    break;
                case NarrativeList list:
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        Line(text, (list.Ordered ? (i + 1).ToString(CultureInfo.InvariantCulture) + ". " : "- ") + list.Items[i]);
                    }

                    break;
                case NarrativeTable table:
                    foreach (var row in table.Rows)
                    {
                        Line(text, string.Join('\t', row));
                    }

                    break;
                default:
                    throw new InvalidOperationException($"Unknown narrative block {block.GetType().Name}");
            }
        }

        return text.ToString(0, text.Length - 1);
    }

    private static void Line(StringBuilder text, string line) => text.Append(line.ReplaceLineEndings(" ")).Append('\n');
}
