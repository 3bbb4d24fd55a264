using System.ComponentModel;
using Disclosure.Pipeline.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Disclosure.Cli.Commands;

/// <summary><c>disclosure drafts --year Y</c>: assembles the year's drafts now (replacing the last ones) and lists what would still block publishing.</summary>
public sealed class DraftsCommand : AsyncCommand<DraftsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--year <YEAR>")]
        [Description("Report year (default: the year whose report is due now, Beijing time).")]
        public int? Year { get; init; }
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        StorageAccess.RunAsync(async services =>
        {
            var publishing = services.GetRequiredService<PublishingService>();
            var result = await publishing.AssembleDraftsAsync(settings.Year ?? publishing.Calendar.CurrentReportYear, cancellationToken);
            var console = Output.Console;
            console.MarkupLine($"[green]已生成 {result.Reports} 份草稿[/]：{Markup.Escape(result.Path)}");
            foreach (var reason in result.GateReasons)
            {
                console.MarkupLine($"  [yellow]发布前需解决：[/]{Markup.Escape(reason)}");
            }

            return 0;
        }, cancellationToken);
}
