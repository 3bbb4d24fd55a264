namespace Disclosure.Validation;

/// <summary>Each figure on its own: what the cell holds, and whether it is a count or amount the form allows.</summary>
public static partial class Rules
{
    public static readonly Rule CellBlank = new("cell.blank", Error, "未填写", "{项目}:未填写,无数据请填 0。");

    public static readonly Rule CellNotANumber = new("cell.not_a_number", Error, "不是数字", "{项目}:单元格内容“{内容}”不是数字");

    public static readonly Rule CellOutOfRange = new("cell.out_of_range", Error, "数值超出范围",
        "{项目}:单元格内容“{内容}”超出可读取的数值范围");

    public static readonly Rule CellNumberAsText = new("cell.number_as_text", Error, "文本形式的数字",
        "{项目}:单元格内容“{内容}”是以文本形式存储的数字,请将单元格设为“常规”或“数值”格式后重新输入");

    public static readonly Rule CellFormulaWithoutValue = new("cell.formula_without_value", Error, "公式没有计算结果",
        "{项目}:单元格是公式,但文件中没有保存计算结果。请在 Excel 中打开、重新计算并保存后上传,或直接填写数字");

    public static readonly Rule CellErrorValue = new("cell.error_value", Error, "单元格是错误值",
        "{项目}:单元格的值是错误值 {内容},请修正公式或直接填写数字");

    public static readonly Rule CellNegative = new("cell.negative", Error, "负数", "{项目}:填报 {填报值},不能为负数。");

    public static readonly Rule CellNotInteger = new("cell.not_integer", Error, "不是整数", "{项目}:填报 {填报值},应为整数。");

    public static readonly Rule CellTooManyDecimals = new("cell.too_many_decimals", Error, "小数位数过多",
        "{项目}:填报 {填报值},单位为万元,最多保留 {位数} 位小数(到元)。");
}
