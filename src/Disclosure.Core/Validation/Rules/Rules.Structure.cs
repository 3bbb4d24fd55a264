namespace Disclosure.Validation;

/// <summary>Which figures the file states: all of the form's, each once, nothing else.</summary>
public static partial class Rules
{
    public static readonly Rule StructureNoFigures = new("structure.no_figures", Error, "没有统计数据",
        "文件中没有找到任何统计数据(应有 {项数} 项)。");

    public static readonly Rule StructureMissingCell = new("structure.missing_cell", Error, "缺少数据", "{项目}:缺少此项数据。");

    public static readonly Rule StructureDuplicateCell = new("structure.duplicate_cell", Error, "重复填报",
        "{项目}:重复填报(首次在{首次位置}),请只保留一行。");

    public static readonly Rule StructureUnknownKey = new("structure.unknown_key", Error, "未知的单元格代码",
        "未知的单元格代码“{代码}”,不属于{格式}。");

    public static readonly Rule StructureCsvNoHeader = new("structure.csv_no_header", Warning, "CSV 缺少表头",
        "CSV 首行应为表头“key,value”,已按数据行读取。");

    public static readonly Rule StructureCsvBadRow = new("structure.csv_bad_row", Error, "CSV 行的列数不对",
        "此行应有两列(key,value),实有 {列数} 列:{内容}");
}
