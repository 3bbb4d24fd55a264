using System.Net.Sockets;
using Disclosure.Development.Azurite;
using Disclosure.Storage.Configuration;
using Microsoft.Extensions.Logging;

namespace Disclosure.Host;

/// <summary>
/// The embedded default: with no storage configured, the host runs Azurite itself on its default ports
/// (where the CLI looks by default), keeping data in the repository's ignored <c>.data/azurite</c>. If
/// something already listens there, it is taken to be an Azurite the user started and is used as it is.
/// </summary>
public sealed class LocalStorage : IAsyncDisposable
{
    private const int DefaultBlobPort = 10000;
    private const int DefaultQueuePort = 10001;
    private const int DefaultTablePort = 10002;

    private readonly AzuriteLauncher? _azurite;

    private LocalStorage(StorageSettings settings, AzuriteLauncher? azurite)
    {
        Settings = settings;
        _azurite = azurite;
    }

    public StorageSettings Settings { get; }

    /// <summary>The Azurite this host started, or null when it uses a configured account or an Azurite already running.</summary>
    public AzuriteLauncher? StartedAzurite => _azurite;

    public static async Task<LocalStorage> StartAsync(StorageSettings configured, string dataFolder, ILogger logger, CancellationToken ct)
    {
        if (!configured.IsDefaultLocal)
        {
            logger.LogInformation("Using the configured storage account");
            return new LocalStorage(configured, null);
        }

        if (await IsListeningAsync(DefaultBlobPort, ct))
        {
            logger.LogInformation("Something listens on port {Port}; using it as the local Azurite", DefaultBlobPort);
            return new LocalStorage(configured, null);
        }

        Directory.CreateDirectory(dataFolder);
        logger.LogInformation("Starting Azurite on ports {Blob}-{Table}, data in {Folder}", DefaultBlobPort, DefaultTablePort, dataFolder);
        var azurite = await AzuriteLauncher.StartAsync(new AzuriteOptions
        {
            Location = dataFolder,
            BlobPort = DefaultBlobPort,
            QueuePort = DefaultQueuePort,
            TablePort = DefaultTablePort,
        }, ct);
        return new LocalStorage(StorageSettings.ForConnectionString(azurite.ConnectionString), azurite);
    }

    public async ValueTask DisposeAsync()
    {
        if (_azurite is not null)
        {
            // SIGTERM first so Azurite flushes its data folder; a kill could lose the last writes.
            await _azurite.StopAsync();
            await _azurite.DisposeAsync();
        }
    }

    private static async Task<bool> IsListeningAsync(int port, CancellationToken ct)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port, ct).AsTask().WaitAsync(TimeSpan.FromSeconds(1), ct);
            return true;
        }
        catch (Exception e) when (e is SocketException or TimeoutException)
        {
            return false;
        }
    }
}
