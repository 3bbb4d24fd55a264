using Azure.Storage.Blobs.Models;
using Disclosure.Pipeline.Ingest;
using Disclosure.Pipeline.Uploads;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Testing;

namespace Disclosure.Cli.Tests;

/// <summary>
/// <c>disclosure upload</c>, the real process, for each verdict it can print: accepted, accepted with warnings, a
/// duplicate of an earlier upload, a failure the host recorded; and the refusals before anything is sent.
/// The test plays the host: it ingests (or records a failure for) what the command uploaded while the command waits.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class UploadCommandTests(AzuriteFixture azurite)
{
    private const int Year = 2022;

    [Fact]
    public async Task An_accepted_upload_exits_0_and_the_same_bytes_again_are_a_duplicate_with_the_same_verdict()
    {
        var office = await AddOfficeAsync();
        using var folder = new TempFolder();
        var file = folder.Write("a.csv", SubmissionCsv.Consistent(office, Year, 3));
        var copy = folder.Write("b.csv", SubmissionCsv.Consistent(office, Year, 3));

        var first = await UploadWhileHostingAsync(office, file, (ingest, blob) => ingest.IngestAsync(blob, default));
        var second = await UploadWhileHostingAsync(office, copy, (ingest, blob) => ingest.IngestAsync(blob, default));

        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.Contains($"已上传:uploads/{Year}/{office}/a.csv", first.Output, StringComparison.Ordinal);
        Assert.Contains("已通过:符合年度报告格式的全部规则,已作为本机关本年度的有效报送。", first.Output, StringComparison.Ordinal);
        Assert.Contains($"校验报告:validation/{Year}/{office}/", first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("重复上传", first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("注意", first.Output, StringComparison.Ordinal);

        Assert.True(second.ExitCode == 0, second.Output + second.Error);
        Assert.Contains("重复上传:与本机关本年度此前上传的文件内容完全相同", second.Output, StringComparison.Ordinal);
        Assert.Contains("已通过:符合年度报告格式的全部规则", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("注意", second.Output, StringComparison.Ordinal); // a duplicate is not an upload a newer one overtook
    }

    [Fact]
    public async Task An_upload_accepted_with_a_warning_says_how_many_and_exits_0()
    {
        var office = await AddOfficeAsync();
        var figures = SubmissionCsv.ConsistentFigures(requests: 2);
        figures["proactive.art20_1.regulations.issued"] = 5;
        figures["proactive.art20_1.regulations.in_force"] = 4; // proactive.in_force: a warning
        using var folder = new TempFolder();
        var file = folder.Write("w.csv", SubmissionCsv.Bytes(office, Year, figures));

        var result = await UploadWhileHostingAsync(office, file, (ingest, blob) => ingest.IngestAsync(blob, default));

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("已通过:没有错误,有 1 个警告请核实;已作为本机关本年度的有效报送。", result.Output, StringComparison.Ordinal);
        Assert.Contains("proactive.in_force", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_the_host_recorded_is_printed_with_its_reason_and_exits_4()
    {
        var office = await AddOfficeAsync();
        using var folder = new TempFolder();
        var file = folder.Write("f.csv", SubmissionCsv.Consistent(office, Year, 1));

        var result = await UploadWhileHostingAsync(office, file, (ingest, blob) => ingest.RecordFailureAsync(blob, "存储暂时不可用", default));

        Assert.True(result.ExitCode == 4, result.Output + result.Error);
        Assert.Contains("处理失败:存储暂时不可用。文件已存档", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("已通过", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_wait_uploads_and_exits_0_without_a_verdict()
    {
        var office = $"cli{Guid.NewGuid():N}"[..12];
        using var folder = new TempFolder();
        var file = folder.Write("n.csv", SubmissionCsv.Consistent(office, Year, 1));

        var result = DisclosureProcess.RunWith(azurite.ConnectionString, "upload", file, "--office", office, "--year", $"{Year}", "--no-wait");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains($"已上传:uploads/{Year}/{office}/n.csv", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("已通过", result.Output, StringComparison.Ordinal);
        Assert.Single(azurite.Storage.Uploads.GetBlobs(BlobTraits.None, BlobStates.None, $"{Year}/{office}/", default));
    }

    [Fact]
    public void A_missing_file_or_an_invalid_office_id_exits_2_before_anything_is_sent()
    {
        using var folder = new TempFolder();
        var file = folder.Write("x.csv", SubmissionCsv.Consistent("x", Year, 1));

        var missing = DisclosureProcess.RunWith(azurite.ConnectionString, "upload", Path.Combine(folder.Path, "none.csv"), "--office", "edu", "--year", $"{Year}");
        var invalid = DisclosureProcess.RunWith(azurite.ConnectionString, "upload", file, "--office", "../edu", "--year", $"{Year}");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("找不到文件", missing.Output, StringComparison.Ordinal);
        Assert.Equal(2, invalid.ExitCode);
        Assert.Contains("机关代码无效", invalid.Output, StringComparison.Ordinal);
        Assert.Empty(azurite.Storage.Uploads.GetBlobs(BlobTraits.None, BlobStates.None, $"{Year}/edu/x", default));
    }

    [Fact]
    public async Task An_accepted_upload_a_newer_one_overtook_says_it_did_not_replace_it()
    {
        var office = await AddOfficeAsync();
        using var folder = new TempFolder();
        var file = folder.Write("old.csv", SubmissionCsv.Consistent(office, Year, 2));

        // Playing the host: before the command's upload is ingested, a newer upload of the same office is sent and ingested.
        var result = await UploadWhileHostingAsync(office, file, async (ingest, blob) =>
        {
            var newer = await new UploadClient(azurite.Storage).SendAsync(SubmissionCsv.Consistent(office, Year, 3), "new.csv", Year, office, null, default);
            await ingest.IngestAsync(newer.BlobName, default);
            return await ingest.IngestAsync(blob, default);
        });

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("已通过:符合年度报告格式的全部规则", result.Output, StringComparison.Ordinal);
        Assert.Contains("注意:已有更晚上传的文件,本文件未取代它。", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--link", "ftp://example.org/api/office/2022/abc")]
    [InlineData("--link", "/api/office/2022/abc")] // not absolute
    [InlineData("--link", "not a link")]
    public void A_link_must_be_an_absolute_http_or_https_address(params string[] options)
    {
        var result = DisclosureProcess.Run(["upload", "any.csv", .. options]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--link must be the http(s) address of an office link.", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--link", "http://127.0.0.1:9/api/office/2022/abc")]
    [InlineData("--link", "https://127.0.0.1:9/api/office/2022/abc")]
    [InlineData("--office", "edu", "--year", "2000")]
    [InlineData("--office", "edu", "--year", "9999")]
    public void Options_within_bounds_pass_to_the_file_check(params string[] options)
    {
        // The file does not exist: getting as far as saying so shows the options were accepted.
        var result = DisclosureProcess.Run(["upload", Path.Combine(Path.GetTempPath(), $"none-{Guid.NewGuid():N}.csv"), .. options]);

        Assert.True(result.ExitCode == 2, result.Output + result.Error);
        Assert.Contains("找不到文件", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("--link must be", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("--office and --year are required", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--year", "2022")]
    [InlineData("--office", "edu", "--year", "1999")]
    [InlineData("--office", "edu", "--year", "10000")]
    public void Office_and_a_four_digit_year_are_required(params string[] options)
    {
        var result = DisclosureProcess.Run(["upload", "any.csv", .. options]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--office and --year are required (or --link).", result.Output + result.Error, StringComparison.Ordinal);
    }

    private async Task<string> AddOfficeAsync()
    {
        var office = $"cli{Guid.NewGuid():N}"[..12];
        await new OfficeRoster(azurite.Storage.Offices).UpsertAsync([new Office(office, "二道区财政局", "department", true)], CancellationToken.None);
        return office;
    }

    private Task<DisclosureProcess.Result> UploadWhileHostingAsync(string office, string file, Func<IngestService, string, Task<IngestOutcome>> host) =>
        HostedUpload.RunAsync(azurite, Year, office, file, host);

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("disclosure-upload-").FullName;

        public string Write(string name, byte[] content)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllBytes(file, content);
            return file;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
