using Disclosure.Pipeline;
using Disclosure.Pipeline.Ingest;
using Disclosure.Storage.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Disclosure.Host;

/// <summary>Builds the WebJobs host over a storage account: the pipeline services and the local triggers.</summary>
public static class LocalHostBuilder
{
    /// <summary>The host over the account of a connection string (an Azurite the host or a test started).</summary>
    public static IHost Build(string connectionString, Action<ILoggingBuilder>? logging = null, IngestOptions? ingestOptions = null) =>
        Build(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [StorageSettings.SettingName] = connectionString,
        }).Build(), logging, ingestOptions);

    /// <summary>
    /// The host over the account <c>AzureWebJobsStorage</c> names in <paramref name="configuration"/>, in any of its forms
    /// (connection string or managed identity): the blob trigger and the pipeline services read the same setting.
    /// </summary>
    public static IHost Build(IConfiguration configuration, Action<ILoggingBuilder>? logging = null, IngestOptions? ingestOptions = null)
    {
        return new HostBuilder()
            .ConfigureAppConfiguration(config => config.AddConfiguration(configuration))
            .ConfigureWebJobs(webJobs =>
            {
                webJobs.AddAzureStorageCoreServices();
                webJobs.AddAzureStorageBlobs(blobs => blobs.MaxDegreeOfParallelism = Environment.ProcessorCount * 4);
            })
            .ConfigureLogging(builder =>
            {
                builder.AddSimpleConsole(console => console.SingleLine = true);
                builder.SetMinimumLevel(LogLevel.Information);
                // The SDKs log every 404 of a create-if-missing and every poll at Information or Warning.
                builder.AddFilter("Azure", LogLevel.Error);
                builder.AddFilter("Host", LogLevel.Warning);
                builder.AddFilter("Function", LogLevel.Warning);
                builder.AddFilter("Microsoft", LogLevel.Warning);
                logging?.Invoke(builder);
            })
            .ConfigureServices((context, services) =>
            {
                if (ingestOptions is not null)
                {
                    services.AddSingleton(ingestOptions);
                }

                services.AddDisclosure(context.Configuration);
                services.AddSingleton<LocalTriggers>();
                services.AddHostedService<UploadSweepService>();
                services.AddHostedService<PublishingScheduleService>();
            })
            .Build();
    }
}
