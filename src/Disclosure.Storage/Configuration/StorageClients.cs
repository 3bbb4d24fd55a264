using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace Disclosure.Storage.Configuration;

/// <summary>
/// The clients of one storage account, and the containers and tables of the layout. Create one per
/// process and share it: the SDK clients are thread-safe.
/// </summary>
public sealed class StorageClients
{
    public StorageClients(StorageSettings settings, TokenCredential? credential = null)
    {
        Settings = settings;
        var blobOptions = new BlobClientOptions();
        var tableOptions = new TableClientOptions();
        if (settings.ConnectionString is { } connectionString)
        {
            Blobs = new BlobServiceClient(connectionString, blobOptions);
            Tables = new TableServiceClient(connectionString, tableOptions);
        }
        else
        {
            credential ??= new DefaultAzureCredential();
            Blobs = new BlobServiceClient(settings.BlobServiceUri, credential, blobOptions);
            Tables = new TableServiceClient(settings.TableServiceUri, credential, tableOptions);
        }
    }

    public StorageSettings Settings { get; }

    public BlobServiceClient Blobs { get; }

    public TableServiceClient Tables { get; }

    public static StorageClients FromEnvironment(string? localSettingsPath = null) => new(StorageSettings.FromEnvironment(localSettingsPath));

    public static StorageClients ForConnectionString(string connectionString) => new(StorageSettings.ForConnectionString(connectionString));

    public BlobContainerClient Uploads => Blobs.GetBlobContainerClient(StorageNames.UploadsContainer);

    public BlobContainerClient Archive => Blobs.GetBlobContainerClient(StorageNames.ArchiveContainer);

    public BlobContainerClient Validation => Blobs.GetBlobContainerClient(StorageNames.ValidationContainer);

    public BlobContainerClient Reports => Blobs.GetBlobContainerClient(StorageNames.ReportsContainer);

    public TableClient Offices => Tables.GetTableClient(StorageNames.OfficesTable);

    public TableClient Submissions => Tables.GetTableClient(StorageNames.SubmissionsTable);

    public TableClient Publications => Tables.GetTableClient(StorageNames.PublicationsTable);

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
