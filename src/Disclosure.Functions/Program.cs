using Disclosure.Storage.Configuration;
using Disclosure.Storage.Ingest;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

// The storage account comes from AzureWebJobsStorage (connection string or managed identity), as for the trigger.
builder.Services.AddSingleton(_ => StorageClients.FromEnvironment());
builder.Services.AddSingleton(services => new IngestService(services.GetRequiredService<StorageClients>()));

builder.Build().Run();
