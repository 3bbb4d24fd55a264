namespace Disclosure.Development.Azurite;

/// <summary>How to start Azurite. Zero ports mean "pick free ones".</summary>
public sealed record AzuriteOptions
{
    /// <summary>Folder for Azurite's data; null keeps everything in memory (<c>--inMemoryPersistence</c>).</summary>
    public string? Location { get; init; }

    public int BlobPort { get; init; }

    public int QueuePort { get; init; }

    public int TablePort { get; init; }

    /// <summary>How long to wait for the ports to accept connections.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The Azurite executable; default <c>DISCLOSURE_AZURITE</c>, else <c>node_modules/.bin/azurite</c> at the repository root.</summary>
    public string? Executable { get; init; }
}
