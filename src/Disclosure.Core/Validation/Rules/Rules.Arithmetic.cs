namespace Disclosure.Validation;

/// <summary>
/// The form's own arithmetic rules (FORM.md, "Arithmetic rules of the form"), and the previous year's
/// file they need. Each names, as its cell, the reported figure the rule holds against the others.
/// </summary>
public static partial class Rules
{
    // Quotes the form's own note under table 三.
    public static readonly Rule RequestsBalance = new("requests.balance", Error, "收结平衡",
        $"{{项目}}:填报 {{填报值}},按“{Form.NationalForm.RequestsBalanceNote}”应为 {{应为}}");

    public static readonly Rule RequestsHandledSum = new("requests.handled_sum", Error, "办理结果总计",
        "{项目}:填报 {填报值},各项合计 {应为}");

    public static readonly Rule RequestsColumnSum = new("requests.column_sum", Error, "申请人总计",
        "{项目}:填报 {填报值},各类申请人合计 {应为}");

    public static readonly Rule AppealsGroupSum = new("appeals.group_sum", Error, "复议诉讼总计",
        "{项目}:填报 {填报值},结果维持、结果纠正、其他结果、尚未审结合计 {应为}");

    public static readonly Rule ProactiveInForce = new("proactive.in_force", Warning, "现行有效件数",
        "{项目}:填报 {填报值},少于本年制发件数 {应为}");

    public static readonly Rule CarryContinuity = new("carry.continuity", Warning, "上年结转",
        "{项目}:填报 {填报值},上年度“四、结转下年度继续办理”为 {应为}");

    public static readonly Rule CarryPreviousUnreadable = new("carry.previous_unreadable", Warning, "上一年度文件无法读取",
        "上一年度的文件无法读取,未核对上年结转:{原因}");
}
