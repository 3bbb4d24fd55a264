using System.Text;
using Disclosure.Reports;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Disclosure.Narratives;

/// <summary>
/// The canonical stored form of a narrative: one Markdown text per section code (what
/// <see cref="Submissions.Submission.Narrative"/> and the storage row keep). Sub-headings are <c>### </c> headings,
/// paragraphs are paragraphs, lists are <c>1.</c>/<c>-</c> lists, tables are pipe tables with the first row as header.
/// Text is trimmed and kept on one line; Markdown's punctuation is escaped, so <see cref="Read(string)"/> gives back
/// exactly the blocks <see cref="Write(NarrativeSection)"/> was given.
/// </summary>
public static class NarrativeMarkdown
{
    /// <summary>
    /// CommonMark with pipe tables, without links and images: a narrative has no use for them, and Markdig's link
    /// parser takes quadratic time on a run of unclosed links ("[a](" repeated), which a hostile file can make long.
    /// Link syntax stays as its literal text.
    /// </summary>
    internal static readonly MarkdownPipeline Pipeline = BuildPipeline();

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables();
        builder.InlineParsers.TryRemove<Markdig.Parsers.Inlines.LinkInlineParser>();
        return builder.Build();
    }

    /// <summary>Every section of <paramref name="narrative"/> as canonical Markdown, by section code.</summary>
    public static Dictionary<string, string> Write(ReportNarrative narrative)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, section) in narrative.Sections)
        {
            texts[code] = Write(section);
        }

        return texts;
    }

    /// <summary>One section as canonical Markdown, blocks separated by a blank line.</summary>
    public static string Write(NarrativeSection section)
    {
        var builder = new StringBuilder();
        NarrativeList? previousList = null;
        var lastAlternate = false;
        foreach (var block in section.Blocks)
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            switch (block)
            {
                case NarrativeHeading heading:
                    builder.Append("### ").Append(Escape(heading.Text));
                    break;
                case NarrativeParagraph paragraph:
                    builder.Append(Escape(paragraph.Text));
                    break;
                case NarrativeList list:
                    // Two lists in a row stay two lists: the second takes the other marker.
                    var alternate = previousList is { } p && p.Ordered == list.Ordered && !lastAlternate;
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        if (i > 0)
                        {
                            builder.Append('\n');
                        }

                        builder.Append(list.Ordered ? $"{i + 1}{(alternate ? ')' : '.')} " : alternate ? "* " : "- ").Append(Escape(list.Items[i]));
                    }

                    lastAlternate = alternate;
                    break;
                case NarrativeTable table:
                    WriteTable(builder, table);
                    break;
            }

            previousList = block as NarrativeList;
        }

        return builder.ToString();
    }

    /// <summary>Canonical Markdown of every section back into the model (a submission's stored narrative).</summary>
    public static ReportNarrative Read(IReadOnlyDictionary<string, string> sections)
    {
        var read = new Dictionary<string, NarrativeSection>(StringComparer.Ordinal);
        foreach (var (code, markdown) in sections)
        {
            var section = Read(markdown);
            if (section.Blocks.Count > 0)
            {
                read[code] = section;
            }
        }

        return new ReportNarrative(read);
    }

    /// <summary>One section's canonical Markdown back into blocks.</summary>
    public static NarrativeSection Read(string markdown) => new([.. Blocks(markdown, canonical: true).Select(b => b.Block)]);

    /// <summary>
    /// The blocks of a Markdown text. Canonical text maps one to one; an author's file (<paramref name="canonical"/>
    /// false) also takes a paragraph that is all bold, or a short numbered line by the text rules, as a heading.
    /// </summary>
    /// <remarks>
    /// A table whose rows × widest row passes <paramref name="maxCells"/> throws <see cref="TooManyCellsException"/>
    /// (a header of a million pipes over many short rows would otherwise pad out to billions of cells).
    /// </remarks>
    internal static IEnumerable<(NarrativeBlock Block, bool IsHeading)> Blocks(string markdown, bool canonical, int maxCells = int.MaxValue)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        return Walk(document, canonical, maxCells);
    }

    // Iterative, not recursive: block quotes and lists can nest as deep as a hostile file's length allows.
    private static IEnumerable<(NarrativeBlock, bool)> Walk(ContainerBlock root, bool canonical, int maxCells)
    {
        var pending = new Stack<Block>();
        PushChildren(pending, root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case HeadingBlock heading:
                    yield return (new NarrativeHeading(InlineText(heading.Inline)), true);
                    break;
                case ParagraphBlock paragraph when canonical:
                    var text = InlineText(paragraph.Inline);
                    if (text.Length > 0)
                    {
                        yield return (new NarrativeParagraph(text), false);
                    }

                    break;
                case ParagraphBlock paragraph:
                    // An author's file: Chinese prose is not hard-wrapped, so each line of a paragraph goes through the
                    // text rules on its own ("一、总体情况" on the line above the text is a heading, not the text's start).
                    var lines = InlineLines(paragraph.Inline);
                    if (lines.Count == 1 && IsAllStrong(paragraph.Inline) && lines[0].Length is > 0 and <= NarrativeText.MaxHeadingLength)
                    {
                        yield return (new NarrativeHeading(lines[0]), true);
                        break;
                    }

                    foreach (var block in NarrativeText.Parse(string.Join('\n', lines)))
                    {
                        yield return (block, block is NarrativeHeading);
                    }

                    break;
                case ListBlock list:
                    yield return (new NarrativeList(ListItems(list), list.IsOrdered), false);
                    break;
                case Table table:
                    yield return (TableOf(table, maxCells), false);
                    break;
                case CodeBlock code:
                    foreach (var line in code.Lines.Lines.Take(code.Lines.Count).Select(l => NarrativeText.Clean(l.Slice.ToString())).Where(l => l.Length > 0))
                    {
                        yield return (new NarrativeParagraph(line), false);
                    }

                    break;
                case QuoteBlock quote:
                    PushChildren(pending, quote);
                    break;
            }
        }
    }

    private static void PushChildren(Stack<Block> pending, ContainerBlock container)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            pending.Push(container[i]);
        }
    }

    /// <summary>A list's items, each its own paragraphs' text; the items of lists nested in it follow as items of their own.</summary>
    private static List<string> ListItems(ListBlock list)
    {
        var items = new List<string>();
        var pending = new Stack<Block>();
        PushChildren(pending, list);
        while (pending.Count > 0)
        {
            if (pending.Pop() is not ListItemBlock item)
            {
                continue;
            }

            var text = NarrativeText.Clean(string.Concat(item.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline))));
            items.Add(text);
            for (var i = item.Count - 1; i >= 0; i--)
            {
                if (item[i] is ListBlock nested)
                {
                    PushChildren(pending, nested);
                }
            }
        }

        return items;
    }

    /// <summary>A table cell's or item's text: its paragraphs, found without recursion.</summary>
    private static string ParagraphsText(ContainerBlock container)
    {
        var builder = new StringBuilder();
        var pending = new Stack<Block>();
        PushChildren(pending, container);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case ParagraphBlock paragraph:
                    builder.Append(InlineText(paragraph.Inline));
                    break;
                case ContainerBlock inner:
                    PushChildren(pending, inner);
                    break;
            }
        }

        return builder.ToString();
    }

    private static NarrativeTable TableOf(Table table, int maxCells)
    {
        var rows = table.OfType<TableRow>().ToList();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        if ((long)rows.Count * width > maxCells)
        {
            throw new TooManyCellsException();
        }

        return new NarrativeTable(Rectangular([.. rows.Select(r => (IReadOnlyList<string>)[.. r.OfType<TableCell>().Select(ParagraphsText)])]));
    }

    /// <summary>A table read from Markdown would have more cells than the reader's limit.</summary>
    internal sealed class TooManyCellsException : Exception
    {
    }

    /// <summary>Rows padded with empty cells to the widest row.</summary>
    internal static IReadOnlyList<IReadOnlyList<string>> Rectangular(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        return [.. rows.Select(r => r.Count == width ? r : (IReadOnlyList<string>)[.. r, .. Enumerable.Repeat(string.Empty, width - r.Count)])];
    }

    private static bool IsAllStrong(ContainerInline? inline) =>
        inline is not null && inline.Any() && inline.All(i => i is EmphasisInline { DelimiterCount: 2 } || (i is LiteralInline l && l.Content.IsEmptyOrWhitespace()));

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        AppendInline(builder, inline);
        return NarrativeText.Clean(builder.ToString());
    }

    /// <summary>A paragraph's text line by line: split at its top-level line breaks.</summary>
    private static List<string> InlineLines(ContainerInline? inline)
    {
        var lines = new List<string>();
        var builder = new StringBuilder();
        for (var child = inline?.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LineBreakInline)
            {
                lines.Add(NarrativeText.Clean(builder.ToString()));
                builder.Clear();
                continue;
            }

            var pending = new Stack<Inline>();
            pending.Push(child);
            AppendInline(builder, pending);
        }

        lines.Add(NarrativeText.Clean(builder.ToString()));
        return lines;
    }

    private static void AppendInline(StringBuilder builder, ContainerInline root)
    {
        var pending = new Stack<Inline>();
        PushChildren(pending, root);
        AppendInline(builder, pending);
    }

    // Iterative, not recursive: a hostile file can nest emphasis and links as deep as its length allows.
    private static void AppendInline(StringBuilder builder, Stack<Inline> pending)
    {
        while (pending.Count > 0)
        {
            var inline = pending.Pop();
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.ToString());
                    break;
                case LineBreakInline:
                    // A soft break inside Chinese prose is no space; between Latin words it is one.
                    if (builder.Length > 0 && builder[^1] < 0x2E80 && inline.NextSibling is LiteralInline { Content.Length: > 0 } next && next.Content.CurrentChar < 0x2E80)
                    {
                        builder.Append(' ');
                    }

                    break;
                case AutolinkInline link:
                    builder.Append(link.Url);
                    break;
                case ContainerInline container:
                    PushChildren(pending, container);
                    break;
            }
        }
    }

    private static void PushChildren(Stack<Inline> pending, ContainerInline container)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push(child);
        }
    }

    private static void WriteTable(StringBuilder builder, NarrativeTable table)
    {
        var rows = Rectangular(table.Rows);
        if (rows.Count == 0 || rows[0].Count == 0)
        {
            return;
        }

        for (var r = 0; r < rows.Count; r++)
        {
            if (r > 0)
            {
                builder.Append('\n');
            }

            builder.Append('|');
            foreach (var cell in rows[r])
            {
                builder.Append(' ').Append(Escape(cell)).Append(" |");
            }

            if (r == 0)
            {
                builder.Append('\n').Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", rows[0].Count)));
            }
        }
    }

    private const string Special = "\\`*_[]<>&|~#!";

    /// <summary>Text as Markdown that reads back as exactly this text (trimmed, on one line).</summary>
    internal static string Escape(string text)
    {
        var clean = LabelTextOneLine(text);
        var builder = new StringBuilder(clean.Length + 8);
        var leadingDigits = true;
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            var atStart = i == 0;
            if (Special.Contains(c, StringComparison.Ordinal) || (atStart && c is '-' or '+' or '=' or ':') || (leadingDigits && i > 0 && c is '.' or ')'))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            leadingDigits = leadingDigits && char.IsAsciiDigit(c);
        }

        return builder.ToString();
    }

    private static string LabelTextOneLine(string text) =>
        NarrativeText.Clean(string.Join(' ', NarrativeText.SplitLines(text).Where(l => l.Length > 0)));
}
