using Disclosure.Storage.Azurite;
using Disclosure.Storage.Configuration;

namespace Disclosure.Storage.Tests;

/// <summary>One in-memory Azurite on free ports for the whole collection; tests keep apart by office ids.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteLauncher? _azurite;

    public StorageClients Storage { get; private set; } = null!;

    public string ConnectionString => _azurite!.ConnectionString;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteLauncher.StartAsync();
        Storage = StorageClients.ForConnectionString(_azurite.ConnectionString);
        await Storage.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "azurite";
}
