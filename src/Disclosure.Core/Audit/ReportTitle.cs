using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Disclosure.Reading;
using UglyToad.PdfPig;

namespace Disclosure.Audit;

/// <summary>
/// Whose report and for which year, from its title (…年…政府信息公开工作年度报告: 平潭综合实验区2024年度…,
/// 2025 年上海市人民政府办公厅…): the body is the words beside the year. Bodies are matched across years by it.
/// </summary>
public static partial class ReportTitle
{
    /// <summary>How far into a report the title is looked for, in letters and digits.</summary>
    private const int SearchChars = 4000;

    private const int MaxBodyChars = 24;

    public static (string Body, int Year)? Find(string text)
    {
        var compact = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (compact.Length >= SearchChars)
            {
                break;
            }

            if (!char.IsWhiteSpace(c) && c != '#')
            {
                compact.Append(c);
            }
        }

        var m = TitlePattern().Match(compact.ToString());
        if (!m.Success)
        {
            return null;
        }

        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        var body = m.Groups["after"].Value.Length > 0 ? m.Groups["after"].Value : m.Groups["before"].Value;
        if (body.Length > MaxBodyChars)
        {
            body = body[^MaxBodyChars..];
        }

        return body.Length == 0 ? null : (body, year);
    }

    /// <summary>The title of a report file in any format the product reads (text, HTML, PDF); null when none is found.</summary>
    public static (string Body, int Year)? FromFile(byte[] content)
    {
        try
        {
            if (content.AsSpan().StartsWith("%PDF-"u8))
            {
                using var pdf = PdfDocument.Open(content);
                var text = new StringBuilder();
                foreach (var page in pdf.GetPages().Take(2))
                {
                    text.Append(string.Join(" ", page.GetWords().Select(w => w.Text))).Append('\n');
                }

                return Find(text.ToString());
            }

            if (!TextDecoding.TryDecode(content, out var decoded))
            {
                return null;
            }

            if (decoded.TrimStart().StartsWith('<'))
            {
                var html = new HtmlParser().ParseDocument(decoded);
                return Find((html.Title ?? "") + "\n" + (html.Body?.TextContent ?? ""));
            }

            return Find(decoded);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A file the readers refuse may not yield a title either; the audit still lists it, without body and year.
            return null;
        }
    }

    [GeneratedRegex(@"(?<before>\p{IsCJKUnifiedIdeographs}*)(?<year>(19|20)\d{2})年度?(?<after>\p{IsCJKUnifiedIdeographs}*?)政府信息公开(工作)?年度报告")]
    private static partial Regex TitlePattern();
}
