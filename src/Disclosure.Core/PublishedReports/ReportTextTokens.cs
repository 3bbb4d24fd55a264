namespace Disclosure.PublishedReports;

/// <summary>
/// Turns report text into tokens line by line, whatever the layout: a line with pipes holds cells (the
/// seed's "cell |" lines, Markdown "| a | b |" rows), any other line holds words separated by spaces
/// (pdftotext -layout columns). Filler lines of pipes, Markdown separators and page footers are dropped.
/// </summary>
internal static class ReportTextTokens
{
    public static List<string> Lines(string text) =>
        [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(l => l.Replace('\f', ' '))];

    public static List<ReportToken> Tokenize(IReadOnlyList<string> lines)
    {
        var tokens = new List<ReportToken>();
        for (var i = 0; i < lines.Count; i++)
        {
            tokens.AddRange(TokenizeLine(lines[i], i));
        }

        return tokens;
    }

    /// <summary>The tokens of line <paramref name="index"/> (zero-based), located 第N行; none for filler.</summary>
    public static IEnumerable<ReportToken> TokenizeLine(string text, int index)
    {
        var location = $"第{index + 1}行";
        var line = text.Trim();
        if (line.Length == 0 || line.All(c => c == '|') || ReportLabels.IsPageNumber(line) || IsMarkdownSeparator(line))
        {
            return [];
        }

        if (line.StartsWith('|') || line.EndsWith('|'))
        {
            var inner = line.StartsWith('|') ? line[1..] : line;
            inner = inner.EndsWith('|') ? inner[..^1] : inner;
            return inner.Split('|').Select(cell => ReportToken.FromCell(cell, location));
        }

        return line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(word => ReportToken.FromCell(word, location));
    }

    private static bool IsMarkdownSeparator(string line) =>
        line.StartsWith('|') && line.Contains('-', StringComparison.Ordinal) && line.All(c => c is '|' or '-' or ':' or ' ');
}
