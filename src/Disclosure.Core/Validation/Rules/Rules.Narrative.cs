namespace Disclosure.Validation;

/// <summary>A narrative (sections 一、五、六) read from Word, Markdown or text, uploaded beside the workbook or given to a command.</summary>
public static partial class Rules
{
    public static readonly Rule NarrativeNotDocx = new("narrative.not_docx", Error, "不是 Word 文档",
        "文件扩展名为 .docx,但内容不是有效的 Word 文档(不是 zip 包),文件可能已损坏。");

    public static readonly Rule NarrativeCorrupt = new("narrative.corrupt", Error, "Word 文档已损坏",
        "Word 文档已损坏或不完整,无法读取(技术细节:{详情})。请在 Word/WPS 中打开确认无误后“另存为”Word 文档(*.docx),再上传。");

    public static readonly Rule NarrativeZipBomb = new("narrative.zip_bomb", Error, "Word 文档解压后大小异常",
        "Word 文档解压后的内容大小异常(远超正常的年度报告文字部分),为安全起见不予读取。");

    public static readonly Rule NarrativeDtd = new("narrative.dtd_forbidden", Error, "Word 文档含文档类型定义",
        "Word 文档的 XML 内容含有文档类型定义(DTD/实体声明),正常的 Word 文件不会包含,为安全起见不予读取。");

    public static readonly Rule NarrativeMacroEnabled = new("narrative.macro_enabled", Error, "含宏的 Word 文档",
        "这是启用宏的 Word 文档(.docm 或含 VBA 宏),为安全起见不予读取。请“另存为”Word 文档(*.docx)后重新上传。");

    public static readonly Rule NarrativeEncrypted = new("narrative.encrypted", Error, "Word 文档设有密码",
        "Word 文档设置了打开密码,无法读取。请取消密码保护后重新上传。");

    public static readonly Rule NarrativeLegacyDoc = new("narrative.legacy_doc", Error, "旧版 .doc 文档",
        "这是旧版 Word 97-2003 文档(.doc),不予读取。请在 Word/WPS 中“另存为”Word 文档(*.docx)后重新上传。");

    public static readonly Rule NarrativeTooManyParagraphs = new("narrative.too_many_paragraphs", Error, "段落过多",
        "文字部分的段落、行或表格单元格超过上限 {上限},年度报告不会这么长,请检查是否上传了错误的文件。");

    public static readonly Rule NarrativeTooDeep = new("narrative.too_deep", Error, "嵌套层级过深",
        "Markdown 文字中的引用、列表或强调层层嵌套过深,不像是年度报告的文字,为安全起见不予读取。");

    public static readonly Rule NarrativeNotText = new("narrative.not_text", Error, "无法识别的文字文件",
        "文件内容不是文本(UTF-8 或 GB18030 编码),也不是 Word 文档,无法读取文字部分。");

    public static readonly Rule NarrativeTooLong = new("narrative.too_long", Error, "文字部分过长",
        "文字部分共 {字数} 字,超过上限 {上限} 字,年度报告的文字部分不会这么长,请检查是否粘贴了错误的内容。");

    public static readonly Rule NarrativeNoSections = new("narrative.no_sections", Error, "未找到报告各部分标题",
        "文件中没有找到“{标题}”中的任何一个标题,无法确定各部分正文。请保留模板中的标题(可用 disclosure template --narrative 生成)。");

    public static readonly Rule NarrativeGeneratedSection = new("narrative.generated_section", Warning, "该部分由统计数据生成",
        "“{章节}”由统计数据自动生成,文字部分中的这一部分不予采用。");

    public static readonly Rule NarrativeDuplicateSection = new("narrative.duplicate_section", Warning, "标题重复",
        "“{章节}”的标题出现了不止一次,各处正文已按顺序合并,请核对。");

    public static readonly Rule NarrativeMissingSection = new("narrative.missing_section", Warning, "缺少一部分正文",
        "未找到“{章节}”或其正文为空,报告中该部分将显示“【待补充】”。");

    public static readonly Rule NarrativeUnfilled = new("narrative.unfilled", Warning, "模板尚未填写",
        "文件仍是文字部分模板,各部分只有填写说明,没有正文。请在说明下方填写后重新上传。");
}
