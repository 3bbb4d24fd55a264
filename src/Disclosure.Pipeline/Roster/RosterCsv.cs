using Disclosure.Reading;
using Disclosure.Storage.Blobs;
using Disclosure.Submissions;
using Disclosure.Workbooks;

namespace Disclosure.Pipeline.Roster;

/// <summary>
/// Parses a roster CSV: header <c>office_id,name,kind,required</c> (any order), UTF-8 with or without BOM or
/// GB18030, RFC 4180 quoting. Problems are collected as Chinese messages with line numbers.
/// </summary>
public static class RosterCsv
{
    public static readonly string[] Columns = ["office_id", "name", "kind", "required"];

    public static (List<Office> Offices, List<string> Problems) Parse(byte[] content)
    {
        var offices = new List<Office>();
        var problems = new List<string>();
        if (!TextDecoding.TryDecode(content, out var text))
        {
            problems.Add("名单文件不是文本(应为 UTF-8 或 GB18030 编码的 CSV)。");
            return (offices, problems);
        }

        var records = CsvRecords.Parse(text).Where(r => r.Fields.Any(f => f.Trim().Length > 0)).ToList();
        if (records.Count == 0)
        {
            problems.Add("名单文件为空。");
            return (offices, problems);
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var index = Columns.ToDictionary(c => c, c => header.IndexOf(c));
        foreach (var missing in Columns.Where(c => index[c] < 0 && c is "office_id" or "name"))
        {
            problems.Add($"表头缺少列“{missing}”,应为:{string.Join(",", Columns)}。");
        }

        if (problems.Count > 0)
        {
            return (offices, problems);
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, fields) in records.Skip(1))
        {
            string Field(string column) => index[column] >= 0 && index[column] < fields.Count ? fields[index[column]].Trim() : string.Empty;
            var id = Field("office_id");
            var name = Field("name");
            if (!UploadPath.IsValidOfficeId(id))
            {
                problems.Add($"第{line}行:机关代码“{id}”无效(1–64 个字符,不能含空格、/ \\ # ? ')。");
                continue;
            }

            if (seen.TryGetValue(id, out var first))
            {
                problems.Add($"第{line}行:机关代码“{id}”与第{first}行重复。");
                continue;
            }

            if (name.Length == 0)
            {
                problems.Add($"第{line}行:机关“{id}”未填写名称。");
                continue;
            }

            if (!TryParseRequired(Field("required"), out var required))
            {
                problems.Add($"第{line}行:required 应为 是/否(或 true/false、1/0),实为“{Field("required")}”。");
                continue;
            }

            seen[id] = line;
            offices.Add(new Office(id, name, Field("kind"), required));
        }

        return (offices, problems);
    }

    private static bool TryParseRequired(string text, out bool required)
    {
        switch (text.ToLowerInvariant())
        {
            case "" or "true" or "1" or "yes" or "y" or "是" or "必报":
                required = true;
                return true;
            case "false" or "0" or "no" or "n" or "否":
                required = false;
                return true;
            default:
                required = false;
                return false;
        }
    }
}
