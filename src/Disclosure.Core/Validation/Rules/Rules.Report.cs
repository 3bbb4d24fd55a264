namespace Disclosure.Validation;

/// <summary>A published report (text, HTML, PDF) read back into figures.</summary>
public static partial class Rules
{
    public static readonly Rule ReportUnreadable = new("report.unreadable", Error, "报告数字无法确定",
        "报告中的数字无法确定地读出:{详情}");

    public static readonly Rule ReportVariant = new("report.variant", Warning, "报告与格式不完全一致",
        "{详情}请核对原报告。");
}
