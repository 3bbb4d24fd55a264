using System.ComponentModel;
using Disclosure.Pipeline.OfficeLinks;
using Disclosure.Pipeline.Roster;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure offices import roster.csv</c>: the offices roster (office_id,name,kind,required) into Table Storage;
/// with <c>--links links.csv --year Y</c>, also a new upload link for every office on the roster, written to a CSV
/// (office_id,name,link,expires; UTF-8 with BOM, for Excel) for the openness office to send out.
/// </summary>
public sealed class OfficesImportCommand : AsyncCommand<OfficesImportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("Roster CSV: office_id,name,kind,required (UTF-8 or GB18030).")]
        public string File { get; init; } = string.Empty;

        [CommandOption("--links <FILE>")]
        [Description("Issue a link for every office on the roster and write them to this CSV (needs --year).")]
        public string? Links { get; init; }

        [CommandOption("--year <YEAR>")]
        [Description("Report year of the links.")]
        public int? Year { get; init; }

        [CommandOption("--days <DAYS>")]
        [Description("How long the links are valid (default OfficeLinks:Days, 90).")]
        public int? Days { get; init; }

        public override ValidationResult Validate() =>
            Links is not null && Year is not (>= 2021 and <= 9999) ? ValidationResult.Error("--links needs --year (from 2021).")
            : Days is < 1 or > 3660 ? ValidationResult.Error("--days must be 1 to 3660.")
            : ValidationResult.Success();
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
            if (settings.Links is null)
            {
                return 0;
            }

            var links = services.GetRequiredService<OfficeLinkService>();
            if (links.BaseUrl(null) is null)
            {
                Output.Console.MarkupLine($"[red]未设置链接地址[/]:请设置 {OfficeLinkOptions.Section}__BaseUrl 为函数应用的地址。");
                return 2;
            }

            var issued = await links.IssueAllAsync(settings.Year!.Value, settings.Days, Environment.UserName, cancellationToken);
            await System.IO.File.WriteAllBytesAsync(settings.Links, OfficeLinkService.LinksCsv(issued), cancellationToken);
            Output.Console.MarkupLine($"已为 {issued.Count} 个机关生成 {settings.Year} 年度报送链接(此前的链接已停用):{Markup.Escape(Path.GetFullPath(settings.Links))}");
            return 0;
        }, cancellationToken);
    }
}
