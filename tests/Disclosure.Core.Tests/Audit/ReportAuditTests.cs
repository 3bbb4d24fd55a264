using Disclosure.Audit;
using Disclosure.Validation;

namespace Disclosure.Tests.Audit;

/// <summary>Auditing folders of published reports: titles matched across years, continuity breaks found where put in.</summary>
public sealed class ReportAuditTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("audit-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("标题: 平潭综合实验区2024年度政府信息公开工作年度报告\n发布时间", "平潭综合实验区", 2024)]
    [InlineData("正文\n2025 年上海市人民政府办公厅政府信息公开\n工作年度报告\n本年度报告", "上海市人民政府办公厅", 2025)]
    [InlineData("                洪泽区人民政府\n      2023 年政府信息公开工作年度报告\n\n   本报告", "洪泽区人民政府", 2023)]
    [InlineData("# 沐阳县人民政府 2025 年 政府信息公开工作年度报告", "沐阳县人民政府", 2025)]
    [InlineData("沭阳县发展和改革局2023年政府信息公开年度报告", "沭阳县发展和改革局", 2023)]
    public void Finds_body_and_year_in_the_title(string text, string body, int year) =>
        Assert.Equal((body, year), ReportTitle.Find(text));

    [Fact]
    public void A_text_without_such_a_title_has_none() => Assert.Null(ReportTitle.Find("2024年工作总结"));

    [Fact]
    public void Finds_the_continuity_breaks_put_in_and_no_others()
    {
        var broken = new HashSet<int> { 1, 4 };
        TwoYearReports.Write(_root, bodies: 6, broken);

        var entries = ReportAudit.Run(ReportAudit.Expand([Path.Combine(_root, "2024")]), ReportAudit.Expand([Path.Combine(_root, "2023")]));

        Assert.Equal(6, entries.Count);
        Assert.All(entries, e =>
        {
            Assert.Equal((AuditVerdict.Read, TwoYearReports.Year), (e.Verdict, e.Year));
            Assert.Equal(Path.GetFileName(e.File), Path.GetFileName(e.PreviousFile));
            Assert.Contains("2023", e.PreviousFile, StringComparison.Ordinal);
        });
        var withBreaks = entries.Where(e => e.Report.Findings.Any(f => f.Rule == Rules.CarryContinuity.Id)).Select(e => e.Body).Order(StringComparer.Ordinal);
        Assert.Equal(broken.Select(TwoYearReports.Body).Order(StringComparer.Ordinal), withBreaks);
        var findings = entries.Single(e => e.Body == TwoYearReports.Body(1)).Report.Findings;
        Assert.All(findings, f => Assert.Equal(Rules.CarryContinuity.Id, f.Rule));
        Assert.Equal(["requests.carried_over.natural_person", "requests.carried_over.total"], findings.Select(f => f.Cell));
    }

    [Fact]
    public void Both_years_in_one_folder_are_matched_among_themselves()
    {
        TwoYearReports.Write(_root, bodies: 3, new HashSet<int> { 2 });

        var entries = ReportAudit.Run(ReportAudit.Expand([_root]), []);

        Assert.Equal(6, entries.Count);
        Assert.All(entries.Where(e => e.Year == 2023), e => Assert.Null(e.PreviousFile));
        Assert.All(entries.Where(e => e.Year == 2024), e => Assert.NotNull(e.PreviousFile));
        Assert.Equal([TwoYearReports.Body(2)], entries.Where(e => e.Report.Findings.Any(f => f.Rule == Rules.CarryContinuity.Id)).Select(e => e.Body));
    }

    [Fact]
    public void Flattened_reports_are_audited_too_and_a_file_that_is_no_report_is_refused()
    {
        TwoYearReports.Write(_root, bodies: 2, new HashSet<int>(), flattened: true);
        File.WriteAllText(Path.Combine(_root, "2024", "notes.txt"), "会议纪要");

        var entries = ReportAudit.Run(ReportAudit.Expand([Path.Combine(_root, "2024")]), ReportAudit.Expand([Path.Combine(_root, "2023")]));

        Assert.Equal(3, entries.Count);
        var notes = Assert.Single(entries, e => e.File.EndsWith("notes.txt", StringComparison.Ordinal));
        Assert.Equal((AuditVerdict.Refused, null, null), (notes.Verdict, notes.Body, notes.Year));
        Assert.All(entries.Where(e => e != notes), e =>
        {
            Assert.NotEqual(AuditVerdict.Refused, e.Verdict);
            Assert.Contains(e.Report.Findings, f => f.Rule == Rules.ReportSplit.Id);
        });
    }
}
