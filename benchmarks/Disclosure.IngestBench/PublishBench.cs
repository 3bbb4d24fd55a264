using System.Diagnostics;
using System.Globalization;
using System.Text;
using Disclosure.Development.Azurite;
using Disclosure.Form;
using Disclosure.Pipeline.Ingest;
using Disclosure.Pipeline.Publishing;
using Disclosure.Pipeline.Uploads;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;

namespace Disclosure.IngestBench;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Disclosure.IngestBench -- publish [count]</c>: publishes a year of
/// <c>count</c> offices (each office's report and the consolidated one, four outputs each, write-once, plus the site) to
/// Azurite in memory; prints seconds and the peak working set. Offices' submissions are put in force directly (ingest has
/// its own bench); the government's workbook and narrative go through ingest.
/// </summary>
internal static class PublishBench
{
    public static async Task RunAsync(int count)
    {
        const int year = 2022;
        Console.WriteLine($"Publish bench: {count} offices + the consolidated report on Azurite (in memory), {Environment.ProcessorCount} cores");
        await using var azurite = await AzuriteLauncher.StartAsync();
        var storage = StorageClients.ForConnectionString(azurite.ConnectionString);
        await storage.EnsureCreatedAsync();
        var offices = Enumerable.Range(1, count).Select(i => new Office($"bench{i:D5}", $"测试机关{i}", "department", true))
            .Append(new Office("gov", "测试区人民政府办公室", PublishingOptions.GovernmentKind, true)).ToArray();
        await new OfficeRoster(storage.Offices).UpsertAsync(offices, CancellationToken.None);

        var edition = NationalForm.ForReportYear(year);
        await Parallel.ForEachAsync(offices.Take(count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (office, ct) =>
        {
            var current = new CurrentSubmission
            {
                PartitionKey = SubmissionKeys.Partition(year, office.OfficeId),
                Year = year,
                OfficeId = office.OfficeId,
                OfficeName = office.Name,
                UploadRowKey = "upload-bench",
                UploadId = $"bench-{office.OfficeId}",
                BlobName = $"{year}/{office.OfficeId}/统计表.csv",
                Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(office.OfficeId))),
                UploadedUtc = DateTimeOffset.UtcNow,
                Order = "bench",
                FormEdition = edition.Name,
                Figures = Figures(edition, office.OfficeId.GetHashCode() & 0xff),
            };
            await storage.Submissions.UpsertEntityAsync(current.ToEntity(), cancellationToken: ct);
        });

        var ingest = new IngestService(storage, new IngestOptions { CurrentYear = 2025 });
        var client = new UploadClient(storage);
        var csv = BenchWorkbooks.Create(offices[^1], year, 0, "csv");
        await ingest.IngestAsync((await client.SendAsync(csv, "统计表.csv", year, "gov", null, CancellationToken.None)).BlobName, CancellationToken.None);
        var narrative = Encoding.UTF8.GetBytes("## 一、总体情况\n\n总体情况。\n\n## 五、存在的主要问题及改进情况\n\n问题。\n\n## 六、其他需要报告的事项\n\n无。");
        await ingest.IngestAsync((await client.SendAsync(narrative, "narrative.md", year, "gov", null, CancellationToken.None)).BlobName, CancellationToken.None);

        var publishing = new PublishingService(storage, TimeProvider.System, PublishingOptions.Default);
        var clock = Stopwatch.StartNew();
        var result = await publishing.PublishAsync(year, "bench");
        var elapsed = clock.Elapsed;
        Console.WriteLine($"outcome:            {result.Outcome} v{result.Version} {result.Message}");
        foreach (var reason in result.Reasons.Take(5))
        {
            Console.WriteLine($"  reason: {reason}");
        }

        Console.WriteLine($"publish:            {elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        Console.WriteLine($"peak memory:        {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MiB");
        clock.Restart();
        var again = await publishing.PublishAsync(year, "bench");
        Console.WriteLine($"publish unchanged:  {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s ({again.Outcome})");
    }

    private static Dictionary<string, decimal> Figures(FormEdition edition, int requests)
    {
        var figures = edition.Figures.ToDictionary(f => f.Key, _ => 0m, StringComparer.Ordinal);
        foreach (var column in new[] { "natural_person", "total" })
        {
            figures[$"requests.received.{column}"] = requests;
            figures[$"requests.disclosed.{column}"] = requests;
            figures[$"requests.handled_total.{column}"] = requests;
        }

        return figures;
    }
}
