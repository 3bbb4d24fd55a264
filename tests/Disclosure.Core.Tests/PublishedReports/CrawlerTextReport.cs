namespace Disclosure.Tests.PublishedReports;

/// <summary>
/// Writes a report as a crawler saves a web page's text (the layout of the Pingtan reports in the corpus): the
/// whole page on one line, table cells run together without separators ("一、本年新收政府信息公开申请数量640020470").
/// Built from the lines <see cref="SeedStyleReport"/> prints.
/// </summary>
public static class CrawlerTextReport
{
    public static string Render(IReadOnlyDictionary<string, decimal> figures)
    {
        var cells = SeedStyleReport.Render(figures)
            .Split('\n')
            .Where(l => l.Trim('|').Length > 0)
            .Select(l => l.EndsWith(" |", StringComparison.Ordinal) ? l[..^2] : l);
        return "当前位置： 首页政务公开政府信息公开年报 " + string.Concat(cells) + " 附件下载\n";
    }
}
