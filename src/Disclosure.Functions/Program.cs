using Disclosure.Pipeline;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

// The storage account comes from AzureWebJobsStorage (connection string or managed identity), as for the trigger.
builder.Services.AddDisclosure(builder.Configuration);

builder.Build().Run();
