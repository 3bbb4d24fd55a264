using Disclosure.Pipeline;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Functions;

/// <summary>
/// The function app's composition root, apart from the host builder so tests can build it with any configuration
/// (tests/Disclosure.Deploy.Tests records every setting it reads and checks that infra/main.bicep sets it).
/// </summary>
public static class FunctionAppServices
{
    public static IServiceCollection AddFunctionApp(this IServiceCollection services, IConfiguration configuration)
    {
        // The worker's logs and dependency calls to Application Insights (the host sends requests and its own logs).
        // ConfigureFunctionsApplicationInsights reads APPLICATIONINSIGHTS_AUTHENTICATION_STRING
        // (ClientId=…;Authorization=AAD) and sends with the managed identity: the component accepts no key.
        services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();

        // The storage account comes from AzureWebJobsStorage (connection string or managed identity), as for the trigger.
        return services.AddDisclosure(configuration);
    }
}
