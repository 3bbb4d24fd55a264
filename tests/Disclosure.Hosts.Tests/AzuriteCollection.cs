using Disclosure.Testing;

namespace Disclosure.Hosts.Tests;

/// <summary>The tests that share one Azurite (<see cref="AzuriteFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "azurite";
}
