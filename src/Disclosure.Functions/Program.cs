using Disclosure.Pipeline;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

// HTTP functions on the ASP.NET Core integration: HttpRequest in, IActionResult out.
builder.ConfigureFunctionsWebApplication();

// The storage account comes from AzureWebJobsStorage (connection string or managed identity), as for the trigger.
builder.Services.AddDisclosure(builder.Configuration);

builder.Build().Run();
