using Azure;
using Disclosure.Pipeline;
using Disclosure.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Disclosure.Cli.Commands;

/// <summary>
/// The pipeline's services for the commands that need storage, composed as in the hosts (<c>AddDisclosure</c>) from
/// <c>AzureWebJobsStorage</c> (environment or <c>local.settings.json</c>, else the local Azurite), and the message
/// for when the account cannot be reached.
/// </summary>
internal static class StorageAccess
{
    public const int Unreachable = 3;

    /// <summary>Runs a command body with the services, turning a storage that cannot be reached into a clear message and exit code 3.</summary>
    public static async Task<int> RunAsync(Func<IServiceProvider, Task<int>> body, CancellationToken ct)
    {
        StorageSettings? settings = null;
        try
        {
            await using var services = new ServiceCollection().AddDisclosure(DisclosureConfiguration.FromEnvironment()).BuildServiceProvider();
            settings = services.GetRequiredService<StorageSettings>();
            await services.GetRequiredService<StorageClients>().EnsureCreatedAsync(ct);
            return await body(services);
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or AggregateException or Azure.Identity.AuthenticationFailedException)
        {
            var where = settings?.Describe() ?? StorageSettings.SettingName;
            var hint = settings?.IsDefaultLocal == true
                ? "未设置 AzureWebJobsStorage,默认连接本机 Azurite(127.0.0.1:10000–10002),但它没有运行。请先启动本地主机或 Azurite,或设置 AzureWebJobsStorage 指向存储账户。"
                : "请检查 AzureWebJobsStorage 设置和网络。";
            Output.Console.MarkupLine($"[red]无法连接存储[/]:{Markup.Escape(where)}。{Markup.Escape(hint)}");
            Output.Console.MarkupLine($"[grey]{Markup.Escape(e.Message.Split('\n')[0])}[/]");
            return Unreachable;
        }
    }
}
