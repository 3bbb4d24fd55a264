namespace Disclosure.Validation;

/// <summary>The file cannot be read at all: the report is unreadable (exit code 2).</summary>
public static partial class Rules
{
    public static readonly Rule FileNotFound = new("file.not_found", Error, "找不到文件", "找不到文件:{路径}");

    public static readonly Rule FileEmpty = new("file.empty", Error, "文件为空", "文件为空(0 字节),请重新导出后上传。");

    public static readonly Rule FileTooLarge = new("file.too_large", Error, "文件过大",
        "文件大小 {大小} MB,超过上限 {上限} MB。年度报告工作簿通常不足 1 MB,请检查是否上传了错误的文件。");

    public static readonly Rule FileNotZip = new("file.not_zip", Error, "不是 Excel 工作簿",
        "文件扩展名为 .xlsx,但内容不是有效的 Excel 工作簿(不是 zip 包),文件可能已损坏。");

    public static readonly Rule FileCorrupt = new("file.corrupt", Error, "文件已损坏",
        "{文件}已损坏或不完整,无法读取(技术细节:{详情})。请在原软件中打开确认无误后重新导出或“另存为”,再上传。");

    public static readonly Rule FileZipBomb = new("file.zip_bomb", Error, "解压后大小异常",
        "工作簿解压后的内容大小异常(远超正常的年度报告工作簿),为安全起见不予读取。请使用下发的模板重新填写后上传。");

    public static readonly Rule FileEncrypted = new("file.encrypted", Error, "工作簿设有密码",
        "工作簿设置了打开密码,无法读取。请取消密码保护(文件→信息→保护工作簿→用密码进行加密,清空密码)后重新上传。");

    public static readonly Rule FileLegacyXls = new("file.legacy_xls", Error, "旧版 .xls 工作簿",
        "这是旧版 Excel 97-2003 工作簿(.xls),不予读取。请在 Excel 中“另存为”Excel 工作簿(*.xlsx)后重新上传。");

    public static readonly Rule FileMacroEnabled = new("file.macro_enabled", Error, "含宏的工作簿",
        "这是启用宏的工作簿(.xlsm 或含 VBA 宏),为安全起见不予读取。请“另存为”Excel 工作簿(*.xlsx)后重新上传。");

    public static readonly Rule FileDtd = new("file.dtd_forbidden", Error, "含文档类型定义",
        "工作簿的 XML 内容含有文档类型定义(DTD/实体声明),正常的 Excel 文件不会包含,为安全起见不予读取。");

    public static readonly Rule FileTooManyCells = new("file.too_many_cells", Error, "内容过多",
        "{内容}超过上限 {上限},年度报告不会这么大,请检查是否上传了错误的文件。");

    public static readonly Rule FileTooManyPages = new("file.too_many_pages", Error, "页数过多",
        "PDF 共 {页数} 页,超过上限 {上限} 页,不像是一份年度报告。");

    public static readonly Rule FileNotText = new("file.not_text", Error, "无法识别的二进制文件",
        "文件内容不是文本,也不是 Excel 工作簿或 PDF,无法识别。请上传 xlsx 工作簿或 UTF-8/GB18030 编码的 CSV。");

    public static readonly Rule FileUnknownFormat = new("file.unknown_format", Error, "无法识别的文件格式",
        "无法识别文件格式:既不是“key,value”两列的 CSV,也不是政府信息公开工作年度报告的文本。");
}
