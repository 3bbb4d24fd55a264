using Disclosure.Pipeline.Ingest;
using Disclosure.Pipeline.OfficeLinks;
using Disclosure.Pipeline.Publishing;
using Disclosure.Pipeline.Roster;
using Disclosure.Pipeline.Status;
using Disclosure.Pipeline.Uploads;
using Disclosure.Pipeline.Web;
using Disclosure.Pipeline.Web.OfficePages;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Disclosure.Pipeline;

/// <summary>
/// The one composition root: the function app, the local host and the CLI all call <see cref="AddDisclosure"/>.
/// Register an <see cref="IngestOptions"/> or a <see cref="TimeProvider"/> before it to replace the defaults.
/// </summary>
public static class DisclosureServiceCollectionExtensions
{
    /// <summary>The storage account from <c>AzureWebJobsStorage</c> in <paramref name="configuration"/>, and every pipeline service over it (singletons).</summary>
    public static IServiceCollection AddDisclosure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDisclosureStorage(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(IngestOptions.Default);
        services.TryAddSingleton(provider => new OfficeRoster(provider.GetRequiredService<StorageClients>().Offices));
        services.TryAddSingleton<IngestService>();
        services.TryAddSingleton<UploadSweeper>();
        services.TryAddSingleton<RosterImporter>();
        services.TryAddSingleton<StatusService>();
        services.TryAddSingleton<UploadClient>();
        services.TryAddSingleton(_ => PublishingOptions.FromConfiguration(configuration));
        services.TryAddSingleton<PublishingService>();
        services.TryAddSingleton<ReportCalendar>();
        services.TryAddSingleton(_ => OfficeLinkOptions.FromConfiguration(configuration));
        services.TryAddSingleton<OfficeLinkService>();
        // The HTTP API's handlers, the same for the function app and the local host.
        services.TryAddSingleton<PublishedYearSummary>();
        services.TryAddSingleton<StatusHandler>();
        services.TryAddSingleton<ValidationHandler>();
        services.TryAddSingleton<SiteHandler>();
        services.TryAddSingleton<PublishHandler>();
        services.TryAddSingleton<OfficeHandler>();
        services.TryAddSingleton<OfficeLinkAdminHandler>();
        return services;
    }
}
