using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.PublishedReports;

/// <summary>Reads a published report saved as an HTML page whose tables are &lt;table&gt; elements.</summary>
public static class ReportHtmlReader
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "section", "article", "tr", "blockquote", "pre", "ul", "ol", "table",
    };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "head" };

    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        return head.StartsWith("<", StringComparison.Ordinal) && (head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<table", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype", StringComparison.OrdinalIgnoreCase));
    }

    public static ReadResult Read(string html, ReadLimits limits, FormEdition form)
    {
        var document = new HtmlParser().ParseDocument(html);
        var walker = new Walker(limits);
        if (document.Body is not null)
        {
            walker.Visit(document.Body);
        }

        walker.Flush();
        if (walker.TooLarge)
        {
            return ReadResult.Unreadable(Rules.FileTooManyCells.Raise("网页中的表格单元格数量", $"{limits.MaxCells} 个"));
        }

        return ReportTableParser.Parse(form, SourceFormat.ReportHtml, walker.Tokens, walker.Paragraphs);
    }

    /// <summary>
    /// Walks the page in reading order: table cells become tokens located as "表格2 第5行"; text outside
    /// tables becomes paragraphs (for the narrative sections) and text tokens (headings such as 第二十条第(一)项).
    /// </summary>
    private sealed class Walker(ReadLimits limits)
    {
        private readonly System.Text.StringBuilder _paragraph = new();
        private int _tables;

        public List<ReportToken> Tokens { get; } = [];

        public List<string> Paragraphs { get; } = [];

        public bool TooLarge { get; private set; }

        public void Visit(INode node)
        {
            if (TooLarge)
            {
                return;
            }

            if (node is IText text)
            {
                _paragraph.Append(text.Data);
                return;
            }

            if (node is not IElement element || SkippedElements.Contains(element.LocalName))
            {
                return;
            }

            if (element is IHtmlTableElement table && table.QuerySelector("table") is null)
            {
                Flush();
                // A table's <caption> heads it as a line of text before it would (二's 第二十条 第(一)项).
                if (table.Caption is { } caption)
                {
                    _paragraph.Append(caption.TextContent);
                    Flush();
                }

                ReadTable(table);
                return;
            }

            var block = BlockElements.Contains(element.LocalName);
            if (block)
            {
                Flush();
            }

            foreach (var child in element.ChildNodes)
            {
                Visit(child);
            }

            if (block)
            {
                Flush();
            }
        }

        public void Flush()
        {
            var text = string.Join(" ", _paragraph.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            _paragraph.Clear();
            if (text.Length > 0)
            {
                Paragraphs.Add(text);
                Tokens.Add(new ReportToken(ReportTokenKind.Text, text, 0, "正文"));
            }
        }

        private void ReadTable(IHtmlTableElement table)
        {
            _tables++;
            var grid = new HtmlTableGrid(table);
            for (var r = 0; r < grid.RowCount; r++)
            {
                var location = $"表格{_tables} 第{r + 1}行";
                foreach (var (_, cell) in grid.OwnCells(r))
                {
                    Tokens.Add(ReportToken.FromCell(HtmlTableGrid.CellText(cell), location));
                }

                if (Tokens.Count > limits.MaxCells)
                {
                    TooLarge = true;
                    return;
                }
            }
        }
    }
}
