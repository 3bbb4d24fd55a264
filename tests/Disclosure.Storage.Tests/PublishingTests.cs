using System.Text;
using Azure.Storage.Blobs.Models;
using Disclosure.Contracts;
using Disclosure.Form;
using Disclosure.Pipeline.Ingest;
using Disclosure.Pipeline.Publishing;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;

namespace Disclosure.Storage.Tests;

/// <summary>A clock that says what the test sets.</summary>
internal sealed class SetTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// Publishing against its own Azurite per test (the gate reads the whole roster, so tests cannot share one): the gate and
/// its reasons, force, versions and corrections, one version from two publishes at once, drafts, the site's pages.
/// </summary>
public sealed class PublishingTests : IAsyncLifetime
{
    private const int Year = Scenario.Year;
    private const string Government = "gov";
    private readonly AzuriteFixture _azurite = new();
    private Scenario _s = null!;
    private readonly SetTime _time = new(new DateTimeOffset(2023, 2, 10, 1, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => InitAsync();

    private async Task InitAsync()
    {
        await _azurite.InitializeAsync();
        _s = new Scenario(_azurite.Storage, new IngestOptions { CurrentYear = 2025 });
    }

    public Task DisposeAsync() => _azurite.DisposeAsync();

    private StorageClients Storage => _azurite.Storage;

    private PublishingService Service() => new(Storage, _time, PublishingOptions.Default with { Concurrency = 2 });

    private static byte[] Narrative(string overview = "总体情况。") =>
        Encoding.UTF8.GetBytes($"## 一、总体情况\n\n{overview}\n\n## 五、存在的主要问题及改进情况\n\n问题。\n\n## 六、其他需要报告的事项\n\n无。");

    /// <summary>The government office (kind government, with its narrative) and two departments, all accepted.</summary>
    private async Task<string[]> ReadyAsync(bool governmentNarrative = true)
    {
        await new OfficeRoster(Storage.Offices).UpsertAsync(
        [
            new Office(Government, "测试区人民政府办公室", PublishingOptions.GovernmentKind, true),
            new Office("dept-a", "测试区教育局", "department", true),
            new Office("dept-b", "测试区民政局", "department", true),
        ], CancellationToken.None);
        foreach (var (office, requests) in new[] { (Government, 2), ("dept-a", 3), ("dept-b", 4) })
        {
            var outcome = await _s.UploadAndIngestAsync(office, SubmissionCsv.Consistent(office, Year, requests));
            Assert.Equal(UploadState.Accepted, outcome.State);
        }

        if (governmentNarrative)
        {
            await _s.UploadAndIngestAsync(Government, Narrative(), "narrative.md");
        }

        return [Government, "dept-a", "dept-b"];
    }

    private async Task<List<string>> BlobsAsync(string container, string prefix)
    {
        var names = new List<string>();
        await foreach (var blob in Storage.Blobs.GetBlobContainerClient(container).GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, default))
        {
            names.Add(blob.Name);
        }

        return names;
    }

    private async Task<string> TextAsync(string container, string name) =>
        (await Storage.Blobs.GetBlobContainerClient(container).GetBlobClient(name).DownloadContentAsync()).Value.Content.ToString();

    [Fact]
    public async Task Publishes_version_one_with_every_output_the_manifest_and_the_site()
    {
        var offices = await ReadyAsync();
        var result = await Service().PublishAsync(Year, "张三");

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal(1, result.Version);
        Assert.Equal("reports/2022/v1/", result.ReportsPath);
        var blobs = await BlobsAsync("reports", "2022/v1/");
        foreach (var folder in offices.Select(o => $"offices/{o}").Append("consolidated"))
        {
            foreach (var file in new[] { "report.pdf", "index.html", "report.json", "report.csv" })
            {
                Assert.Contains($"2022/v1/{folder}/{file}", blobs);
            }
        }

        var manifest = ContractJson.ReadManifest(await TextAsync("reports", "2022/v1/manifest.json"))!;
        Assert.Equal(1, manifest.Version);
        Assert.Equal("张三", manifest.PublishedBy);
        Assert.Equal("测试区人民政府", manifest.Body);
        Assert.Null(manifest.ForcedReason);
        Assert.Equal(offices.Order(StringComparer.Ordinal), manifest.Offices.Select(o => o.OfficeId));
        Assert.Equal(16, manifest.Outputs.Count);
        Assert.All(manifest.Outputs, o => Assert.Equal(64, o.Sha256.Length));

        var json = ContractJson.ReadReport(await TextAsync("reports", "2022/v1/consolidated/report.json"))!;
        Assert.Equal(1, json.Version);
        Assert.Equal(9m, json.Figures["requests.received.total"]);

        var site = await TextAsync("$web", "index.html");
        Assert.Contains("href=\"2022/index.html\"", site);
        var year = await TextAsync("$web", "2022/index.html");
        Assert.Contains("href=\"v1/consolidated/index.html\"", year);
        Assert.Contains("href=\"v1/offices/dept-a/report.pdf\"", year);
        Assert.Contains("href=\"v1/offices/dept-b/report.json\"", year);
        Assert.Contains("href=\"v1/offices/gov/report.csv\"", year);
        Assert.Contains("这是现行版本", year);
        Assert.Contains("测试区教育局", year);
        var page = await TextAsync("$web", "2022/v1/offices/dept-a/index.html");
        Assert.Contains("是现行版本", page);
        Assert.Contains("href=\"../../../index.html\"", page);
        Assert.Contains("2022/v1/offices/dept-a/report.pdf", await BlobsAsync("$web", "2022/v1/offices/dept-a/"));
        var versions = await Service().VersionsAsync(Year);
        Assert.Equal(PublicationTable.Published, Assert.Single(versions).State);
    }

    [Fact]
    public async Task The_gate_blocks_a_missing_required_office_and_records_it()
    {
        await ReadyAsync();
        await new OfficeRoster(Storage.Offices).UpsertAsync([new Office("dept-late", "测试区迟报局", "department", true)], CancellationToken.None);
        await new OfficeRoster(Storage.Offices).UpsertAsync([new Office("dept-optional", "测试区可选局", "department", false)], CancellationToken.None);

        var result = await Service().PublishAsync(Year, "张三");

        Assert.Equal(PublishOutcome.Blocked, result.Outcome);
        Assert.Null(result.Version);
        var reason = Assert.Single(result.Reasons);
        Assert.Contains("测试区迟报局（dept-late）", reason);
        Assert.Empty(await BlobsAsync("reports", "2022/v"));
        Assert.Empty(await BlobsAsync("$web", string.Empty));
        var blocked = Assert.Single(await Service().BlockedAsync(Year));
        Assert.Equal("张三", blocked.AttemptedBy);
        Assert.Equal(result.Reasons, blocked.Reasons);
    }

    [Fact]
    public async Task The_gate_blocks_an_error_on_the_sum()
    {
        await ReadyAsync();
        // A row put in force by hand (ingest would reject it): received 5, handled 3, nothing carried forward.
        var figures = SubmissionCsv.ConsistentFigures(5);
        figures["requests.disclosed.total"] = 3;
        figures["requests.handled_total.total"] = 3;
        await new OfficeRoster(Storage.Offices).UpsertAsync([new Office("dept-bad", "测试区错账局", "department", true)], CancellationToken.None);
        var current = new CurrentSubmission
        {
            PartitionKey = SubmissionKeys.Partition(Year, "dept-bad"),
            Year = Year,
            OfficeId = "dept-bad",
            UploadRowKey = "upload-bad",
            UploadId = "bad",
            BlobName = "2022/dept-bad/统计表.csv",
            Sha256 = new string('b', 64),
            UploadedUtc = _time.Now,
            Order = "x",
            FormEdition = NationalForm.ForReportYear(Year).Name,
            Figures = figures,
        };
        await Storage.Submissions.UpsertEntityAsync(current.ToEntity());

        var result = await Service().PublishAsync(Year, "张三");

        Assert.Equal(PublishOutcome.Blocked, result.Outcome);
        Assert.NotEmpty(result.Reasons);
        Assert.All(result.Reasons, r => Assert.StartsWith("汇总数据未通过校验：", r));
        Assert.Single(await Service().BlockedAsync(Year));
    }

    [Fact]
    public async Task The_gate_blocks_without_the_governments_narrative_and_force_publishes_with_the_reason()
    {
        await ReadyAsync(governmentNarrative: false);

        var blocked = await Service().PublishAsync(Year, "张三");
        Assert.Equal(PublishOutcome.Blocked, blocked.Outcome);
        Assert.Contains("测试区人民政府办公室", Assert.Single(blocked.Reasons));
        Assert.Contains("文字部分不完整", blocked.Reasons[0]);

        var forced = await Service().PublishAsync(Year, "李四", forceReason: "按期发布，文字部分随后更正");
        Assert.Equal(PublishOutcome.Published, forced.Outcome);
        Assert.Equal(1, forced.Version);
        Assert.Equal("按期发布，文字部分随后更正", forced.ForcedReason);
        var manifest = ContractJson.ReadManifest(await TextAsync("reports", "2022/v1/manifest.json"))!;
        Assert.Equal("按期发布，文字部分随后更正", manifest.ForcedReason);
        Assert.Equal(blocked.Reasons, manifest.GateReasons);
        Assert.Contains("按期发布，文字部分随后更正", await TextAsync("$web", "2022/index.html"));
        Assert.Contains("未满足全部发布条件的情况下发布", await TextAsync("$web", "2022/v1/consolidated/index.html"));
    }

    [Fact]
    public async Task Publishing_twice_with_nothing_changed_writes_one_version()
    {
        await ReadyAsync();
        var first = await Service().PublishAsync(Year, "张三");
        var before = await BlobsAsync("reports", "2022/");

        var second = await Service().PublishAsync(Year, "timer:PublishAnnualReport");

        Assert.Equal(PublishOutcome.Published, first.Outcome);
        Assert.Equal(PublishOutcome.Unchanged, second.Outcome);
        Assert.Equal(1, second.Version);
        Assert.Contains("没有变化", second.Message);
        Assert.Equal(before, await BlobsAsync("reports", "2022/"));
        Assert.Single(await Service().VersionsAsync(Year));
    }

    [Fact]
    public async Task A_correction_makes_version_two_current_and_version_one_says_it_is_superseded()
    {
        await ReadyAsync();
        await Service().PublishAsync(Year, "张三");
        _time.Now += TimeSpan.FromDays(1);
        await _s.UploadAndIngestAsync("dept-a", SubmissionCsv.Consistent("dept-a", Year, 7));

        var correction = await Service().PublishAsync(Year, "张三");

        Assert.Equal(PublishOutcome.Published, correction.Outcome);
        Assert.Equal(2, correction.Version);
        Assert.Equal(13m, ContractJson.ReadReport(await TextAsync("reports", "2022/v2/consolidated/report.json"))!.Figures["requests.received.total"]);
        Assert.Equal(9m, ContractJson.ReadReport(await TextAsync("reports", "2022/v1/consolidated/report.json"))!.Figures["requests.received.total"]);
        var year = await TextAsync("$web", "2022/index.html");
        Assert.Contains("href=\"v2/consolidated/index.html\"", year);
        Assert.Contains("href=\"v1/index.html\"", year);
        Assert.Contains("更正说明", year);
        Assert.Contains("测试区教育局", year);
        var v1 = await TextAsync("$web", "2022/v1/index.html");
        Assert.Contains("本版本已被第 2 版取代", v1);
        Assert.Contains("href=\"../index.html\"", v1);
        var v1Page = await TextAsync("$web", "2022/v1/offices/dept-b/index.html");
        Assert.Contains("已被更正后的版本取代", v1Page);
        Assert.Contains("href=\"../../../index.html\"", v1Page);
        Assert.Contains("是现行版本", await TextAsync("$web", "2022/v2/consolidated/index.html"));
        Assert.DoesNotContain("取代", await TextAsync("reports", "2022/v1/offices/dept-b/index.html"));
    }

    [Fact]
    public async Task Two_publishes_at_once_make_one_version()
    {
        await ReadyAsync();
        var service = Service();

        var results = await Task.WhenAll(
            Task.Run(() => service.PublishAsync(Year, "timer:PublishAnnualReport")),
            Task.Run(() => service.PublishAsync(Year, "张三")));

        Assert.Single(results, r => r.Outcome == PublishOutcome.Published);
        Assert.Single(results, r => r.Outcome == PublishOutcome.Unchanged);
        Assert.All(results, r => Assert.Equal(1, r.Version));
        Assert.Single(await service.VersionsAsync(Year));
        Assert.Empty(await BlobsAsync("reports", "2022/v2/"));
    }

    [Fact]
    public async Task Drafts_are_replaced_each_time()
    {
        await ReadyAsync();
        var first = await Service().AssembleDraftsAsync(Year);
        Assert.Equal(4, first.Reports);
        Assert.Equal("reports/2022/drafts/", first.Path);
        Assert.Equal(16, (await BlobsAsync("reports", "2022/drafts/")).Count);
        Assert.Equal(9m, ContractJson.ReadReport(await TextAsync("reports", "2022/drafts/consolidated/report.json"))!.Figures["requests.received.total"]);

        await _s.UploadAndIngestAsync("dept-b", SubmissionCsv.Consistent("dept-b", Year, 10));
        await Service().AssembleDraftsAsync(Year);

        Assert.Equal(16, (await BlobsAsync("reports", "2022/drafts/")).Count);
        var draft = ContractJson.ReadReport(await TextAsync("reports", "2022/drafts/consolidated/report.json"))!;
        Assert.Equal(15m, draft.Figures["requests.received.total"]);
        Assert.Null(draft.Version);
        Assert.Empty(await BlobsAsync("reports", "2022/v"));
    }

    [Fact]
    public async Task Drafts_wait_until_ingest_has_been_quiet()
    {
        await ReadyAsync();
        var service = new PublishingService(Storage, _time, PublishingOptions.Default with { DraftsQuietPeriod = TimeSpan.FromMinutes(30), Concurrency = 2 });
        _time.Now = DateTimeOffset.UtcNow; // the uploads were recorded just now

        var early = await service.AssembleDraftsIfQuietAsync(Year);
        Assert.False(early.Assembled);
        Assert.Empty(await BlobsAsync("reports", "2022/drafts/"));

        _time.Now += TimeSpan.FromMinutes(31);
        var quiet = await service.AssembleDraftsIfQuietAsync(Year);
        Assert.True(quiet.Assembled);
        Assert.Equal(16, (await BlobsAsync("reports", "2022/drafts/")).Count);

        var again = await service.AssembleDraftsIfQuietAsync(Year);
        Assert.False(again.Assembled);
        Assert.Contains("最新", again.Message);
    }
}

/// <summary>A publish that crashed after claiming its number is finished by the next one.</summary>
public sealed class AbandonedPublishTests : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();

    public Task InitializeAsync() => _azurite.InitializeAsync();

    public Task DisposeAsync() => _azurite.DisposeAsync();

    [Fact]
    public async Task An_abandoned_claim_is_finished_keeping_the_files_already_written()
    {
        var storage = _azurite.Storage;
        var time = new SetTime(new DateTimeOffset(2023, 2, 10, 1, 0, 0, TimeSpan.Zero));
        var service = new PublishingService(storage, time, PublishingOptions.Default with { Concurrency = 2 });
        await new OfficeRoster(storage.Offices).UpsertAsync([new Office("gov", "测试区人民政府办公室", "government", false)], CancellationToken.None);
        Assert.Equal(PublishOutcome.Published, (await service.PublishAsync(2022, "张三", "测试")).Outcome);
        var pdf = (await storage.Reports.GetBlobClient("2022/v1/consolidated/report.pdf").DownloadContentAsync()).Value.Content.ToArray();
        // As if it had crashed: the row still claimed, the manifest and the site not written.
        await storage.Publications.UpdateEntityAsync(new Azure.Data.Tables.TableEntity("2022", "v0001") { ["State"] = "claimed" }, Azure.ETag.All);
        await storage.Reports.DeleteBlobAsync("2022/v1/manifest.json");
        await storage.Site.DeleteBlobAsync("2022/index.html");

        Assert.Equal(PublishOutcome.Unchanged, (await service.PublishAsync(2022, "李四", "测试")).Outcome);
        time.Now += PublishingService.AbandonedAfter + TimeSpan.FromMinutes(1);
        var finished = await service.PublishAsync(2022, "李四", "测试");

        Assert.Equal(PublishOutcome.Published, finished.Outcome);
        Assert.Equal(1, finished.Version);
        Assert.Equal("published", Assert.Single(await service.VersionsAsync(2022)).State);
        var manifest = ContractJson.ReadManifest((await storage.Reports.GetBlobClient("2022/v1/manifest.json").DownloadContentAsync()).Value.Content.ToString())!;
        Assert.Equal("张三", manifest.PublishedBy);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), Assert.Single(manifest.Outputs, o => o.Path == "consolidated/report.pdf").Sha256);
        Assert.True(await storage.Site.GetBlobClient("2022/index.html").ExistsAsync());
    }
}
