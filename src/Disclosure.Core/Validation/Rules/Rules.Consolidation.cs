namespace Disclosure.Validation;

/// <summary>
/// A report put together from submissions (an office's own, or the consolidated one): what went in, and the
/// narrative sections (一、五、六) it has or lacks.
/// </summary>
public static partial class Rules
{
    public static readonly Rule ConsolidationEmpty = new("consolidation.empty", Error, "合并报告没有数据",
        "{报告}没有包含任何机关已通过校验的报送数据。");

    public static readonly Rule ConsolidationDuplicateOffice = new("consolidation.duplicate_office", Error, "同一机关报送多份",
        "机关 {机关代码} 有多份文件:{文件}。每个机关只能计入一份,请只保留最新的一份。");

    public static readonly Rule NarrativeMissing = new("narrative.missing", Warning, "文字部分未填写",
        "“{章节}”没有内容,报告中该处显示【待补充】。");
}
