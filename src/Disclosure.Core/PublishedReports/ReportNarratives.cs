using Disclosure.Reading;

namespace Disclosure.PublishedReports;

/// <summary>
/// Takes the narrative sections 一 总体情况, 五 存在的主要问题及改进情况 and 六 其他需要报告的事项 as text,
/// from their headings to the next section's heading.
/// </summary>
internal static class ReportNarratives
{
    public static void Extract(IReadOnlyList<string> lines, FormDocument document)
    {
        var keys = lines.Select(l => ReportLabels.Key(l)).ToList();
        var overview = keys.FindIndex(k => k.StartsWith("一总体情况", StringComparison.Ordinal));
        var proactive = keys.FindIndex(Math.Max(overview, 0), k => k.StartsWith("二", StringComparison.Ordinal) && k.Contains("主动公开政府信息情况", StringComparison.Ordinal));
        var problems = keys.FindIndex(k => k.StartsWith("五", StringComparison.Ordinal) && k.Contains("存在的主要问题", StringComparison.Ordinal));
        var other = keys.FindIndex(Math.Max(problems, 0), k => k.StartsWith("六其他需要报告的事项", StringComparison.Ordinal));

        Put(document, "overview", lines, overview, proactive);
        Put(document, "problems", lines, problems, other);
        Put(document, "other_matters", lines, other, lines.Count);
    }

    private static void Put(FormDocument document, string section, IReadOnlyList<string> lines, int heading, int end)
    {
        if (heading < 0 || end <= heading)
        {
            return;
        }

        var body = lines.Skip(heading + 1).Take(end - heading - 1)
            .Select(l => l.Replace('\f', ' ').Trim())
            .Where(l => l.Length > 0 && !ReportLabels.IsPageNumber(l));
        var text = string.Join("\n", body).Trim();
        if (text.Length > 0)
        {
            document.Narratives[section] = text;
        }
    }
}
