using System.Reflection;
using System.Text.RegularExpressions;
using Disclosure.Functions;
using Disclosure.Storage.Configuration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Disclosure.Deploy.Tests;

/// <summary>
/// Every setting the function app reads is set by infra/main.bicep. What the code reads is found in the code, not in a
/// list kept by hand: the <c>%…%</c> expressions on the functions' trigger attributes (the host refuses to start a
/// function whose setting is missing), the storage connections they name, and every key read while the app's
/// composition root (<see cref="FunctionAppServices.AddFunctionApp"/>, what Program.cs calls) is built and each of our
/// services is resolved against a configuration that records what is read. A setting added in code and forgotten in
/// Bicep fails here, by name.
/// </summary>
public sealed partial class AppSettingsTests
{
    /// <summary>
    /// Keys (and their sections) read by the code that main.bicep must not be made to carry, each with the reason. The
    /// development Azurite is not here: it is what an absent AzureWebJobsStorage means, and the connection test below
    /// requires the identity-based form instead.
    /// </summary>
    private static readonly Dictionary<string, string> NotSetInAzure = new(StringComparer.OrdinalIgnoreCase)
    {
        ["LocalHost:Urls"] = "the local host's Kestrel addresses (docs/hosts.md); in Azure the Functions host serves HTTP",
        // Application Insights looks for older forms before APPLICATIONINSIGHTS_CONNECTION_STRING, which main.bicep sets.
        ["APPINSIGHTS_INSTRUMENTATIONKEY"] = "a bare instrumentation key: what the component's local authentication off refuses",
        ["APPINSIGHTS_DEVELOPER_MODE"] = "the SDK's developer mode (send at once, unbatched): never in production",
        ["APPINSIGHTS_ENDPOINTADDRESS"] = "an ingestion endpoint: the connection string carries it",
        ["ApplicationInsights"] = "the SDK's appsettings.json section (connection string, channel): the connection string setting replaces it",
        ["version"] = "Application Insights' application version; absent, the entry assembly's",
    };

    /// <summary>The storage account as the app settings give it in Azure (what the composition resolves against).</summary>
    private static readonly Dictionary<string, string?> AzureStorage = new()
    {
        ["AzureWebJobsStorage:accountName"] = "stdisclosuretest",
        ["AzureWebJobsStorage:credential"] = "managedidentity",
        ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
    };

    [Fact]
    public void Every_binding_expression_on_a_trigger_is_an_app_setting_of_main_bicep()
    {
        var settings = AppSettings.FromTemplate(CompiledTemplate.Main);
        var expressions = BindingExpressions().ToList();

        Assert.Contains(expressions, e => e.Key == "Schedules:AssembleDrafts");
        Assert.All(expressions, e => Assert.True(settings.ContainsKey(AppSettingName(e.Key)), Missing(e.Key, e.Source)));
    }

    [Fact]
    public async Task Every_setting_the_composition_root_reads_is_an_app_setting_of_main_bicep()
    {
        var settings = AppSettings.FromTemplate(CompiledTemplate.Main);
        var read = await SettingsReadByComposition();

        // The recording sees the settings we know of (or the test would pass by reading nothing).
        Assert.Contains("Publishing:DraftsQuietMinutes", read, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("AzureWebJobsStorage:accountName", read, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", read, StringComparer.OrdinalIgnoreCase);

        var connections = Connections().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = read
            .Where(key => !NotSetInAzure.Keys.Any(k => key.Equals(k, StringComparison.OrdinalIgnoreCase) || key.StartsWith(k + ":", StringComparison.OrdinalIgnoreCase)))
            // A storage connection's keys are alternatives (a connection string, or accountName, or service URIs):
            // the next test checks that each connection is given in the identity-based form.
            .Where(key => !connections.Any(c => key.Equals(c, StringComparison.OrdinalIgnoreCase) || key.StartsWith(c + ":", StringComparison.OrdinalIgnoreCase)))
            .Where(key => !settings.ContainsKey(AppSettingName(key)))
            .Select(key => Missing(key, "read when the function app's services are composed"))
            .ToList();
        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Fact]
    public void Every_storage_connection_is_identity_based_with_the_user_assigned_identity()
    {
        var settings = AppSettings.FromTemplate(CompiledTemplate.Main);

        Assert.Contains(StorageSettings.SettingName, Connections());
        foreach (var connection in Connections())
        {
            Assert.False(settings.ContainsKey(connection), $"{connection} is a connection string in main.bicep: give it as {connection}__accountName with a managed identity.");
            foreach (var key in new[] { "accountName", "blobServiceUri", "tableServiceUri", "queueServiceUri", "credential", "clientId" })
            {
                Assert.True(settings.ContainsKey($"{connection}__{key}"), Missing($"{connection}:{key}", $"the identity-based form of the connection {connection}"));
            }
        }
    }

    /// <summary>The app setting the Functions host maps to a configuration key (<c>:</c> is <c>__</c> in app settings).</summary>
    private static string AppSettingName(string key) => key.Replace(ConfigurationPath.KeyDelimiter, "__", StringComparison.Ordinal);

    private static string Missing(string key, string source) =>
        $"infra/main.bicep does not set the app setting {AppSettingName(key)} (the code reads '{key}': {source}). Add it to `appSettings` in infra/main.bicep.";

    /// <summary>Every <c>%name%</c> in a string property of a binding attribute on a function's parameters.</summary>
    private static IEnumerable<(string Key, string Source)> BindingExpressions() =>
        from binding in Bindings()
        from property in binding.Attribute.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
        where property.PropertyType == typeof(string)
        let value = property.GetValue(binding.Attribute) as string
        where value is not null
        from Match match in Expression().Matches(value)
        select (match.Groups[1].Value, $"{value} on {binding.Function}");

    /// <summary>The storage connections the triggers use (<c>Connection</c>, by default AzureWebJobsStorage), and the app's own.</summary>
    private static IEnumerable<string> Connections() =>
        Bindings()
            .Where(b => b.Attribute.GetType().GetProperty("Connection") is not null && b.Attribute.GetType().Namespace == typeof(BlobTriggerAttribute).Namespace)
            .Select(b => b.Attribute.GetType().GetProperty("Connection")!.GetValue(b.Attribute) as string ?? StorageSettings.SettingName)
            .Append(StorageSettings.SettingName)
            .Distinct(StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<(string Function, Attribute Attribute)> Bindings() =>
        from type in typeof(FunctionAppServices).Assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
        let function = method.GetCustomAttribute<FunctionAttribute>()
        where function is not null
        from parameter in method.GetParameters()
        from attribute in parameter.GetCustomAttributes()
        where attribute is BindingAttribute
        select (function.Name, attribute);

    /// <summary>Composes the app as Program.cs does over a recording configuration and resolves every service of ours.</summary>
    private static async Task<IReadOnlyCollection<string>> SettingsReadByComposition()
    {
        var configuration = new RecordingConfiguration(new ConfigurationBuilder().AddInMemoryCollection(AzureStorage).Build());
        var services = new ServiceCollection();
        // The host registers its configuration and logging before Program.cs runs.
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddFunctionApp(configuration);

        // Some of Application Insights' services are only asynchronously disposable.
        await using var provider = services.BuildServiceProvider();
        foreach (var descriptor in services.ToList())
        {
            var type = descriptor.ServiceType;
            if (type.IsGenericTypeDefinition)
            {
                continue;
            }

            if (!type.IsGenericType || IsOurs(type))
            {
                // Every service of a closed type: ours, and the Functions worker's and Application Insights' that
                // AddFunctionApp registers (they read their settings from the same configuration).
                provider.GetServices(type).ToList();
            }
            else if (type.IsGenericType && type.GetGenericArguments() is [var options] && IsOurs(options) && type.Name.Contains("Options", StringComparison.Ordinal))
            {
                // Options of ours (Configure<T>(section)): binding happens when the value is asked for.
                var holder = provider.GetRequiredService(typeof(IOptions<>).MakeGenericType(options));
                _ = holder.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(holder);
            }
        }

        return configuration.Read;
    }

    private static bool IsOurs(Type type) => type.Assembly.GetName().Name?.StartsWith("Disclosure.", StringComparison.Ordinal) == true;

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex Expression();
}
