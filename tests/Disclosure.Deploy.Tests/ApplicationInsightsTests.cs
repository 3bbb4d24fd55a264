using System.Reflection;
using Disclosure.Functions;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Disclosure.Deploy.Tests;

/// <summary>The worker's telemetry as main.bicep configures it: Entra authentication, Information logs kept. No request is sent.</summary>
public sealed class ApplicationInsightsTests
{
    private const string ClientId = "3f1c2a6e-8d4b-4a51-9c0e-2b7d5e9f1a30";

    [Fact]
    public async Task The_worker_sends_with_the_managed_identity_named_by_the_authentication_string()
    {
        await using var services = Compose();

        var telemetry = services.GetRequiredService<IOptions<TelemetryConfiguration>>().Value;
        Assert.Equal(ConnectionString, telemetry.ConnectionString);
        // The SDK keeps the credential in an internal envelope (Microsoft.ApplicationInsights 2.23).
        var envelope = typeof(TelemetryConfiguration).GetProperty("CredentialEnvelope", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(telemetry);
        Assert.NotNull(envelope);
        var credential = envelope.GetType().GetProperty("Credential", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!.GetValue(envelope);
        Assert.IsType<Azure.Identity.ManagedIdentityCredential>(credential);
    }

    [Fact]
    public async Task Information_logs_of_the_worker_reach_Application_Insights()
    {
        await using var services = Compose();

        var rules = services.GetRequiredService<IOptions<LoggerFilterOptions>>().Value.Rules;
        Assert.DoesNotContain(rules, r => r.ProviderName?.Contains("ApplicationInsights", StringComparison.Ordinal) == true && r.LogLevel >= LogLevel.Warning);
    }

    private const string ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000002;IngestionEndpoint=https://example.invalid/";

    private static ServiceProvider Compose()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = ConnectionString,
            ["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"] = $"ClientId={ClientId};Authorization=AAD",
            ["AzureWebJobsStorage:accountName"] = "stdisclosuretest",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddFunctionApp(configuration);
        return services.BuildServiceProvider();
    }
}
