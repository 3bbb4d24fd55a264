using System.ComponentModel;
using Disclosure.Pipeline.Publishing;
using Disclosure.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure publish --year Y [--force --reason 说明] [--by 姓名]</c>: publishes version n+1 through storage (the
/// service the timer calls) and prints the version and where it is. Exit 0 when published or when nothing changed since
/// the last version, 1 when the gate blocks it (each reason listed), 3 when storage is unreachable.
/// </summary>
public sealed class PublishCommand : AsyncCommand<PublishCommand.Settings>
{
    /// <summary>Where the local host serves the site.</summary>
    public const string LocalSiteUrl = "http://localhost:7071/";

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--year <YEAR>")]
        [Description("Report year (default: the year whose report is due now, Beijing time).")]
        public int? Year { get; init; }

        [CommandOption("--force")]
        [Description("Publish although the gate blocks it (needs --reason).")]
        public bool Force { get; init; }

        [CommandOption("--reason <TEXT>")]
        [Description("Why the gate is overridden; printed on the site and kept in the manifest.")]
        public string? Reason { get; init; }

        [CommandOption("--by <NAME>")]
        [Description("Who publishes (default: the user name).")]
        public string? By { get; init; }

        public override ValidationResult Validate()
        {
            if (Year is { } year && year is < 2000 or > 9999)
            {
                return ValidationResult.Error("--year must be a year such as 2022.");
            }

            if (Force && string.IsNullOrWhiteSpace(Reason))
            {
                return ValidationResult.Error("--force needs --reason (why the report is published anyway).");
            }

            return !Force && Reason is not null ? ValidationResult.Error("--reason goes with --force.") : ValidationResult.Success();
        }
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        StorageAccess.RunAsync(async services =>
        {
            var publishing = services.GetRequiredService<PublishingService>();
            var year = settings.Year ?? publishing.Calendar.CurrentReportYear;
            var by = string.IsNullOrWhiteSpace(settings.By) ? Environment.UserName : settings.By.Trim();
            var result = await publishing.PublishAsync(year, by, settings.Force ? settings.Reason : null, cancellationToken);
            var console = Output.Console;
            switch (result.Outcome)
            {
                case PublishOutcome.Blocked:
                    console.MarkupLine($"[red]{Markup.Escape(result.Message)}[/]");
                    foreach (var reason in result.Reasons)
                    {
                        console.MarkupLine($"  - {Markup.Escape(reason)}");
                    }

                    console.MarkupLine("[grey]条件满足后再发布；确需按期发布的，用 --force --reason 说明原因。[/]");
                    return 1;
                case PublishOutcome.Unchanged:
                    console.MarkupLine($"[yellow]{Markup.Escape(result.Message)}[/]");
                    break;
                default:
                    console.MarkupLine($"[green]{Markup.Escape(result.Message)}[/]");
                    foreach (var reason in result.Reasons)
                    {
                        console.MarkupLine($"  [yellow]未满足：[/]{Markup.Escape(reason)}");
                    }

                    break;
            }

            console.MarkupLine($"版本：第 {result.Version} 版");
            console.MarkupLine($"报告：{Markup.Escape(result.ReportsPath ?? string.Empty)}（manifest.json、consolidated/、offices/）");
            console.MarkupLine($"网站：{Markup.Escape(result.SitePath ?? string.Empty)}");
            var site = publishing.Options.SiteUrl ?? (services.GetRequiredService<StorageSettings>().ConnectionString?.Contains("devstoreaccount1", StringComparison.Ordinal) == true ? LocalSiteUrl : null);
            if (site is not null)
            {
                console.MarkupLine($"网址：{Markup.Escape($"{site.TrimEnd('/')}/{year}/")}");
            }

            return 0;
        }, cancellationToken);
}
