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
        var form = document.Form;
        var keys = lines.Select(l => ReportLabels.Key(l)).ToList();

        // A heading is found by its numeral and its words; reports put words between them (五、政府信息公开工作存在的…).
        int Heading(string section, int from)
        {
            var number = ReportLabels.Key(form.Section(section).Number);
            var words = ReportLabels.Key(form.Section(section).Heading);
            return keys.FindIndex(Math.Max(from, 0), k => k.StartsWith(number, StringComparison.Ordinal) && k.Contains(words, StringComparison.Ordinal));
        }

        var overview = keys.FindIndex(k => k.StartsWith(ReportLabels.Key(form.Section("overview").Title), StringComparison.Ordinal));
        var proactive = Heading("proactive", overview);
        var problems = Heading("problems", 0);
        var other = keys.FindIndex(Math.Max(problems, 0), k => k.StartsWith(ReportLabels.Key(form.Section("other_matters").Title), StringComparison.Ordinal));

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
