namespace Disclosure.Validation;

/// <summary>The submission's metadata: which office, which year, which template.</summary>
public static partial class Rules
{
    public static readonly Rule MetaMissing = new("meta.missing", Warning, "基本信息未填写", "未填写{字段}({代码})。");

    public static readonly Rule MetaUnknownTemplateVersion = new("meta.unknown_template_version", Warning, "模板版本不明",
        "模板版本“{版本}”不是本系统生成的版本,请使用最新模板({最新版本})。");

    public static readonly Rule MetaInvalidYear = new("meta.invalid_year", Error, "报告年度无效",
        "报告年度“{内容}”不是有效的年份,应为四位数字,如 {示例}。");

    public static readonly Rule MetaWrongYear = new("meta.wrong_year", Error, "报告年度与报送年度不符",
        "报告年度填的是 {年度} 年,但本次报送的是 {应报年度} 年度的报告,请使用 {应报年度} 年度的模板。");

    public static readonly Rule MetaYearBeforeEdition = new("meta.year_before_edition", Error, "格式不适用于该年度",
        "报告年度 {年度} 年早于{格式}的适用年度({起始年度} 年起),格式不适用。");

    public static readonly Rule MetaYearNotEnded = new("meta.year_not_ended", Error, "报告年度尚未结束",
        "报告年度 {年度} 年尚未结束,无法报送年度报告。");
}
