using System.Runtime.InteropServices;
using Disclosure.Development.Azurite;
using Disclosure.Host;
using Disclosure.Storage.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// The local host: `dotnet run --project src/Disclosure.Host`. Ctrl+C stops the host, then Azurite.
using var loggerFactory = LoggerFactory.Create(builder => builder.AddSimpleConsole(console => console.SingleLine = true));
var logger = loggerFactory.CreateLogger("Disclosure.Host");
// Ctrl+C or SIGTERM while Azurite starts; once the host runs, its console lifetime takes these signals.
using var stopping = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

var root = RepositoryRoot.Find() ?? Directory.GetCurrentDirectory();
await using var storage = await LocalStorage.StartAsync(StorageSettings.FromEnvironment(), Path.Combine(root, ".data", "azurite"), logger, stopping.Token);
await StorageClients.ForConnectionString(storage.ConnectionString).EnsureCreatedAsync(stopping.Token);

using var host = LocalHostBuilder.Build(storage.ConnectionString);
await host.StartAsync(stopping.Token);
logger.LogInformation("Local host ready: watching the uploads container. Press Ctrl+C to stop.");
await host.WaitForShutdownAsync(stopping.Token);
logger.LogInformation("Stopped");

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stopping.Cancel();
}
