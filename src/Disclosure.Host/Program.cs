using Disclosure.Host;
using Disclosure.Storage.Azurite;
using Disclosure.Storage.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// The local host: `dotnet run --project src/Disclosure.Host`. Ctrl+C stops the host, then Azurite.
using var loggerFactory = LoggerFactory.Create(builder => builder.AddSimpleConsole(console => console.SingleLine = true));
var logger = loggerFactory.CreateLogger("Disclosure.Host");
using var stopping = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stopping.Cancel();
};

var root = RepositoryRoot.Find() ?? Directory.GetCurrentDirectory();
await using var storage = await LocalStorage.StartAsync(StorageSettings.FromEnvironment(), Path.Combine(root, ".data", "azurite"), logger, stopping.Token);
await StorageClients.ForConnectionString(storage.ConnectionString).EnsureCreatedAsync(stopping.Token);

using var host = LocalHostBuilder.Build(storage.ConnectionString);
await host.StartAsync(stopping.Token);
logger.LogInformation("Local host ready: watching the uploads container. Press Ctrl+C to stop.");
try
{
    await Task.Delay(Timeout.Infinite, stopping.Token);
}
catch (OperationCanceledException)
{
}

logger.LogInformation("Stopping");
await host.StopAsync(TimeSpan.FromSeconds(10));
