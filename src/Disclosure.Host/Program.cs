using System.Runtime.InteropServices;
using Disclosure.Development.Azurite;
using Disclosure.Host;
using Disclosure.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// The local host: `dotnet run --project src/Disclosure.Host`. Ctrl+C stops the host, then Azurite. HTTP on LocalHost:Urls
// (default http://localhost:7071, loopback only): the API under /api/ and the public site from $web at /.
using var loggerFactory = LoggerFactory.Create(builder => builder.AddSimpleConsole(console => console.SingleLine = true));
var logger = loggerFactory.CreateLogger("Disclosure.Host");
// Ctrl+C or SIGTERM while Azurite starts; once the host runs, its console lifetime takes these signals.
using var stopping = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

var root = RepositoryRoot.Find() ?? Directory.GetCurrentDirectory();
var configuration = DisclosureConfiguration.FromEnvironment();
await using var storage = await LocalStorage.StartAsync(StorageSettings.FromConfiguration(configuration), Path.Combine(root, ".data", "azurite"), logger, stopping.Token);

// The configured account as it is set (a connection string or managed identity), else the local Azurite, which the
// blob trigger needs spelled out as a connection string.
using var host = storage.StartedAzurite is { } azurite ? LocalHostBuilder.Build(azurite.ConnectionString)
    : storage.Settings.IsDefaultLocal ? LocalHostBuilder.Build(StorageSettings.DevelopmentConnectionString)
    : LocalHostBuilder.Build(configuration);
await host.Services.GetRequiredService<StorageClients>().EnsureCreatedAsync(stopping.Token);
await host.StartAsync(stopping.Token);
var site = host.ListeningUrls().FirstOrDefault()?.ToString().TrimEnd('/') ?? "";
logger.LogInformation("Local host ready: watching the uploads container; public site {Site}/, status page {Api}/api/status/{{year}}/page (localhost only). Press Ctrl+C to stop.", site, site);
await host.WaitForShutdownAsync(stopping.Token);
logger.LogInformation("Stopped");

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stopping.Cancel();
}
