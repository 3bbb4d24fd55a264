using System.ComponentModel;
using Disclosure.Pipeline.Roster;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Disclosure.Cli.Commands;

/// <summary><c>disclosure offices import roster.csv</c>: the offices roster (office_id,name,kind,required) into Table Storage.</summary>
public sealed class OfficesImportCommand : AsyncCommand<OfficesImportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("Roster CSV: office_id,name,kind,required (UTF-8 or GB18030).")]
        public string File { get; init; } = string.Empty;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            Output.Console.MarkupLine($"[red]找不到文件[/]:{Markup.Escape(settings.File)}");
            return 2;
        }

        var content = await System.IO.File.ReadAllBytesAsync(settings.File, cancellationToken);
        return await StorageAccess.RunAsync(async services =>
        {
            var result = await services.GetRequiredService<RosterImporter>().ImportAsync(content, cancellationToken);
            if (!result.Succeeded)
            {
                foreach (var problem in result.Problems)
                {
                    Output.Console.MarkupLine($"[red]错误[/] {Markup.Escape(problem)}");
                }

                Output.Console.MarkupLine("[red]名单未导入[/]:请修改以上问题后重新导入(有错误时不导入任何一行)。");
                return 1;
            }

            var required = result.Offices.Count(o => o.Required);
            Output.Console.MarkupLine($"已导入报送机关名单:{result.Offices.Count} 个机关,其中必报 {required} 个。");
            return 0;
        }, cancellationToken);
    }
}
