using Disclosure.Pipeline;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Disclosure.Functions;

/// <summary>
/// The function app's composition root, apart from the host builder so tests can build it with any configuration
/// (tests/Disclosure.Deploy.Tests records every setting it reads and checks that infra/main.bicep sets it).
/// </summary>
public static class FunctionAppServices
{
    /// <summary>The Application Insights logger provider, whose default filter rule keeps only warnings.</summary>
    private const string ApplicationInsightsLoggerProvider = "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider";

    public static IServiceCollection AddFunctionApp(this IServiceCollection services, IConfiguration configuration)
    {
        // The worker's logs and dependency calls to Application Insights (the host sends requests and its own logs).
        // ConfigureFunctionsApplicationInsights reads APPLICATIONINSIGHTS_AUTHENTICATION_STRING
        // (ClientId=…;Authorization=AAD) and sends with the managed identity: the component accepts no key.
        services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();

        // The SDK adds a rule that drops the worker's logs below Warning; the ingest and publishing outcomes are Information.
        // Levels are then host.json's and the Logging settings'.
        services.Configure<LoggerFilterOptions>(options =>
        {
            if (options.Rules.FirstOrDefault(r => r.ProviderName == ApplicationInsightsLoggerProvider) is { } rule)
            {
                options.Rules.Remove(rule);
            }
        });

        // The storage account comes from AzureWebJobsStorage (connection string or managed identity), as for the trigger.
        return services.AddDisclosure(configuration);
    }
}
