using Disclosure.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

// HTTP functions on the ASP.NET Core integration: HttpRequest in, IActionResult out.
builder.ConfigureFunctionsWebApplication();

builder.Services.AddFunctionApp(builder.Configuration);

builder.Build().Run();
