using Disclosure.Form;

namespace Disclosure.Narratives;

/// <summary>
/// The guidance lines of the Word skeleton (<c>disclosure template --narrative</c>): one under each heading, in
/// the paragraph style <see cref="StyleId"/> (grey italic). Readers skip them, in Word by their style and in any
/// format by their words, so a skeleton filled below its guidance reads as the author's text alone.
/// </summary>
public static class NarrativeGuidance
{
    /// <summary>The Word paragraph style of a guidance line.</summary>
    public const string StyleId = "DisclosureGuidance";

    public const string StyleName = "填写说明";

    private static readonly Dictionary<string, string> BySection = new(StringComparer.Ordinal)
    {
        ["overview"] = "【填写说明】概述本年度政府信息公开工作总体情况,可按(一)主动公开、(二)依申请公开、(三)政府信息管理、(四)平台建设、(五)监督保障分小标题撰写;请删除本说明后填写。",
        ["problems"] = "【填写说明】如实说明本年度工作存在的主要问题,以及上一年度问题的改进情况和下一步改进措施;请删除本说明后填写。",
        ["other_matters"] = "【填写说明】说明信息处理费收取情况及其他需要报告的事项;没有需要报告的事项请填写“无”。请删除本说明后填写。",
    };

    /// <summary>The guidance under a section's heading.</summary>
    public static string For(FormSection section) => BySection.GetValueOrDefault(section.Code) ?? "【填写说明】请删除本说明后填写。";

    /// <summary>Whether a line is one of the guidance lines, however its punctuation was re-typed.</summary>
    public static bool IsGuidance(string text)
    {
        var key = LabelText.Normalize(text, LabelFolding.LettersAndDigits);
        return key.Length > 0 && BySection.Values.Any(g => LabelText.Normalize(g, LabelFolding.LettersAndDigits) == key);
    }
}
