namespace Disclosure.Validation;

/// <summary>A published report (text, HTML, PDF) read back into figures.</summary>
public static partial class Rules
{
    public static readonly Rule ReportUnreadable = new("report.unreadable", Error, "报告数字无法确定",
        "报告中的数字无法确定地读出:{详情}");

    public static readonly Rule ReportVariant = new("report.variant", Warning, "报告与格式不完全一致",
        "{详情}请核对原报告。");

    public static readonly Rule ReportFragment = new("report.fragment", Warning, "表格行按位置拼合",
        "{位置}:数字“{原文}”所在的一行没有完整的行标签;它位于“{上一行}”与“{下一行}”之间,两行之间按格式缺 {个数} 行、恰有 {个数} 行无标签的数字,按格式的行序读作“{行}”,请核对原报告。");

    public static readonly Rule ReportFragmentUncertain = new("report.fragment_uncertain", Error, "空白单元格无法确定",
        "{位置}:“{行}”一行的“{项目}”是空白单元格,而{别处}有不属于任何一行的数字,可能就是该单元格的数字;该数字不予读取,其余各行照常读取和检查。");

    public static readonly Rule ReportSplit = new("report.split", Warning, "数字按勾稽关系拆分",
        "{位置}:“{行}”一行的数字连在一起(“{原文}”),按表格的勾稽关系拆分为:{读数};{项目}按 {填报值} 读取,请核对原报告。");

    public static readonly Rule ReportSplitAmbiguous = new("report.split_ambiguous", Error, "数字拆分不唯一",
        "{位置}:“{行}”一行的数字连在一起(“{原文}”),有 {个数} 种拆分都可能成立({候选}){说明};该行不予读取,其余各行照常读取和检查。");

    public static readonly Rule ReportSplitUnsolved = new("report.split_unsolved", Error, "数字无法拆分",
        "{位置}:“{行}”一行的数字连在一起(“{原文}”),{原因};该行不予读取,其余各行照常读取和检查。");
}
