using System.ComponentModel;
using System.Globalization;
using Disclosure.Contracts;
using Disclosure.Pipeline.Status;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;
using Disclosure.Calendar;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure status --year Y [--json]</c>: every office on the roster with 已通过 / 被退回 / 未提交 / 处理失败,
/// error and warning counts, last upload time, and a completeness line. Exit code 0, or 3 when storage is unreachable.
/// </summary>
public sealed class StatusCommand : AsyncCommand<StatusCommand.Settings>
{

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--year <YEAR>")]
        [Description("Report year.")]
        public int Year { get; init; }

        [CommandOption("--json")]
        [Description("Print one JSON object instead of the table.")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            Year is < 2000 or > 9999 ? ValidationResult.Error("--year is required.") : ValidationResult.Success();
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        StorageAccess.RunAsync(async services =>
        {
            var status = await services.GetRequiredService<StatusService>().GetAsync(settings.Year, cancellationToken);
            if (settings.Json)
            {
                WriteJson(status);
            }
            else
            {
                PrintTable(status);
            }

            return 0;
        }, cancellationToken);

    private static void PrintTable(YearStatus status)
    {
        var console = Output.Console;
        var table = new Table().Border(TableBorder.Rounded).Title($"{status.Year} 年度 政府信息公开工作年度报告 报送情况")
            .AddColumn("机关代码").AddColumn("机关名称").AddColumn("状态").AddColumn(new TableColumn("错误").RightAligned())
            .AddColumn(new TableColumn("警告").RightAligned()).AddColumn("文字部分").AddColumn("最后上传(北京时间)");
        foreach (var office in status.Offices)
        {
            var colour = office.State switch
            {
                OfficeState.Accepted => "green",
                OfficeState.Rejected => "red",
                OfficeState.Failed => "red",
                _ => "grey",
            };
            table.AddRow(
                new Text(office.OfficeId),
                new Text(office.Required ? office.Name : $"{office.Name}(非必报)"),
                new Markup($"[{colour}]{office.State.Label()}[/]"),
                new Text(office.State == OfficeState.Missing ? "—" : office.Errors.ToString(CultureInfo.InvariantCulture)),
                new Text(office.State == OfficeState.Missing ? "—" : office.Warnings.ToString(CultureInfo.InvariantCulture)),
                new Text(office.HasNarrative ? "有" : "无"),
                new Text((office.LastUploadUtc is { } at ? BeijingTime.ToSecond(at) : "—")));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(
            $"共 {status.Offices.Count} 个机关:已通过 {status.Count(OfficeState.Accepted)},被退回 {status.Count(OfficeState.Rejected)}," +
            $"未提交 {status.Count(OfficeState.Missing)},处理失败 {status.Count(OfficeState.Failed)}。" +
            $"必报机关 {status.RequiredCount} 个中 {status.RequiredComplete} 个已有有效报送,完成率 {status.Completeness * 100:0.#}%。"));
        if (status.UnlistedOffices.Count > 0)
        {
            console.MarkupLine(Markup.Escape($"另有不在名单中的机关代码上传过文件(已退回):{string.Join("、", status.UnlistedOffices)}。"));
        }
    }

    private static void WriteJson(YearStatus status)
    {
        using var stdout = Console.OpenStandardOutput();
        ContractJson.Write(stdout, status.ToContract());
        stdout.Write("\n"u8);
    }
}
