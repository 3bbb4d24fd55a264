using System.Diagnostics;
using System.Globalization;
using Disclosure.Development.Azurite;
using Disclosure.Host;
using Disclosure.IngestBench;
using Disclosure.Pipeline.Roster;
using Disclosure.Pipeline.Status;
using Disclosure.Pipeline.Uploads;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// dotnet run -c Release --project benchmarks/Disclosure.IngestBench -- [count] [xlsx|csv]
// dotnet run -c Release --project benchmarks/Disclosure.IngestBench -- publish [count]
// dotnet run -c Release --project benchmarks/Disclosure.IngestBench -- audit [count]
if (args is ["audit", ..])
{
    AuditBench.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000);
    return;
}

if (args is ["publish", ..])
{
    await PublishBench.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000);
    return;
}

var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var format = args.Length > 1 ? args[1] : "xlsx";
const int year = 2022;

Console.WriteLine($"Ingest bench: {count} office uploads ({format}) through the local host on Azurite (in memory), {Environment.ProcessorCount} cores");
await using var azurite = await AzuriteLauncher.StartAsync();
var storage = StorageClients.ForConnectionString(azurite.ConnectionString);
await storage.EnsureCreatedAsync();
var offices = Enumerable.Range(1, count).Select(i => new Office($"bench{i:D5}", $"测试机关{i}", "department", true)).ToArray();
await new OfficeRoster(storage.Offices).UpsertAsync(offices, CancellationToken.None);
var files = offices.Select((o, i) => BenchWorkbooks.Create(o, year, i, format)).ToArray();

using var host = LocalHostBuilder.Build(azurite.ConnectionString, logging => logging.SetMinimumLevel(LogLevel.Warning));
await host.StartAsync();
var clock = Stopwatch.StartNew();
var client = new UploadClient(storage);
await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
    await client.SendAsync(files[i], $"统计表.{format}", year, offices[i].OfficeId, null, ct));
var uploaded = clock.Elapsed;

var status = new StatusService(storage);
YearStatus current;
do
{
    await Task.Delay(500);
    current = await status.GetAsync(year, CancellationToken.None);
}
while (current.Count(OfficeState.Missing) > 0 && clock.Elapsed < TimeSpan.FromMinutes(20));
var done = clock.Elapsed;
await host.StopAsync();

Console.WriteLine($"uploaded:          {uploaded.TotalSeconds:F1} s");
Console.WriteLine($"all verdicts:      {done.TotalSeconds:F1} s ({current.Count(OfficeState.Accepted)} accepted, {current.Count(OfficeState.Rejected)} rejected, {current.Count(OfficeState.Failed)} failed, {current.Count(OfficeState.Missing)} missing)");
Console.WriteLine($"throughput:        {count / done.TotalSeconds:F1} uploads/s");
Console.WriteLine($"peak memory (host): {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MiB");
