using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Disclosure.PublishedReports;

/// <summary>
/// Reads a published report PDF through its text layer: the words of each page are gathered into lines
/// by their baselines and read left to right, as pdftotext -layout prints them, then read like report text.
/// </summary>
public static class ReportPdfReader
{
    private const int MaxPages = 500;

    public static ReadResult Read(byte[] pdf, ReadLimits limits, FormEdition form)
    {
        var lines = new List<PdfLine>();
        try
        {
            using var document = PdfDocument.Open(pdf);
            if (document.NumberOfPages > MaxPages)
            {
                return ReadResult.Unreadable(Rules.FileTooManyPages.Raise(document.NumberOfPages, MaxPages));
            }

            foreach (var page in document.GetPages())
            {
                lines.AddRange(PdfLines.Of(page));
                if (lines.Count > limits.MaxCells)
                {
                    return ReadResult.Unreadable(Rules.FileTooManyCells.Raise("PDF 的文字行数", $"{limits.MaxCells} 行"));
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ReadResult.Unreadable(Rules.FileCorrupt.Raise("PDF 文件", e.GetType().Name));
        }

        if (lines.Count == 0 || !lines.Any(l => l.Words.Any(w => w.Contains("申请", StringComparison.Ordinal))))
        {
            return ReadResult.Unreadable(Rules.ReportUnreadable.Raise(
                "PDF 中没有可提取的文字(可能是扫描件或图片)。请提供带文字层的 PDF 或网页版本。"));
        }

        var tokens = new List<ReportToken>();
        foreach (var line in lines)
        {
            if (!ReportLabels.IsPageNumber(string.Concat(line.Words)))
            {
                tokens.AddRange(line.Words.Select(w => ReportToken.FromCell(w, $"第{line.Page}页")));
            }
        }

        return ReportTableParser.Parse(form, SourceFormat.ReportPdf, tokens, [.. lines.Select(l => string.Join(" ", l.Words))]);
    }
}

/// <summary>One printed line of a PDF page: its words, left to right, and where it sits.</summary>
internal sealed record PdfLine(int Page, IReadOnlyList<string> Words, double Left, double Baseline, double Height)
{
    public bool IsFiguresOnly => Words.All(w => ReportLabels.TryParseNumber(w, out _));

    public bool IsTextOnly => Words.All(w => !ReportLabels.TryParseNumber(w, out _));
}

internal static class PdfLines
{
    public static List<PdfLine> Of(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var groups = new List<List<Word>>();

        // Top to bottom; a word joins the current line when its baseline is within half a glyph height.
        foreach (var word in words.OrderByDescending(Baseline))
        {
            var height = Math.Max(word.BoundingBox.Height, 1);
            if (groups.Count > 0 && Math.Abs(Baseline(groups[^1][0]) - Baseline(word)) <= height * 0.5)
            {
                groups[^1].Add(word);
            }
            else
            {
                groups.Add([word]);
            }
        }

        var lines = groups.Select(g => g.OrderBy(w => w.BoundingBox.Left).ToList())
            .Select(g => new PdfLine(page.Number, [.. g.Select(w => w.Text)], g[0].BoundingBox.Left, Baseline(g[0]), g.Max(w => w.BoundingBox.Height)))
            .ToList();
        KeepWrappedLabelsTogether(lines);
        return lines;
    }

    /// <summary>
    /// A label wrapped over two lines has its figures centred between them in the PDF; the second line
    /// ("计其他情形)") belongs before the figures, as pdftotext prints it. Only a continuation is moved:
    /// a text line starting where the first did (or indented under its text), closely below it, and not starting a new numbered row.
    /// </summary>
    private static void KeepWrappedLabelsTogether(List<PdfLine> lines)
    {
        for (var i = 1; i + 1 < lines.Count; i++)
        {
            var (above, figures, below) = (lines[i - 1], lines[i], lines[i + 1]);
            var starts = ReportLabels.SplitNumbering(ReportLabels.Normalize(string.Concat(below.Words))).Prefix is not null;
            if (figures.IsFiguresOnly && above.IsTextOnly && below.IsTextOnly && !starts
                && below.Left >= above.Left - above.Height && below.Left <= above.Left + 3 * above.Height
                && above.Baseline - below.Baseline <= 2.2 * above.Height
                && figures.Baseline < above.Baseline && figures.Baseline > below.Baseline)
            {
                (lines[i], lines[i + 1]) = (below, figures);
                i++;
            }
        }
    }

    private static double Baseline(Word word) => word.Letters.Count > 0 ? word.Letters[0].StartBaseLine.Y : word.BoundingBox.Bottom;
}
