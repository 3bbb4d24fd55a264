using System.Net;
using System.Text;

namespace Disclosure.Tests.PublishedReports;

/// <summary>
/// Writes a report as a government web site publishes it (the layout of the Shuyang DRC page in the corpus): site
/// chrome and a metadata table (名称, 索引号…) before the article, paragraphs for the text, and the form's tables as
/// Word exports them: 二's four tables in one &lt;table&gt; (a heading row spanning four columns, single figures
/// spanning three), 三 with rowspan/colspan group headings over three header rows, 四 as one table of 15 figures.
/// Built from the rows <see cref="SeedStyleReport"/> prints.
/// </summary>
public static class HtmlStyleReport
{
    /// <param name="figures">The 200 figures.</param>
    /// <param name="blankOrganisationZeros">Leave 三's 法人或其他组织 cells blank where the figure is 0, as some offices do.</param>
    /// <param name="misprints">Labels printed otherwise than the form words them (seed wording → printed wording).</param>
    public static string Render(
        IReadOnlyDictionary<string, decimal> figures, bool blankOrganisationZeros = false, IReadOnlyDictionary<string, string>? misprints = null)
    {
        var rows = SeedStyleRows.Of(figures);
        var html = new StringBuilder();
        string Printed(string label) => Encode(misprints is not null && misprints.TryGetValue(label, out var p) ? p : label);
        void Line(string text) => html.Append(text).Append('\n');
        void Paragraph(string text) => Line($"<p style=\"text-indent: 2em\"><span style=\"font-family: 微软雅黑;\">{Encode(text)}</span><o:p></o:p></p>");
        static string Td(string text, int colspan = 1, int rowspan = 1) =>
            "<td" + (colspan > 1 ? $" colspan=\"{colspan}\"" : "") + (rowspan > 1 ? $" rowspan=\"{rowspan}\"" : "") + $"><p>{text}</p></td>";

        Line("<!DOCTYPE html>");
        Line("<html><head><meta charset=\"utf-8\"><title>政府信息公开年度报告</title>");
        // Site scripts carry text that is no part of the report (here a decoy 第二十条); the reader skips them.
        Line("<script>document.getElementById(\"utime\").innerHTML = \"第二十条 1 2 3\";</script></head><body>");
        Line("<div class=\"header\"><a href=\"/\">首页</a> <a href=\"/zwgk\">政务公开</a></div>");
        Line("<table class=\"table_content\"><tbody>");
        Line($"<tr>{Td("名称")}{Td("政府信息公开年度报告", 3)}</tr>");
        Line($"<tr>{Td("索引号")}{Td("014314799/2024-00002")}{Td("分类")}{Td("信息公开年报")}</tr>");
        Line($"<tr>{Td("发布机构")}{Td("某区人民政府")}{Td("公开日期")}{Td("2024-01-17")}</tr>");
        Line("</tbody></table>");
        Line("<div class=\"article-content\" id=\"zoomcon\">");
        foreach (var text in rows.Opening)
        {
            Paragraph(text);
        }

        Paragraph(rows.ProactiveHeading);
        Line("<table style=\"BORDER-COLLAPSE:collapse\" border=\"1\"><tbody>");
        foreach (var table in rows.Proactive)
        {
            var wide = table.Columns.Count == 1 ? 3 : 1;
            Line($"<tr>{Td(Encode(table.Heading.Replace(" ", "", StringComparison.Ordinal)), 4)}</tr>");
            Line($"<tr>{Td(Encode(table.ContentLabel))}{string.Concat(table.Columns.Select(c => Td(Encode(c), wide)))}</tr>");
            foreach (var row in table.Rows)
            {
                Line($"<tr>{Td(Printed(row.Label))}{string.Concat(row.Figures.Select(f => Td(f, wide)))}</tr>");
            }
        }

        Line("</tbody></table>");
        Paragraph(rows.RequestsHeading);
        var requests = rows.Requests;
        var organisation = requests.OrganisationColumns.ToHashSet();
        Line("<table style=\"BORDER-COLLAPSE:collapse\" border=\"1\"><tbody>");
        Line($"<tr>{Td(Encode(requests.Note), 3, 3)}{Td(Encode(requests.ApplicantHeading), requests.Columns.Count)}</tr>");
        Line($"<tr>{Td(Encode(requests.Columns[0]), 1, 2)}{Td(Encode(requests.OrganisationHeading), organisation.Count)}{Td(Encode(requests.Columns[^1]), 1, 2)}</tr>");
        Line($"<tr>{string.Concat(organisation.Select(c => Td(Encode(requests.Columns[c]))))}</tr>");
        for (var i = 0; i < requests.Rows.Count; i++)
        {
            var row = requests.Rows[i];
            var cells = new StringBuilder();
            for (var level = 0; level < row.Groups.Count; level++)
            {
                // A group heading spans its rows, in the first row under it only.
                var heading = row.Groups[level];
                if (i > 0 && requests.Rows[i - 1].Groups.Count > level && requests.Rows[i - 1].Groups[level] == heading)
                {
                    continue;
                }

                var span = requests.Rows.Skip(i).TakeWhile(r => r.Groups.Count > level && r.Groups[level] == heading).Count();
                cells.Append(Td(Encode(heading), 1, span));
            }

            cells.Append(Td(Printed(row.Label), 3 - row.Groups.Count));
            for (var c = 0; c < row.Figures.Count; c++)
            {
                var blank = blankOrganisationZeros && organisation.Contains(c) && row.Figures[c] == "0";
                cells.Append(Td(blank ? "" : row.Figures[c]));
            }

            Line($"<tr>{cells}</tr>");
        }

        Line("</tbody></table>");
        Paragraph(rows.AppealsHeading);
        var appeals = rows.Appeals;
        var results = appeals.Columns.Count;
        Line("<table style=\"BORDER-COLLAPSE:collapse\" border=\"1\"><tbody>");
        Line($"<tr>{Td(Encode(appeals.Review), results)}{Td(Encode(appeals.Litigation), 2 * results)}</tr>");
        Line($"<tr>{string.Concat(appeals.Columns.Select(c => Td(Encode(c), 1, 2)))}{Td(Encode(appeals.Direct), results)}{Td(Encode(appeals.AfterReview), results)}</tr>");
        Line($"<tr>{string.Concat(appeals.Columns.Concat(appeals.Columns).Select(c => Td(Encode(c))))}</tr>");
        Line($"<tr>{string.Concat(appeals.Figures.Select(f => Td(f)))}</tr>");
        Line("</tbody></table>");
        foreach (var text in rows.Closing)
        {
            Paragraph(text);
        }

        Line("</div>");
        Line("<div class=\"footer\">主办单位：某区人民政府办公室</div>");
        Line("</body></html>");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
