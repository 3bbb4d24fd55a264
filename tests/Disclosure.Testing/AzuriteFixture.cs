using Disclosure.Development.Azurite;
using Disclosure.Storage.Configuration;
using Xunit;

namespace Disclosure.Testing;

/// <summary>
/// One in-memory Azurite on free ports for a whole test collection; tests keep apart by office ids. xunit finds collection
/// definitions only in the test assembly, so each test project declares its own <c>AzuriteCollection</c> over this fixture.
/// </summary>
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
