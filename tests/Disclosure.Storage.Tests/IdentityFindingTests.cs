using System.Text;
using Disclosure.Form;
using Disclosure.Narratives;
using Disclosure.Reports;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Validation;
using Disclosure.Workbooks;

namespace Disclosure.Storage.Tests;

/// <summary>
/// The identity findings an upload's report carries, in the words the office reads: a narrative file at a path that names no
/// office and year, a narrative from an office not on the roster, and a file that states neither office nor year.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class IdentityFindingTests(AzuriteFixture azurite)
{
    private readonly Scenario _s = new(azurite.Storage);

    // Each narrative says something of its own: all bad paths share one partition, where the same bytes again would be a duplicate.
    private readonly string _overview = $"总体良好。{Guid.NewGuid():N}";

    private byte[] Docx() => NarrativeDocxWriter.Write(
        new ReportNarrative(new Dictionary<string, NarrativeSection>(StringComparer.Ordinal)
        {
            ["overview"] = new([new NarrativeParagraph(_overview)]),
            ["problems"] = new([new NarrativeParagraph("问题。")]),
            ["other_matters"] = new([new NarrativeParagraph("无。")]),
        }),
        "测试机关", Scenario.Year);

    [Fact]
    public async Task A_narrative_at_a_bad_path_is_rejected_for_its_path_and_archived()
    {
        var name = $"misplaced-{Guid.NewGuid():N}.docx";
        var docx = Docx();
        await azurite.Storage.Uploads.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(docx));

        var outcome = await _s.Ingest.IngestAsync(name, default);

        Assert.Equal(UploadState.Rejected, outcome.State);
        var finding = Assert.Single(outcome.Findings);
        Assert.Equal(("identity.bad_path", Severity.Error, null), (finding.Rule, finding.Severity, finding.Cell));
        Assert.Equal($"上传路径“{name}”不符合“年度/机关代码/文件名”的格式(如 2023/edu/统计表.xlsx),无法确定报送机关和年度。请用 disclosure upload 命令或按该格式重新上传。",
            finding.Message);

        var row = (await _s.Submissions.GetLogRowAsync(SubmissionKeys.InvalidPathPartition, outcome.Record!.RowKey, default))!;
        Assert.Equal((UploadState.Rejected, "identity.bad_path", 1, UploadRecord.NarrativeContent), (row.State, row.Rules, row.Errors, row.Content));
        Assert.False(row.BecameCurrent);
        Assert.StartsWith("_invalid/", row.ArchiveName, StringComparison.Ordinal);
        var archived = (await azurite.Storage.Archive.GetBlobClient(row.ArchiveName).DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(docx, archived);
        Assert.Null(await _s.Submissions.GetNarrativeAsync(SubmissionKeys.InvalidPathPartition, default));
    }

    [Fact]
    public async Task A_narrative_from_an_office_not_on_the_roster_is_rejected_and_archived()
    {
        var office = Scenario.NewOfficeId("nobody");
        var outcome = await _s.UploadAndIngestAsync(office, Docx(), "文字部分.docx");

        Assert.Equal(UploadState.Rejected, outcome.State);
        Assert.False(outcome.IsCurrent);
        var finding = Assert.Single(outcome.Findings);
        Assert.Equal(("identity.unknown_office", Severity.Error, "meta.office_id"), (finding.Rule, finding.Severity, finding.Cell));
        Assert.Equal($"机关代码“{office}”不在报送机关名单中。请核对机关代码,或联系政务公开办将本机关加入名单。", finding.Message);

        var row = Assert.Single(await _s.LogAsync(office));
        Assert.Equal((UploadState.Rejected, "identity.unknown_office", UploadRecord.NarrativeContent), (row.State, row.Rules, row.Content));
        var archive = Assert.Single(await _s.BlobsAsync(StorageNames.ArchiveContainer, $"{Scenario.Year}/{office}/"));
        Assert.Equal(row.ArchiveName, archive);
        Assert.Null(await _s.Submissions.GetNarrativeAsync(SubmissionKeys.Partition(Scenario.Year, office), default));
    }

    [Fact]
    public async Task A_file_stating_neither_office_nor_year_is_told_which_the_path_decided()
    {
        var office = await _s.AddOfficeAsync();
        var csv = Encoding.UTF8.GetBytes(CsvFormWriter.Write(SubmissionCsv.ConsistentFigures(requests: 2)));

        var outcome = await _s.UploadAndIngestAsync(office, csv);

        Assert.Equal(UploadState.Accepted, outcome.State);
        var notStated = outcome.Findings.Where(f => f.Rule == "identity.not_stated").ToList();
        Assert.Equal(
            [
                ("meta.office_id", Severity.Warning, $"文件未注明机关代码(meta.office_id),按上传路径认定为“{office}”。请使用本系统生成的模板,以免错报。"),
                ("meta.year", Severity.Warning, "文件未注明报告年度(meta.year),按上传路径认定为“2022”。请使用本系统生成的模板,以免错报。"),
            ],
            notStated.Select(f => (f.Cell, f.Severity, f.Message)));
    }
}
