using System.Text.Json;

namespace Disclosure.Storage.Configuration;

/// <summary>
/// Where the storage account is, from the setting <c>AzureWebJobsStorage</c> as the Functions host reads it:
/// a connection string, or the identity-based form <c>AzureWebJobsStorage__accountName</c> /
/// <c>__blobServiceUri</c> / <c>__tableServiceUri</c> / <c>__queueServiceUri</c>. Absent means the local Azurite.
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

    /// <summary>True when nothing was configured and the local Azurite on its default ports is assumed.</summary>
    public bool IsDefaultLocal { get; init; }

    /// <summary>Whether the account is reached with a managed identity (DefaultAzureCredential) rather than a key.</summary>
    public bool UsesIdentity => ConnectionString is null;

    public static StorageSettings ForConnectionString(string connectionString) => new() { ConnectionString = connectionString };

    public static StorageSettings DefaultLocal { get; } = new() { ConnectionString = DevelopmentConnectionString, IsDefaultLocal = true };

    /// <summary>
    /// Reads the setting from environment variables first, then from the <c>Values</c> of a
    /// <c>local.settings.json</c> (the given path, or the current directory's), as the Functions host does.
    /// </summary>
    public static StorageSettings FromEnvironment(string? localSettingsPath = null)
    {
        var local = LoadLocalSettings(localSettingsPath ?? Path.Combine(Directory.GetCurrentDirectory(), "local.settings.json"));
        return Resolve(name => Environment.GetEnvironmentVariable(name) ?? local.GetValueOrDefault(name));
    }

    /// <summary>Resolves the setting through a lookup of names (env var style, with <c>__</c> or <c>:</c> separators).</summary>
    public static StorageSettings Resolve(Func<string, string?> lookup)
    {
        string? Get(string suffix) =>
            NonEmpty(lookup($"{SettingName}__{suffix}")) ?? NonEmpty(lookup($"{SettingName}:{suffix}"));

        if (NonEmpty(lookup(SettingName)) is { } connectionString)
        {
            return ForConnectionString(connectionString);
        }

        var account = Get("accountName");
        Uri? ServiceUri(string suffix, string service) =>
            Get(suffix) is { } uri ? new Uri(uri) : account is null ? null : new Uri($"https://{account}.{service}.core.windows.net");

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

        return new StorageSettings { BlobServiceUri = blob, TableServiceUri = table, QueueServiceUri = queue };
    }

    /// <summary>The account name for display, never the key.</summary>
    public string Describe()
    {
        if (ConnectionString is null)
        {
            return $"{BlobServiceUri?.Host} (managed identity)";
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

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Dictionary<string, string> LoadLocalSettings(string path)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path))
        {
            return values;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (document.RootElement.TryGetProperty("Values", out var settings) && settings.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in settings.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String)
                {
                    values[property.Name] = property.Value.GetString()!;
                }
            }
        }

        return values;
    }
}
