using System.Text.RegularExpressions;
using Disclosure.Form;

namespace Disclosure.Reports;

/// <summary>
/// The one place where narrative text becomes a <see cref="ReportNarrative"/>, minimally: the workbook's 文字部分 cells
/// (<c>narrative.*</c>) and a plain <c>.md</c>/<c>.txt</c> file. Each non-empty line is a paragraph; a line that
/// reads as a sub-heading (（一）…, a Markdown heading) is a heading. The narrative readers (docx, richer Markdown)
/// replace this; the consolidation and the renderers only ever see the <see cref="ReportNarrative"/>.
/// </summary>
public static partial class NarrativeText
{
    /// <summary>The workbook's narrative cells (section code → text) as a narrative; empty or blank sections are left out.</summary>
    public static ReportNarrative FromSections(IReadOnlyDictionary<string, string> sections)
    {
        var result = new Dictionary<string, NarrativeSection>(StringComparer.Ordinal);
        foreach (var (code, text) in sections)
        {
            if (FromText(text) is { } section)
            {
                result[code] = section;
            }
        }

        return new ReportNarrative(result);
    }

    /// <summary>One section's text: each non-empty line a paragraph, a sub-heading line a heading; null when nothing is written.</summary>
    public static NarrativeSection? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var blocks = new List<NarrativeBlock>();
        foreach (var line in Lines(text))
        {
            blocks.Add(Block(line));
        }

        return blocks.Count == 0 ? null : new NarrativeSection(blocks);
    }

    /// <summary>
    /// A whole narrative document as text (<c>.md</c> or <c>.txt</c>): its sections start at a line headed by the
    /// section's number and wording ("一、总体情况", "## 五、存在的主要问题及改进情况", the number with the heading's first
    /// four characters, or the heading alone); text under any other heading of the report (二、三、四) or before the first
    /// section is left out. A numbered line that is not a heading ("二、加强培训。") stays text.
    /// </summary>
    public static ReportNarrative FromDocument(string text, FormEdition edition)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in Lines(text))
        {
            var bare = Bare(line);
            var heading = SectionHeading().Match(bare);
            var section = edition.Sections.FirstOrDefault(s => bare == s.Heading || (
                heading.Success && s.Number == heading.Groups[1].Value && bare.Contains(s.Heading[..4], StringComparison.Ordinal)));
            if (section is not null)
            {
                current = section.IsNarrative ? sections.GetValueOrDefault(section.Code) ?? (sections[section.Code] = []) : null;
                continue;
            }

            current?.Add(line);
        }

        return FromSections(sections.ToDictionary(s => s.Key, s => string.Join('\n', s.Value), StringComparer.Ordinal));
    }

    private static IEnumerable<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static NarrativeBlock Block(string line)
    {
        if (line.StartsWith('#'))
        {
            return new NarrativeHeading(Bare(line));
        }

        return SubHeading().IsMatch(line) && line.Length <= 40 && !line.EndsWith('。')
            ? new NarrativeHeading(line)
            : new NarrativeParagraph(line);
    }

    /// <summary>The line without Markdown heading marks.</summary>
    private static string Bare(string line) => line.TrimStart('#').Trim();

    [GeneratedRegex(@"^([一二三四五六])[、.．]")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]")]
    private static partial Regex SubHeading();
}
