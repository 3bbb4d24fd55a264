using System.Text;
using Disclosure.Audit;
using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Rendering.Audit;
using Disclosure.Validation;

namespace Disclosure.Rendering.Tests;

/// <summary>The audit summary page and CSV: one row per report, text from the reports encoded or neutralised.</summary>
public class AuditPageTests
{
    private static readonly IReadOnlyList<AuditEntry> Entries =
    [
        new("reports/a.txt", "<script>alert(1)</script>局", 2024, new ValidationReport(null, [Rules.ReportUnreadable.Raise("未找到表格。")]), null),
        new("reports/b.txt", "=HYPERLINK(\"x\")局", 2024, PartlyRead(), "reports/2023/b.txt"),
    ];

    [Fact]
    public void Lists_every_report_with_its_verdict_and_encodes_what_the_reports_say()
    {
        var html = AuditPage.Render(Entries, DateTimeOffset.UnixEpoch);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("政府信息公开工作年度报告 审核结果", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;局", html, StringComparison.Ordinal);
        Assert.Contains("无法读取", html, StringComparison.Ordinal);
        Assert.Contains("部分读取", html, StringComparison.Ordinal);
        Assert.Contains("data-count=\"read_in_part\">1<", html, StringComparison.Ordinal);
        Assert.Contains("未能读取 3 个数字:“行政规范性文件”一行", html, StringComparison.Ordinal);
        Assert.Contains("1970-01-01 08:00", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_csv_has_one_record_per_report_and_neutralises_formulas()
    {
        var csv = Encoding.UTF8.GetString(AuditPage.Csv(Entries));

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal("file,body,year,verdict,errors,warnings,previous_file,unread_figures,rules", lines[0]);
        Assert.StartsWith("reports/a.txt,<script>alert(1)</script>局,2024,无法读取,1,0,,,report.unreadable", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")局\"", lines[2], StringComparison.Ordinal);
        Assert.Contains("proactive.art20_1.normative_documents.issued", lines[2], StringComparison.Ordinal);
    }

    private static ValidationReport PartlyRead()
    {
        var document = new FormDocument(NationalForm.Current, SourceFormat.ReportText);
        foreach (var figure in NationalForm.Current.Figures)
        {
            if (figure.Row.Code == "normative_documents")
            {
                document.UnreadFigures.Add(figure.Key);
                document.CellsWithReadFindings.Add(figure.Key);
            }
            else
            {
                document.SetFigure(figure.Key, 0, "第1行");
            }
        }

        return FormValidator.Validate(new ReadResult(document, [Rules.ReportSplitAmbiguous.RaiseAt("proactive.art20_1.normative_documents.issued", "第1行", "第1行", "行政规范性文件", "6233440", 2, "62 | 3 | 3440;62 | 33 | 440", "")]));
    }
}
