using Disclosure.Form;
using Disclosure.Reading;

namespace Disclosure.Workbooks;

/// <summary>What the workbook reader tells an office, in one place so the wording stays consistent.</summary>
internal static class XlsxMessages
{
    public const string NotZip = "文件扩展名为 .xlsx,但内容不是有效的 Excel 工作簿(不是 zip 包),文件可能已损坏。";
    public const string Corrupt = "Excel 工作簿已损坏或不完整,无法读取。请在 Excel 中打开确认无误后“另存为”Excel 工作簿(*.xlsx)重新上传。";
    public const string ZipBomb = "工作簿解压后的内容大小异常(远超正常的年度报告工作簿),为安全起见不予读取。请使用下发的模板重新填写后上传。";
    public const string Dtd = "工作簿的 XML 内容含有文档类型定义(DTD/实体声明),正常的 Excel 文件不会包含,为安全起见不予读取。";
    public const string Macro = "这是启用宏的工作簿(.xlsm 或含 VBA 宏),为安全起见不予读取。请“另存为”Excel 工作簿(*.xlsx)后重新上传。";
    public const string NoWorkbook = "文件是 zip 包,但其中没有 Excel 工作簿内容(缺少 workbook 部件),可能不是 Excel 文件或已损坏。";

    public static string CorruptBecause(string detail) => $"{Corrupt}(技术细节:{detail})";

    public static string TooManyCells(ReadLimits limits) =>
        $"工作簿的单元格数量超过上限 {limits.MaxCells:N0} 个,年度报告工作簿不会这么大,请检查是否上传了错误的文件。";

    public static string Blank(FigureDefinition f) => $"{f.Label}:未填写,无数据请填 0";

    public static string NumberAsText(FigureDefinition f, string text) =>
        $"{f.Label}:单元格内容“{Clip(text)}”是以文本形式存储的数字,请将单元格设为“常规”或“数值”格式后重新输入";

    public static string NotANumber(FigureDefinition f, string text) => $"{f.Label}:单元格内容“{Clip(text)}”不是数字";

    public static string OutOfRange(FigureDefinition f, string text) => $"{f.Label}:单元格内容“{Clip(text)}”超出可读取的数值范围";

    public static string FormulaWithoutValue(FigureDefinition f) =>
        $"{f.Label}:单元格是公式,但文件中没有保存计算结果。请在 Excel 中打开、重新计算并保存后上传,或直接填写数字";

    public static string ErrorValue(FigureDefinition f, string error) =>
        $"{f.Label}:单元格的值是错误值 {Clip(error)},请修正公式或直接填写数字";

    private static string Clip(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 30 ? trimmed : trimmed[..30] + "…";
    }
}
