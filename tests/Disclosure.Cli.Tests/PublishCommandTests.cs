using Disclosure.Pipeline.Ingest;
using Disclosure.Pipeline.Uploads;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Testing;

namespace Disclosure.Cli.Tests;

/// <summary><c>disclosure publish</c> against its own Azurite (the gate reads the whole roster): blocked, forced, unchanged.</summary>
public sealed class PublishCommandTests : IAsyncLifetime
{
    private const int Year = 2022;
    private readonly AzuriteFixture _azurite = new();

    public Task InitializeAsync() => _azurite.InitializeAsync();

    public Task DisposeAsync() => _azurite.DisposeAsync();

    [Fact]
    public async Task Publish_exits_1_with_the_reasons_when_blocked_0_when_forced_and_0_when_nothing_changed()
    {
        var storage = _azurite.Storage;
        await new OfficeRoster(storage.Offices).UpsertAsync(
            [new Office("gov", "测试区人民政府办公室", "government", true), new Office("late", "测试区迟报局", "department", true)], CancellationToken.None);
        var sent = await new UploadClient(storage).SendAsync(SubmissionCsv.Consistent("gov", Year, 3), "统计表.csv", Year, "gov", null, CancellationToken.None);
        await new IngestService(storage, new IngestOptions { CurrentYear = 2025 }).IngestAsync(sent.BlobName, CancellationToken.None);

        var blocked = DisclosureProcess.RunWith(_azurite.ConnectionString, "publish", "--year", $"{Year}");
        Assert.Equal(1, blocked.ExitCode);
        Assert.Contains("测试区迟报局（late）", blocked.Output);
        Assert.Contains("文字部分不完整", blocked.Output);

        Assert.NotEqual(0, DisclosureProcess.RunWith(_azurite.ConnectionString, "publish", "--year", $"{Year}", "--force").ExitCode);

        var forced = DisclosureProcess.RunWith(_azurite.ConnectionString, "publish", "--year", $"{Year}", "--force", "--reason", "按期发布", "--by", "张三");
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("第 1 版", forced.Output);
        Assert.Contains("reports/2022/v1/", forced.Output);
        Assert.Contains("http://localhost:7071/2022/", forced.Output);

        var again = DisclosureProcess.RunWith(_azurite.ConnectionString, "publish", "--year", $"{Year}", "--force", "--reason", "按期发布");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("没有变化", again.Output);
    }
}
