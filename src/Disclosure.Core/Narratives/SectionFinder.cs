using System.Text.RegularExpressions;
using Disclosure.Form;
using Disclosure.Reports;
using Disclosure.Validation;

namespace Disclosure.Narratives;

/// <summary>
/// Finds the form's sections in a stream of blocks by their numbers and wording, taken from the form
/// (<see cref="FormSection.Number"/>, <see cref="FormSection.Heading"/>), tolerant of full/half-width punctuation
/// and spacing (<see cref="LabelText.Normalize"/>). A block opens a section when its text is the section's title
/// ("一、总体情况", "一．总 体 情 况"), when it is a heading whose words are the section's heading without the
/// number ("总体情况", as Word's automatic numbering leaves it), or when it starts with the section's number and
/// 、.: and its words are close to the form's ("五、存在的主要问题和改进情况"). Blocks up to the next section
/// belong to it. Sections 二、三、四 are generated from the figures: their text is dropped with a warning.
/// Blocks before the first section open 一 (a report's opening paragraph stands before 一、总体情况), except
/// title lines (…年度报告).
/// </summary>
internal static partial class SectionFinder
{
    private const double CloseEnough = 0.6;

    public static (ReportNarrative? Narrative, List<Finding> Findings) Find(IEnumerable<NarrativeBlock> blocks, FormEdition form, bool sawGuidance)
    {
        var findings = new List<Finding>();
        var bySection = form.NarrativeSections.ToDictionary(s => s.Code, _ => new List<NarrativeBlock>(), StringComparer.Ordinal);
        var preamble = new List<NarrativeBlock>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        FormSection? current = null;
        foreach (var block in blocks)
        {
            if (Match(block, form) is { } section)
            {
                if (!seen.Add(section.Code))
                {
                    if (section.IsNarrative)
                    {
                        findings.Add(Rules.NarrativeDuplicateSection.Raise(section.Title));
                    }
                }
                else if (!section.IsNarrative)
                {
                    findings.Add(Rules.NarrativeGeneratedSection.Raise(section.Title));
                }

                current = section;
                continue;
            }

            if (current is null)
            {
                if (!IsTitle(block))
                {
                    preamble.Add(block);
                }
            }
            else if (current.IsNarrative)
            {
                bySection[current.Code].Add(block);
            }
        }

        if (seen.Count == 0)
        {
            findings.Add(Rules.NarrativeNoSections.Raise(string.Join("”“", form.NarrativeSections.Select(s => s.Title))));
            return (null, findings);
        }

        var overview = form.NarrativeSections.First();
        bySection[overview.Code].InsertRange(0, preamble);
        var sections = bySection.Where(p => p.Value.Count > 0).ToDictionary(p => p.Key, p => new NarrativeSection(p.Value), StringComparer.Ordinal);
        if (sections.Count == 0 && sawGuidance)
        {
            findings.Add(Rules.NarrativeUnfilled.Raise());
        }
        else
        {
            findings.AddRange(form.NarrativeSections.Where(s => !sections.ContainsKey(s.Code)).Select(s => Rules.NarrativeMissingSection.Raise(s.Title)));
        }

        return (new ReportNarrative(sections), findings);
    }

    /// <summary>The section a block opens, or null when it is body text.</summary>
    public static FormSection? Match(NarrativeBlock block, FormEdition form)
    {
        var (text, isHeading) = block switch
        {
            NarrativeHeading h => (h.Text, true),
            NarrativeParagraph p when p.Text.Length <= NarrativeText.MaxHeadingLength => (p.Text, false),
            _ => (null, false),
        };
        if (text is null)
        {
            return null;
        }

        var spaced = LabelText.Normalize(text, LabelFolding.Spacing);
        if (spaced.Length == 0 || spaced[0] is '(' or '（')
        {
            return null; // （一）… is a sub-heading, whatever its words
        }

        var key = Key(text);
        foreach (var section in form.Sections)
        {
            var heading = Key(section.Heading);
            if (key == Key(section.Title) || (isHeading && key == heading))
            {
                return section;
            }

            var number = NumberPrefix().Match(spaced);
            if (number.Success && number.Groups[1].Value == section.Number)
            {
                var words = Key(spaced[number.Length..]);
                if (words.Length >= 2 && (words.Contains(heading, StringComparison.Ordinal) || Similarity(words, heading) >= CloseEnough))
                {
                    return section;
                }
            }
        }

        return null;
    }

    private static bool IsTitle(NarrativeBlock block) =>
        block is NarrativeHeading or NarrativeParagraph && (block is NarrativeHeading h ? h.Text : ((NarrativeParagraph)block).Text) is var text
        && text.Length <= 60 && text.EndsWith("年度报告", StringComparison.Ordinal);

    private static string Key(string text) => LabelText.Normalize(text, LabelFolding.LettersAndDigits);

    /// <summary>2 × longest common subsequence / total length: 1 for the same words, 0 for none in common.</summary>
    private static double Similarity(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var row = new int[b.Length + 1];
        foreach (var ca in a)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                row[j] = ca == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], row[j - 1]);
            }

            (previous, row) = (row, previous);
        }

        return 2.0 * previous[b.Length] / (a.Length + b.Length);
    }

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3})\s*[、.,:;]")]
    private static partial Regex NumberPrefix();
}
