using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Reports;
using Disclosure.Validation;
using Disclosure.Workbooks;

namespace Disclosure.Narratives;

/// <summary>What a narrative reader got: the narrative (null when the file was refused or has none of the sections) and its findings.</summary>
public sealed record NarrativeReadResult(ReportNarrative? Narrative, IReadOnlyList<Finding> Findings)
{
    public bool IsReadable => Narrative is not null;

    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    public static NarrativeReadResult Refused(Finding finding) => new(null, [finding]);
}

/// <summary>
/// Reads the narrative sections 一、五、六 of a report from a Word document (.docx), Markdown (.md) or plain text
/// (.txt), and from a workbook's 文字部分 cells or a CSV's <c>narrative.*</c> values, into one model
/// (<see cref="ReportNarrative"/>). Files are told by content first (zip → Word, OLE compound file → refused as a
/// legacy .doc or an encrypted document), then by name (.md/.markdown → Markdown, anything else → text).
/// </summary>
public static class NarrativeReader
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly string[] WordExtensions = [".docx", ".docm", ".doc", ".dotx", ".wps"];
    private static readonly string[] TextExtensions = [".md", ".markdown", ".txt"];

    /// <summary>Every extension a narrative file may have (Word, then Markdown and text).</summary>
    public static IReadOnlyList<string> FileExtensions { get; } = [.. WordExtensions, .. TextExtensions];

    /// <summary>Whether a file of this name is a narrative (Word, Markdown or text) rather than a workbook or CSV: how ingest tells them apart.</summary>
    public static bool IsNarrativeFileName(string fileName) =>
        WordExtensions.Concat(TextExtensions).Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads a narrative file; <paramref name="fileName"/> only decides between Markdown and text, and what a non-zip .docx is called.</summary>
    public static NarrativeReadResult Read(byte[] content, string fileName, ReadLimits? limits = null, FormEdition? form = null)
    {
        limits ??= ReadLimits.Default;
        form ??= NationalForm.Current;
        if (content.Length == 0)
        {
            return NarrativeReadResult.Refused(Rules.FileEmpty.Raise());
        }

        if (content.Length > limits.MaxFileBytes)
        {
            return NarrativeReadResult.Refused(FormFileReader.TooLarge(content.Length, limits));
        }

        var bytes = content.AsSpan();
        if (bytes.StartsWith(ZipMagic))
        {
            try
            {
                var (blocks, sawGuidance) = DocxNarrativeReader.Read(content, limits, form);
                return Sections(blocks, form, sawGuidance);
            }
            catch (ReadRefusal refusal)
            {
                return NarrativeReadResult.Refused(refusal.Finding);
            }
        }

        if (bytes.StartsWith(CompoundFileMagic))
        {
            return NarrativeReadResult.Refused(CompoundFile.IsEncryptedPackage(content) ? Rules.NarrativeEncrypted.Raise() : Rules.NarrativeLegacyDoc.Raise());
        }

        if (WordExtensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return NarrativeReadResult.Refused(Rules.NarrativeNotDocx.Raise());
        }

        if (!TextDecoding.TryDecode(content, out var text))
        {
            return NarrativeReadResult.Refused(Rules.NarrativeNotText.Raise());
        }

        return fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
            ? ReadMarkdown(text, limits, form)
            : ReadText(text, limits, form);
    }

    /// <summary>
    /// A narrative file's verdict as a validation report: its document holds no figures, only the narrative in the
    /// canonical stored form (<see cref="NarrativeMarkdown"/>); a refused file has none (unreadable). What ingest and
    /// <c>disclosure validate</c> give for a narrative file.
    /// </summary>
    public static ValidationReport Validate(NarrativeReadResult read, FormEdition? form = null, IEnumerable<Finding>? more = null)
    {
        form ??= NationalForm.Current;
        FormDocument? document = null;
        if (read.Narrative is { } narrative)
        {
            document = new FormDocument(form, DocumentKind.OfficeSubmission);
            foreach (var (code, markdown) in NarrativeMarkdown.Write(narrative))
            {
                document.Narratives[code] = markdown;
            }
        }

        return new ValidationReport(document, [.. more ?? [], .. read.Findings]);
    }

    /// <summary>Whether <c>disclosure validate</c> takes a file of this name for a narrative: Word or Markdown (a .txt there is a published report's text).</summary>
    public static bool IsWordOrMarkdownFileName(string fileName) =>
        IsNarrativeFileName(fileName) && !fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a narrative file from disk (size checked before it is loaded).</summary>
    public static NarrativeReadResult ReadFile(string path, ReadLimits? limits = null, FormEdition? form = null)
    {
        limits ??= ReadLimits.Default;
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return NarrativeReadResult.Refused(Rules.FileNotFound.Raise(path));
        }

        return info.Length > limits.MaxFileBytes
            ? NarrativeReadResult.Refused(FormFileReader.TooLarge(info.Length, limits))
            : Read(File.ReadAllBytes(path), info.Name, limits, form);
    }

    /// <summary>A whole narrative as plain text, its sections found by their headings (the text rules of <see cref="NarrativeText"/>).</summary>
    public static NarrativeReadResult ReadText(string text, ReadLimits? limits = null, FormEdition? form = null)
    {
        limits ??= ReadLimits.Default;
        form ??= NationalForm.Current;
        if (LineCount(text) > limits.MaxCells)
        {
            return NarrativeReadResult.Refused(Rules.NarrativeTooManyParagraphs.Raise(limits.MaxCells));
        }

        var blocks = NarrativeText.Parse(text);
        return Sections(WithoutGuidance(blocks, out var sawGuidance), form, sawGuidance);
    }

    /// <summary>A whole narrative as Markdown (CommonMark with pipe tables), its sections found by their headings.</summary>
    public static NarrativeReadResult ReadMarkdown(string markdown, ReadLimits? limits = null, FormEdition? form = null)
    {
        limits ??= ReadLimits.Default;
        form ??= NationalForm.Current;
        if (LineCount(markdown) > limits.MaxCells)
        {
            return NarrativeReadResult.Refused(Rules.NarrativeTooManyParagraphs.Raise(limits.MaxCells));
        }

        if (MaxContainerDepth(markdown) > MaxMarkdownDepth)
        {
            return NarrativeReadResult.Refused(Rules.NarrativeTooDeep.Raise());
        }

        List<NarrativeBlock> blocks;
        try
        {
            blocks = [.. NarrativeMarkdown.Blocks(markdown, canonical: false, limits.MaxCells).Select(b => b.Block)];
        }
        catch (NarrativeMarkdown.TooManyCellsException)
        {
            return NarrativeReadResult.Refused(Rules.NarrativeTooManyParagraphs.Raise(limits.MaxCells));
        }
        catch (ArgumentException)
        {
            // Markdig's own guard: "Markdown elements in the input are too deeply nested".
            return NarrativeReadResult.Refused(Rules.NarrativeTooDeep.Raise());
        }

        return Sections(WithoutGuidance(blocks, out var sawGuidance), form, sawGuidance);
    }

    /// <summary>
    /// Sections given one text each (a workbook's 文字部分 cells, a CSV's <c>narrative.*</c> values), by section code,
    /// through the text rules; a section whose text is empty is left out, and its own title typed again at the top
    /// ("一、总体情况" pasted with the text) is dropped. No findings: the sheet says which section is which.
    /// </summary>
    public static ReportNarrative FromSectionTexts(IReadOnlyDictionary<string, string> texts, FormEdition? form = null)
    {
        form ??= NationalForm.Current;
        var sections = new Dictionary<string, NarrativeSection>(StringComparer.Ordinal);
        foreach (var (code, text) in texts)
        {
            var blocks = WithoutGuidance(NarrativeText.Parse(text), out _);
            if (blocks.Count > 0 && SectionFinder.Match(blocks[0], form) is { } own && own.Code == code)
            {
                blocks.RemoveAt(0);
            }

            if (blocks.Count > 0)
            {
                sections[code] = new NarrativeSection(blocks);
            }
        }

        return new ReportNarrative(sections);
    }

    private static NarrativeReadResult Sections(IEnumerable<NarrativeBlock> blocks, FormEdition form, bool sawGuidance)
    {
        var (narrative, findings) = SectionFinder.Find(blocks, form, sawGuidance);
        return new NarrativeReadResult(narrative, findings);
    }

    private static List<NarrativeBlock> WithoutGuidance(IReadOnlyList<NarrativeBlock> blocks, out bool sawGuidance)
    {
        var kept = blocks.Where(b => b is not NarrativeParagraph p || !NarrativeGuidance.IsGuidance(p.Text)).ToList();
        sawGuidance = kept.Count < blocks.Count;
        return kept;
    }

    /// <summary>Deepest nesting of block quotes and lists a narrative may have; Markdig's work grows with it, so it is counted first.</summary>
    public const int MaxMarkdownDepth = 32;

    /// <summary>The most container markers (&gt;, -, *, +, 1.) that open any one line: how deep its quotes and lists nest.</summary>
    private static int MaxContainerDepth(string markdown)
    {
        var deepest = 0;
        var depth = 0;
        var atLineStart = true;
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == '\n')
            {
                depth = 0;
                atLineStart = true;
                continue;
            }

            if (!atLineStart || c is ' ' or '\t')
            {
                continue;
            }

            var next = i + 1 < markdown.Length ? markdown[i + 1] : '\n';
            if (c == '>')
            {
                depth++;
            }
            else if (c is '-' or '*' or '+' && next is ' ' or '\t')
            {
                depth++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var j = i;
                while (j < markdown.Length && j - i < 9 && char.IsAsciiDigit(markdown[j]))
                {
                    j++;
                }

                if (j < markdown.Length && markdown[j] is '.' or ')' && (j + 1 >= markdown.Length || markdown[j + 1] is ' ' or '\t'))
                {
                    depth++;
                    i = j;
                }
                else
                {
                    atLineStart = false;
                }
            }
            else
            {
                atLineStart = false;
            }

            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static int LineCount(string text)
    {
        var count = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                count++;
            }
        }

        return count;
    }
}
