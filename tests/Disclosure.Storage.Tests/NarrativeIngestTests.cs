using System.IO.Compression;
using System.Text;
using Disclosure.Narratives;
using Disclosure.Pipeline.Status;
using Disclosure.Reports;
using Disclosure.Samples;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Testing;
using Disclosure.Validation;

namespace Disclosure.Storage.Tests;

/// <summary>A narrative file uploaded beside the workbook is the office's narrative too; the newest narrative wins, whichever way it came.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class NarrativeIngestTests(AzuriteFixture azurite)
{
    private readonly Scenario _s = new(azurite.Storage);

    private static byte[] Docx(string overview) => NarrativeDocxWriter.Write(
        new ReportNarrative(new Dictionary<string, NarrativeSection>(StringComparer.Ordinal)
        {
            ["overview"] = new([new NarrativeParagraph(overview)]),
            ["problems"] = new([new NarrativeParagraph("问题。")]),
            ["other_matters"] = new([new NarrativeParagraph("无。")]),
        }),
        "测试机关", Scenario.Year);

    /// <summary>A CSV submission whose 文字部分 (narrative.overview) says <paramref name="overview"/>.</summary>
    private static byte[] CsvWithNarrative(string office, int requests, string overview) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(SubmissionCsv.Consistent(office, Scenario.Year, requests)).TrimEnd('\n', '\r') + $"\nnarrative.overview,{overview}\n");

    private Task<StoredNarrative?> NarrativeAsync(string office) =>
        _s.Submissions.GetNarrativeAsync(SubmissionKeys.Partition(Scenario.Year, office), CancellationToken.None);

    private async Task<string?> OverviewAsync(string office)
    {
        var submission = await _s.Submissions.GetSubmissionAsync(SubmissionKeys.Partition(Scenario.Year, office), CancellationToken.None);
        return submission?.ReadNarrative().Section("overview") is { Blocks: [NarrativeParagraph first, ..] } ? first.Text : null;
    }

    [Fact]
    public async Task Docx_after_the_workbook_becomes_the_narrative_and_the_status_says_so()
    {
        var office = await _s.AddOfficeAsync();
        await _s.UploadAndIngestAsync(office, SubmissionCsv.Consistent(office, Scenario.Year, 3));
        var status = StatusService.Summarize(new Office(office, "测试", "department", true), await _s.RowsAsync(office));
        Assert.False(status.HasNarrative);

        var outcome = await _s.UploadAndIngestAsync(office, Docx("总体良好。"), "年度报告文字部分.docx");

        Assert.Equal(UploadState.Accepted, outcome.State);
        Assert.True(outcome.IsCurrent);
        Assert.Equal("总体良好。", await OverviewAsync(office));
        var stored = (await NarrativeAsync(office))!;
        Assert.Equal(StoredNarrative.FileOrigin, stored.Origin);
        Assert.Equal(outcome.Record!.RowKey, stored.UploadRowKey);
        var log = await _s.LogAsync(office);
        Assert.Equal(UploadRecord.NarrativeContent, Assert.Single(log, r => r.RowKey == outcome.Record.RowKey).Content);
        Assert.Equal(2, (await _s.BlobsAsync(StorageNames.ArchiveContainer, $"{Scenario.Year}/{office}/")).Count);
        Assert.Equal(4, (await _s.BlobsAsync(StorageNames.ValidationContainer, $"{Scenario.Year}/{office}/")).Count);

        // The office's standing follows the workbook; the narrative is a column of its own.
        status = StatusService.Summarize(new Office(office, "测试", "department", true), await _s.RowsAsync(office));
        Assert.True(status.HasNarrative);
        Assert.Equal(OfficeState.Accepted, status.State);
        Assert.True(status.HasCurrent);
    }

    [Fact]
    public async Task The_newest_narrative_wins_whichever_way_it_came()
    {
        var office = await _s.AddOfficeAsync();
        await _s.UploadAndIngestAsync(office, CsvWithNarrative(office, 1, "来自工作簿一。"));
        Assert.Equal("来自工作簿一。", await OverviewAsync(office));
        Assert.Equal(StoredNarrative.WorkbookOrigin, (await NarrativeAsync(office))!.Origin);

        await Task.Delay(1100); // the service orders uploads to the second
        await _s.UploadAndIngestAsync(office, Docx("来自文件。"), "narrative.docx");
        Assert.Equal("来自文件。", await OverviewAsync(office));

        await Task.Delay(1100);
        var workbook = await _s.UploadAndIngestAsync(office, CsvWithNarrative(office, 2, "来自工作簿二。"));
        Assert.True(workbook.IsCurrent);
        Assert.Equal("来自工作簿二。", await OverviewAsync(office));

        // A workbook whose 文字部分 is empty leaves the narrative in force alone.
        await Task.Delay(1100);
        await _s.UploadAndIngestAsync(office, SubmissionCsv.Consistent(office, Scenario.Year, 4));
        Assert.Equal(4m, (await _s.CurrentAsync(office))!.Figures["requests.received.natural_person"]);
        Assert.Equal("来自工作簿二。", await OverviewAsync(office));
    }

    [Fact]
    public async Task An_older_narrative_arriving_late_never_replaces_the_newer()
    {
        var office = await _s.AddOfficeAsync();
        await _s.UploadAndIngestAsync(office, SubmissionCsv.Consistent(office, Scenario.Year, 1));
        var older = await _s.SendAsync(office, Docx("旧的。"), "old.docx");
        await Task.Delay(1100);
        var newer = await _s.SendAsync(office, Encoding.UTF8.GetBytes("一、总体情况\n新的。\n五、存在的主要问题及改进情况\n问题。\n六、其他需要报告的事项\n无。"), "new.txt");

        Assert.True((await _s.Ingest.IngestAsync(newer.BlobName, default)).IsCurrent);
        var late = await _s.Ingest.IngestAsync(older.BlobName, default);

        Assert.Equal(UploadState.Accepted, late.State);
        Assert.False(late.IsCurrent);
        Assert.Equal("新的。", await OverviewAsync(office));
    }

    [Fact]
    public async Task A_narrative_before_any_workbook_is_kept_and_applies_when_the_workbook_comes()
    {
        var office = await _s.AddOfficeAsync();
        await _s.UploadAndIngestAsync(office, Encoding.UTF8.GetBytes("## 一、总体情况\n\n先到的。\n\n## 五、存在的主要问题及改进情况\n\n问题。\n\n## 六、其他需要报告的事项\n\n无。"), "narrative.md");

        Assert.Null(await _s.CurrentAsync(office));
        Assert.NotNull(await NarrativeAsync(office));
        var status = StatusService.Summarize(new Office(office, "测试", "department", true), await _s.RowsAsync(office));
        Assert.Equal(OfficeState.Missing, status.State);
        Assert.True(status.HasNarrative);

        await Task.Delay(1100);
        await _s.UploadAndIngestAsync(office, SubmissionCsv.Consistent(office, Scenario.Year, 2));
        Assert.Equal("先到的。", await OverviewAsync(office));
    }

    [Fact]
    public async Task The_same_narrative_again_changes_nothing()
    {
        var office = await _s.AddOfficeAsync();
        var bytes = Docx("一次。");
        var first = await _s.UploadAndIngestAsync(office, bytes, "a.docx");
        var stored = await NarrativeAsync(office);

        var again = await _s.UploadAndIngestAsync(office, bytes, "b.docx");
        var redelivered = await _s.Ingest.IngestAsync(first.BlobName, default);

        Assert.Equal(UploadState.Duplicate, again.State);
        Assert.True(redelivered.IsRedelivery);
        var after = await NarrativeAsync(office);
        Assert.Equal(stored!.ETag, after!.ETag);
        Assert.Single(await _s.BlobsAsync(StorageNames.ArchiveContainer, $"{Scenario.Year}/{office}/"));
        Assert.Equal(2, (await _s.LogAsync(office)).Count);
    }

    [Fact]
    public async Task A_hostile_docx_is_refused_and_archived_and_the_narrative_in_force_stays()
    {
        var office = await _s.AddOfficeAsync();
        await _s.UploadAndIngestAsync(office, Docx("原有的。"), "good.docx");
        await Task.Delay(1100);

        var outcome = await _s.UploadAndIngestAsync(office, WithDtd(Docx("恶意的。")), "evil.docx");

        Assert.Equal(UploadState.Rejected, outcome.State);
        Assert.Equal(Rules.NarrativeDtd.Id, Assert.Single(outcome.Findings).Rule);
        Assert.False(outcome.IsCurrent);
        Assert.Equal(2, (await _s.BlobsAsync(StorageNames.ArchiveContainer, $"{Scenario.Year}/{office}/")).Count);
        var log = Assert.Single(await _s.LogAsync(office), r => r.RowKey == outcome.Record!.RowKey);
        Assert.Contains(Rules.NarrativeDtd.Id, log.Rules);
        Assert.Equal("原有的。", (await _s.Submissions.GetNarrativeAsync(SubmissionKeys.Partition(Scenario.Year, office), default))!.Sections["overview"]);
    }

    [Fact]
    public async Task A_long_narrative_is_split_across_properties_and_read_back_whole()
    {
        var office = await _s.AddOfficeAsync();
        var overview = string.Concat(Enumerable.Repeat("本年度政府信息公开工作稳步推进。", 5_000)); // 80,000 characters
        await _s.UploadAndIngestAsync(office, Docx(overview), "long.docx");

        Assert.Equal(overview, (await NarrativeAsync(office))!.Sections["overview"]);
    }

    private static byte[] WithDtd(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write("<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + text[(text.IndexOf("?>", StringComparison.Ordinal) + 2)..]);
        }

        return stream.ToArray();
    }
}
