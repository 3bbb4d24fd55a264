using Azure.Identity;
using Disclosure.Host;
using Disclosure.Pipeline;
using Disclosure.Pipeline.Ingest;
using Disclosure.Pipeline.Status;
using Disclosure.Pipeline.Uploads;
using Disclosure.Storage.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Hosts.Tests;

/// <summary>Every host composes the same services from the same setting (<c>AddDisclosure</c>); nothing here sends a request.</summary>
public sealed class CompositionTests
{
    private static readonly IConfiguration UserAssignedIdentity = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["AzureWebJobsStorage:accountName"] = "stdisclosure",
        ["AzureWebJobsStorage:credential"] = "managedidentity",
        ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
    }).Build();

    [Fact]
    public void The_local_host_builds_its_services_from_a_managed_identity_setting()
    {
        using var host = LocalHostBuilder.Build(UserAssignedIdentity);

        var storage = host.Services.GetRequiredService<StorageClients>();
        Assert.IsType<ManagedIdentityCredential>(storage.Credential);
        Assert.Equal(new Uri("https://stdisclosure.blob.core.windows.net/"), storage.Blobs.Uri);
        Assert.NotNull(host.Services.GetRequiredService<IngestService>());
        Assert.NotNull(host.Services.GetRequiredService<UploadSweeper>());
    }

    [Fact]
    public void Add_disclosure_registers_each_service_once_over_one_storage_account()
    {
        using var services = new ServiceCollection().AddSingleton(new IngestOptions { MaxDeliveryAttempts = 2 }).AddDisclosure(UserAssignedIdentity).BuildServiceProvider();

        Assert.Same(services.GetRequiredService<StorageClients>(), services.GetRequiredService<StorageClients>());
        Assert.Equal(2, services.GetRequiredService<IngestOptions>().MaxDeliveryAttempts);
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
        Assert.NotNull(services.GetRequiredService<StatusService>());
        Assert.NotNull(services.GetRequiredService<UploadClient>());
    }
}
