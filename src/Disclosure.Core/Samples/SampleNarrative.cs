using Disclosure.Reports;

namespace Disclosure.Samples;

/// <summary>
/// A short narrative for the sample district's own report (sections 一、五、六), written for the sample: it
/// exercises every kind of block a body's Word document carries (sub-headings, paragraphs, a list, a table).
/// </summary>
public static class SampleNarrative
{
    public static ReportNarrative Government { get; } = new(new Dictionary<string, NarrativeSection>(StringComparer.Ordinal)
    {
        ["overview"] = new(
        [
            new NarrativeParagraph("本报告依据《中华人民共和国政府信息公开条例》编制，反映全区各部门和街道、镇本年度政府信息公开工作情况。报告中所列数据的统计期限自1月1日起至12月31日止。"),
            new NarrativeHeading("（一）主动公开"),
            new NarrativeParagraph("全区围绕重点领域持续做好主动公开，及时发布规范性文件、财政预决算、行政执法信息和公共服务事项，政府网站和政务新媒体同步更新。"),
            new NarrativeHeading("（二）依申请公开"),
            new NarrativeParagraph("各单位按照统一流程受理、登记和答复政府信息公开申请，答复均在法定期限内完成。主要做法如下："),
            new NarrativeList(
            [
                "统一申请登记台账，每件申请明确承办人和办理时限；",
                "对涉及多个部门的申请，由区政府办公室组织会商后答复；",
                "答复文书经法制审核后送达申请人。",
            ], Ordered: true),
            new NarrativeHeading("（三）平台建设"),
            new NarrativeParagraph("区政府门户网站政府信息公开专栏按照统一目录维护，各栏目更新情况如下表。"),
            new NarrativeTable(
            [
                ["栏目", "本年更新条数", "责任单位"],
                ["法定主动公开内容", "1,268", "各部门"],
                ["政策解读", "96", "政策起草部门"],
                ["政务动态", "2,415", "区政府办公室"],
            ]),
        ]),
        ["problems"] = new(
        [
            new NarrativeParagraph("本年度工作仍存在一些不足：个别单位栏目更新不够及时，部分政策解读形式较为单一。"),
            new NarrativeParagraph("下一步，将建立栏目更新季度检查制度，丰富图表、视频等解读形式，并加强对街道、镇工作人员的业务培训。"),
        ]),
        ["other_matters"] = new(
        [
            new NarrativeParagraph("本年度未收取信息处理费。"),
        ]),
    });
}
