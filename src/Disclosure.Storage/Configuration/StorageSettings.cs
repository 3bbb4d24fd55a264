using Microsoft.Extensions.Configuration;

namespace Disclosure.Storage.Configuration;

/// <summary>
/// Where the storage account is, from the setting <c>AzureWebJobsStorage</c> as the Functions host reads it:
/// a connection string, or the identity-based form <c>AzureWebJobsStorage__accountName</c> /
/// <c>__blobServiceUri</c> / <c>__tableServiceUri</c> / <c>__queueServiceUri</c>, with <c>__credential</c>
/// (<c>managedidentity</c>) and <c>__clientId</c> for a user-assigned identity. Absent means the local Azurite.
/// </summary>
public sealed record StorageSettings
{
    public const string SettingName = "AzureWebJobsStorage";

    /// <summary>The well-known Azurite account with explicit endpoints on the default ports.</summary>
    public const string DevelopmentConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;" +
        "TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;";

    /// <summary>A connection string, when the account is given by one.</summary>
    public string? ConnectionString { get; init; }

    public Uri? BlobServiceUri { get; init; }

    public Uri? TableServiceUri { get; init; }

    public Uri? QueueServiceUri { get; init; }

    /// <summary>
    /// The identity settings beside the service URIs (<c>credential</c>, <c>clientId</c>, <c>tenantId</c>, …) exactly as
    /// configured; <c>Microsoft.Extensions.Azure</c>'s component factory turns them into a credential, as the Functions host does.
    /// </summary>
    public IReadOnlyDictionary<string, string> CredentialSettings { get; init; } = new Dictionary<string, string>();

    /// <summary><c>__credential</c>: <c>managedidentity</c> for a managed identity; absent means DefaultAzureCredential.</summary>
    public string? Credential => CredentialSettings.GetValueOrDefault("credential");

    /// <summary><c>__clientId</c>: the client id of a user-assigned managed identity.</summary>
    public string? ClientId => CredentialSettings.GetValueOrDefault("clientId");

    /// <summary>True when nothing was configured and the local Azurite on its default ports is assumed.</summary>
    public bool IsDefaultLocal { get; init; }

    /// <summary>Whether the account is reached with a token credential (a managed identity) rather than a key.</summary>
    public bool UsesIdentity => ConnectionString is null;

    public static StorageSettings ForConnectionString(string connectionString) => new() { ConnectionString = connectionString };

    public static StorageSettings DefaultLocal { get; } = new() { ConnectionString = DevelopmentConnectionString, IsDefaultLocal = true };

    /// <summary>
    /// Reads the setting from environment variables first, then from the <c>Values</c> of a
    /// <c>local.settings.json</c> (the given path, or the current directory's), as the Functions host does.
    /// </summary>
    public static StorageSettings FromEnvironment(string? localSettingsPath = null) =>
        FromConfiguration(DisclosureConfiguration.FromEnvironment(localSettingsPath));

    /// <summary>Reads the <c>AzureWebJobsStorage</c> section of a configuration (environment style <c>__</c> is <c>:</c> there).</summary>
    public static StorageSettings FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(SettingName);
        if (NonEmpty(section.Value) is { } connectionString)
        {
            return ForConnectionString(connectionString);
        }

        var account = NonEmpty(section["accountName"]);
        Uri? ServiceUri(string key, string service) =>
            NonEmpty(section[key]) is { } uri ? new Uri(uri) : account is null ? null : new Uri($"https://{account}.{service}.core.windows.net");

        var blob = ServiceUri("blobServiceUri", "blob");
        var table = ServiceUri("tableServiceUri", "table");
        var queue = ServiceUri("queueServiceUri", "queue");
        if (blob is null && table is null)
        {
            return DefaultLocal;
        }

        if (blob is null || table is null)
        {
            throw new InvalidOperationException(
                $"{SettingName}: identity-based settings need both blob and table endpoints (set {SettingName}__accountName, or both __blobServiceUri and __tableServiceUri).");
        }

        // Everything but the endpoints is the credential's: credential, clientId, tenantId, managedIdentityResourceId, …
        var credential = section.GetChildren()
            .Where(c => c.Value is not null && !EndpointKeys.Contains(c.Key))
            .ToDictionary(c => c.Key, c => c.Value!, StringComparer.OrdinalIgnoreCase);
        return new StorageSettings { BlobServiceUri = blob, TableServiceUri = table, QueueServiceUri = queue, CredentialSettings = credential };
    }

    /// <summary>
    /// The configuration the Azure client factory reads for one service: the connection string as the section's value, or
    /// the service URI under the name of the client's constructor parameter (<c>serviceUri</c> for blobs, <c>endpoint</c>
    /// for tables) with the credential settings, which the factory maps to a constructor and a credential.
    /// </summary>
    public IConfiguration ClientConfiguration(Uri? serviceUri, string uriParameter)
    {
        const string Name = "client";
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (ConnectionString is not null)
        {
            values[Name] = ConnectionString;
        }
        else
        {
            values[$"{Name}:{uriParameter}"] = serviceUri?.ToString();
            foreach (var (key, value) in CredentialSettings)
            {
                values[$"{Name}:{key}"] = value;
            }
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(Name);
    }

    /// <summary>The account name for display, never the key.</summary>
    public string Describe()
    {
        if (ConnectionString is null)
        {
            return $"{BlobServiceUri?.Host} (managed identity{(ClientId is null ? string.Empty : $" {ClientId}")})";
        }

        if (ConnectionString.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase))
        {
            return "本地 Azurite (UseDevelopmentStorage)";
        }

        var parts = ConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return parts.TryGetValue("BlobEndpoint", out var endpoint) ? endpoint : parts.GetValueOrDefault("AccountName") ?? "(connection string)";
    }

    private static readonly HashSet<string> EndpointKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "accountName", "blobServiceUri", "tableServiceUri", "queueServiceUri",
    };

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
