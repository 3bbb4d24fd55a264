using System.ComponentModel;
using System.Globalization;
using Disclosure.Pipeline.OfficeLinks;
using Disclosure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;
using Disclosure.Calendar;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure offices link --office edu --year 2023 [--days N]</c>: issues the office's upload link for the year
/// (revoking its earlier links for that year) and prints it; <c>--revoke</c> revokes them without a new one.
/// </summary>
public sealed class OfficesLinkCommand : AsyncCommand<OfficesLinkCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--office <ID>")]
        [Description("Office id as on the roster.")]
        public string OfficeId { get; init; } = string.Empty;

        [CommandOption("--year <YEAR>")]
        [Description("Report year the link uploads for.")]
        public int Year { get; init; }

        [CommandOption("--days <DAYS>")]
        [Description("How long the link is valid (default OfficeLinks:Days, 90).")]
        public int? Days { get; init; }

        [CommandOption("--revoke")]
        [Description("Revoke the office's links for the year; issue none.")]
        public bool Revoke { get; init; }

        public override ValidationResult Validate() =>
            !UploadPath.IsValidOfficeId(OfficeId) || Year is < 2021 or > 9999 ? ValidationResult.Error("--office and --year (from 2021) are required.")
            : Days is < 1 or > 3660 ? ValidationResult.Error("--days must be 1 to 3660.")
            : ValidationResult.Success();
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        StorageAccess.RunAsync(async services =>
        {
            var links = services.GetRequiredService<OfficeLinkService>();
            if (settings.Revoke)
            {
                var revoked = await links.RevokeAsync(settings.OfficeId, settings.Year, cancellationToken);
                Output.Console.MarkupLine($"已停用 {Markup.Escape(settings.OfficeId)} {settings.Year} 年度的报送链接 {revoked} 个。");
                return 0;
            }

            if (links.BaseUrl(null) is null)
            {
                Output.Console.MarkupLine($"[red]未设置链接地址[/]:请设置 {OfficeLinkOptions.Section}__BaseUrl 为函数应用的地址(如 https://xxx.azurewebsites.net)。");
                return 2;
            }

            var issued = await links.IssueAsync(settings.OfficeId, settings.Year, settings.Days, Environment.UserName, null, cancellationToken);
            if (issued is null)
            {
                Output.Console.MarkupLine($"[red]名单中没有这个机关[/]:{Markup.Escape(settings.OfficeId)}。请先导入名单(disclosure offices import)。");
                return 1;
            }

            Output.Console.MarkupLine($"{Markup.Escape(issued.Office.Name)}({Markup.Escape(issued.Office.OfficeId)}){settings.Year} 年度报送链接," +
                $"有效至 {BeijingTime.ToMinute(issued.Record.ExpiresUtc)}(北京时间),此前的链接已停用:");
            // The link alone on its own line, unwrapped, so scripts and people can copy it.
            Console.Out.WriteLine(issued.Url);
            return 0;
        }, cancellationToken);
}
