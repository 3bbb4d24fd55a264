using Disclosure.Pipeline;
using Disclosure.Pipeline.Ingest;
using Disclosure.Storage.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Disclosure.Host;

/// <summary>
/// Builds the WebJobs host over a storage account: the pipeline services, the local triggers, and Kestrel serving the
/// HTTP API and the public site (<see cref="LocalHttp"/>) on <c>LocalHost:Urls</c> (default <c>http://localhost:7071</c>;
/// loopback addresses only: the local host has no function keys).
/// </summary>
public static class LocalHostBuilder
{
    /// <summary>The host over the account of a connection string (an Azurite the host or a test started).</summary>
    /// <param name="urls">Where Kestrel listens (tests: <c>http://127.0.0.1:0</c> for a free port); null: <c>LocalHost:Urls</c> from the environment, else the default.</param>
    public static IHost Build(string connectionString, Action<ILoggingBuilder>? logging = null, IngestOptions? ingestOptions = null, string? urls = null)
    {
        var settings = new Dictionary<string, string?> { [StorageSettings.SettingName] = connectionString };
        var configured = urls ?? DisclosureConfiguration.FromEnvironment()[LocalHttp.UrlsSetting];
        if (configured is not null)
        {
            settings[LocalHttp.UrlsSetting] = configured;
        }

        return Build(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), logging, ingestOptions);
    }

    /// <summary>
    /// The host over the account <c>AzureWebJobsStorage</c> names in <paramref name="configuration"/>, in any of its forms
    /// (connection string or managed identity): the blob trigger and the pipeline services read the same setting.
    /// </summary>
    public static IHost Build(IConfiguration configuration, Action<ILoggingBuilder>? logging = null, IngestOptions? ingestOptions = null)
    {
        var urls = CheckLoopback(configuration[LocalHttp.UrlsSetting] ?? LocalHttp.DefaultUrls);
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
                services.AddRouting();
            })
            .ConfigureWebHost(web => web
                .UseKestrel()
                .UseUrls(urls)
                .Configure(app =>
                {
                    app.UseRouting();
                    app.UseEndpoints(LocalHttp.Map);
                }))
            .Build();
    }

    /// <summary>The URLs Kestrel listens on once the host has started (with the real port when 0 was asked for).</summary>
    public static IReadOnlyList<Uri> ListeningUrls(this IHost host) =>
        [.. (host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []).Select(a => new Uri(a))];

    /// <summary>
    /// The URLs, checked to be loopback only (<c>localhost</c>, <c>127.0.0.1</c>, <c>[::1]</c>): the local host serves the API
    /// without function keys, so it must not be reachable from other machines.
    /// </summary>
    /// <exception cref="InvalidOperationException">A URL is not http(s) on a loopback address.</exception>
    public static string CheckLoopback(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !(uri.IsLoopback || uri.Host == "localhost"))
            {
                throw new InvalidOperationException($"{LocalHttp.UrlsSetting}: {url} is not a loopback address; the local host has no function keys and listens on localhost only.");
            }
        }

        return urls;
    }
}
