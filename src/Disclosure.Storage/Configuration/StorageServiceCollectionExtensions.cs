using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Disclosure.Storage.Configuration;

/// <summary>Registers the storage account's clients, read from <c>AzureWebJobsStorage</c> (<see cref="StorageSettings"/>).</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="StorageSettings"/> from the configuration and one <see cref="StorageClients"/> for the process, made through
    /// <c>Microsoft.Extensions.Azure</c>'s component factory (which maps <c>credential</c>/<c>clientId</c> to a credential).
    /// </summary>
    public static IServiceCollection AddDisclosureStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAzureClientsCore();
        services.TryAddSingleton(_ => StorageSettings.FromConfiguration(configuration));
        services.TryAddSingleton(provider => StorageClients.Create(provider.GetRequiredService<StorageSettings>(), provider.GetRequiredService<AzureComponentFactory>()));
        return services;
    }
}
