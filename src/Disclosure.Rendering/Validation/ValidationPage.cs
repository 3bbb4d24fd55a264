using System.Globalization;
using System.Text;
using Disclosure.Form;
using Disclosure.Submissions;
using Disclosure.Validation;

namespace Disclosure.Rendering.Validation;

/// <summary>
/// The validation report as one self-contained HTML page (inline CSS, no scripts) that an office clerk
/// can read: the verdict, then each finding with the form's label of the cell to fix and where it is.
/// Every piece of text from the file is HTML-encoded.
/// </summary>
public static class ValidationPage
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static string Render(ValidationReport report, ValidationPageContext context)
    {
        var html = new StringBuilder(4096);
        var office = context.OfficeName ?? context.OfficeId ?? "未知机关";
        var accepted = context.State == UploadState.Accepted;
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E($"{office} {context.Year}年度 政府信息公开工作年度报告统计表校验结果")).Append("</title>\n")
            .Append("<style>")
            .Append("body{font-family:\"Microsoft YaHei\",\"PingFang SC\",\"Noto Sans CJK SC\",sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222;line-height:1.6}")
            .Append("h1{font-size:1.4em}dl{display:grid;grid-template-columns:8em 1fr;gap:.2em 1em}dt{color:#666}dd{margin:0}")
            .Append(".verdict{padding:.8em 1em;border-radius:4px;font-size:1.15em;margin:1em 0}")
            .Append(".ok{background:#e7f6ea;border:1px solid #4caf50}.bad{background:#fdecea;border:1px solid #e53935}")
            .Append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.4em .6em;text-align:left;vertical-align:top}")
            .Append("th{background:#f3f3f3;white-space:nowrap}td:nth-child(1),td:nth-child(2),td:nth-child(4){white-space:nowrap}.error{color:#c62828;font-weight:bold}.warning{color:#b26a00;font-weight:bold}code{font-size:.85em;color:#555}")
            .Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E($"{context.Year}年度 政府信息公开工作年度报告统计表 校验结果")).Append("</h1>\n<dl>\n");
        Item(html, "报送机关", context.OfficeId is null ? office : $"{office}({context.OfficeId})");
        Item(html, "报告年度", context.Year?.ToString(CultureInfo.InvariantCulture) ?? "—");
        Item(html, "文件", context.FileName);
        Item(html, "上传时间", context.UploadedUtc.ToOffset(ChinaStandardTime).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + "(北京时间)");
        html.Append("</dl>\n");

        html.Append("<div class=\"verdict ").Append(accepted ? "ok" : "bad").Append("\">").Append(E(Verdict(report, accepted))).Append("</div>\n");
        if (report.Findings.Count > 0)
        {
            html.Append("<table>\n<thead><tr><th>序号</th><th>级别</th><th>需核改的单元格</th><th>位置</th><th>说明</th></tr></thead>\n<tbody>\n");
            var number = 0;
            // In the form's order, many findings of one rule in one row or table on one line (FindingLines).
            foreach (var line in FindingLines.Group(report.Findings, report.Document?.Form ?? NationalForm.Current))
            {
                var error = line.Severity == Severity.Error;
                html.Append("<tr><td>").Append(++number).Append("</td>")
                    .Append("<td class=\"").Append(error ? "error" : "warning").Append("\">").Append(error ? "错误" : "警告").Append("</td>")
                    .Append("<td>").Append(E(CellLabel(line)));
                if (line.Cells.Count > 0)
                {
                    html.Append("<br><code>").Append(E(line.Cells.Count == 1 ? line.Cells[0] : $"{line.Cells[0]} … {line.Cells[^1]}")).Append("</code>");
                }

                html.Append("</td><td>").Append(E(line.Location ?? "—")).Append("</td>")
                    .Append("<td>").Append(E(line.Message)).Append("<br><code>").Append(E(line.Rule)).Append("</code></td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("<p>").Append(E(accepted
                ? "本次报送已被采用为本机关本年度的有效数据。如需更正,请修改后重新上传,新上传的文件将取代本次报送。"
                : "本次报送未被采用。请按上表逐项核改后重新上传;“警告”请核实,确认无误可不修改。"))
            .Append("</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Verdict(ValidationReport report, bool accepted) => accepted
        ? report.WarningCount == 0 ? "通过:符合年度报告格式的全部规则。" : $"通过:没有错误,有 {report.WarningCount} 个警告请核实。"
        : report.Status == ValidationStatus.Unreadable
            ? "退回:文件无法读取。"
            : $"退回:有 {report.ErrorCount} 个错误、{report.WarningCount} 个警告,请修改后重新上传。";

    private static string CellLabel(FindingLine line)
    {
        if (line.Cells.Count == 0)
        {
            return "—";
        }

        // A figure's section heads its label; a whole table's label already starts with it.
        return NationalForm.Current.TryGetFigure(line.Cells[0], out var figure) && !line.Subject!.StartsWith(figure.Section.Title, StringComparison.Ordinal)
            ? $"{figure.Section.Title} — {line.Subject}"
            : line.Subject ?? line.Cells[0];
    }

    private static void Item(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(E(term)).Append("</dt><dd>").Append(E(value)).Append("</dd>\n");

    // Only the five markup characters: the page is UTF-8, and Chinese and "·" should stay readable in its source.
    private static string E(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return encoded.ToString();
    }
}
