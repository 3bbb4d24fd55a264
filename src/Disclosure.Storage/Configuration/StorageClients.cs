using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Storage.Configuration;

/// <summary>
/// The clients of one storage account, and the containers and tables of the layout. Create one per
/// process and share it: the SDK clients are thread-safe.
/// </summary>
public sealed class StorageClients
{
    public StorageClients(StorageSettings settings, BlobServiceClient blobs, TableServiceClient tables, TokenCredential? credential = null)
    {
        Settings = settings;
        Blobs = blobs;
        Tables = tables;
        Credential = credential;
    }

    public StorageSettings Settings { get; }

    public BlobServiceClient Blobs { get; }

    public TableServiceClient Tables { get; }

    /// <summary>The token credential both clients use (a managed identity in Azure); null with a connection string.</summary>
    public TokenCredential? Credential { get; }

    /// <summary>
    /// Creates the clients the way the Functions host does for its triggers: a connection string as it is, or the service
    /// URIs with the credential <c>Microsoft.Extensions.Azure</c>'s component factory makes of <c>credential</c>/<c>clientId</c>.
    /// </summary>
    public static StorageClients Create(StorageSettings settings, AzureComponentFactory factory)
    {
        if (settings.ConnectionString is { } connectionString)
        {
            return ForConnectionString(connectionString, settings);
        }

        var blobConfiguration = settings.ClientConfiguration(settings.BlobServiceUri, "serviceUri");
        var tableConfiguration = settings.ClientConfiguration(settings.TableServiceUri, "endpoint");
        var credential = factory.CreateTokenCredential(blobConfiguration);
        var blobs = (BlobServiceClient)factory.CreateClient(typeof(BlobServiceClient), blobConfiguration, credential,
            factory.CreateClientOptions(typeof(BlobClientOptions), null, blobConfiguration));
        var tables = (TableServiceClient)factory.CreateClient(typeof(TableServiceClient), tableConfiguration, credential,
            factory.CreateClientOptions(typeof(TableClientOptions), null, tableConfiguration));
        return new StorageClients(settings, blobs, tables, credential);
    }

    /// <summary>The clients for <c>AzureWebJobsStorage</c> in the environment or <c>local.settings.json</c> (else the local Azurite).</summary>
    public static StorageClients FromEnvironment(string? localSettingsPath = null) => FromConfiguration(DisclosureConfiguration.FromEnvironment(localSettingsPath));

    /// <summary>The clients for the <c>AzureWebJobsStorage</c> setting of a configuration, outside a host's container.</summary>
    public static StorageClients FromConfiguration(IConfiguration configuration)
    {
        using var services = new ServiceCollection().AddDisclosureStorage(configuration).BuildServiceProvider();
        return services.GetRequiredService<StorageClients>();
    }

    public static StorageClients ForConnectionString(string connectionString) => ForConnectionString(connectionString, StorageSettings.ForConnectionString(connectionString));

    private static StorageClients ForConnectionString(string connectionString, StorageSettings settings) =>
        new(settings, new BlobServiceClient(connectionString), new TableServiceClient(connectionString));

    public BlobContainerClient Uploads => Blobs.GetBlobContainerClient(StorageNames.UploadsContainer);

    public BlobContainerClient Archive => Blobs.GetBlobContainerClient(StorageNames.ArchiveContainer);

    public BlobContainerClient Validation => Blobs.GetBlobContainerClient(StorageNames.ValidationContainer);

    public BlobContainerClient Reports => Blobs.GetBlobContainerClient(StorageNames.ReportsContainer);

    /// <summary>The public site, <c>$web</c> (not in <see cref="StorageNames.Containers"/>: publishing creates it).</summary>
    public BlobContainerClient Site => Blobs.GetBlobContainerClient(StorageNames.SiteContainer);

    public TableClient Offices => Tables.GetTableClient(StorageNames.OfficesTable);

    public TableClient Submissions => Tables.GetTableClient(StorageNames.SubmissionsTable);

    public TableClient Publications => Tables.GetTableClient(StorageNames.PublicationsTable);

    public TableClient OfficeLinks => Tables.GetTableClient(StorageNames.OfficeLinksTable);

    /// <summary>Creates every container and table of the layout that does not exist yet (safe to call at every start).</summary>
    public async Task EnsureCreatedAsync(CancellationToken ct = default)
    {
        foreach (var container in StorageNames.Containers)
        {
            await Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
        }

        foreach (var table in StorageNames.Tables)
        {
            await Tables.CreateTableIfNotExistsAsync(table, ct).ConfigureAwait(false);
        }
    }
}
