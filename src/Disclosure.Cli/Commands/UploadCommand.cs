using System.ComponentModel;
using Disclosure.Pipeline.Uploads;
using Disclosure.Storage.Blobs;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Validation;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure upload FILE --office ID --year Y</c>: puts the file into <c>uploads/{year}/{office}/</c>, then
/// waits for ingest's verdict and prints it. <c>disclosure upload --link URL FILE</c> does the same through an office's
/// link (no storage access: the link decides the office and year). Exit code 0 accepted, 1 rejected, 3 storage (or the
/// link's server) unreachable, 4 processing failed, 5 no verdict within the timeout (no host processing uploads),
/// 6 the link refused the upload.
/// </summary>
public sealed class UploadCommand : AsyncCommand<UploadCommand.Settings>
{
    public const int Failed = 4;
    public const int NoVerdict = 5;
    public const int LinkRefused = 6;

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The office's workbook (xlsx) or key,value CSV, or its narrative (docx, md, txt).")]
        public string File { get; init; } = string.Empty;

        [CommandOption("--office <ID>")]
        [Description("Office id as on the roster.")]
        public string OfficeId { get; init; } = string.Empty;

        [CommandOption("--year <YEAR>")]
        [Description("Report year.")]
        public int Year { get; init; }

        [CommandOption("--link <URL>")]
        [Description("Upload through the office's link (from the openness office) instead of with storage access.")]
        public string? Link { get; init; }

        [CommandOption("--timeout <SECONDS>")]
        [Description("How long to wait for the verdict (default 120).")]
        public int TimeoutSeconds { get; init; } = 120;

        [CommandOption("--no-wait")]
        [Description("Upload only; do not wait for the verdict.")]
        public bool NoWait { get; init; }

        public override ValidationResult Validate() =>
            Link is not null
                ? Uri.TryCreate(Link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                    ? ValidationResult.Success()
                    : ValidationResult.Error("--link must be the http(s) address of an office link.")
                : string.IsNullOrWhiteSpace(OfficeId) || Year is < 2000 or > 9999
                    ? ValidationResult.Error("--office and --year are required (or --link).")
                    : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            Output.Console.MarkupLine($"[red]找不到文件[/]:{Markup.Escape(settings.File)}");
            return 2;
        }

        if (settings.Link is not null)
        {
            return await LinkUploadCommand.RunAsync(new Uri(settings.Link), settings.File, settings.TimeoutSeconds, settings.NoWait, cancellationToken);
        }

        if (!UploadPath.IsValidOfficeId(settings.OfficeId))
        {
            Output.Console.MarkupLine($"[red]机关代码无效[/]:{Markup.Escape(settings.OfficeId)}");
            return 2;
        }

        var content = await System.IO.File.ReadAllBytesAsync(settings.File, cancellationToken);
        return await StorageAccess.RunAsync(async services =>
        {
            var client = services.GetRequiredService<UploadClient>();
            var sent = await SendAsync(client, content, settings, cancellationToken);
            Output.Console.MarkupLine($"已上传:uploads/{Markup.Escape(sent.BlobName)}({content.Length:N0} 字节)");
            if (settings.NoWait)
            {
                return 0;
            }

            UploadRecord? record = null;
            await Output.Console.Status().StartAsync("等待处理结果…", async _ =>
                record = await client.WaitForVerdictAsync(sent, TimeSpan.FromSeconds(settings.TimeoutSeconds), cancellationToken));
            if (record is null)
            {
                Output.Console.MarkupLine($"[yellow]{settings.TimeoutSeconds} 秒内没有处理结果[/]:文件已上传,但似乎没有主机在处理上传(本地请先启动本地主机)。" +
                    "稍后可用 disclosure status 查看。");
                return NoVerdict;
            }

            return await PrintVerdictAsync(client, record, cancellationToken);
        }, cancellationToken);
    }

    private static async Task<SentUpload> SendAsync(UploadClient client, byte[] content, Settings settings, CancellationToken ct)
    {
        SentUpload? sent = null;
        await Output.Console.Progress().AutoClear(true).StartAsync(async progress =>
        {
            var task = progress.AddTask($"上传 {Path.GetFileName(settings.File)}", maxValue: Math.Max(1, content.Length));
            sent = await client.SendAsync(content, Path.GetFileName(settings.File), settings.Year, settings.OfficeId,
                new Progress<long>(bytes => task.Value = bytes), ct);
            task.Value = task.MaxValue;
        });
        return sent!;
    }

    private static async Task<int> PrintVerdictAsync(UploadClient client, UploadRecord record, CancellationToken ct)
    {
        var console = Output.Console;
        if (record.State == UploadState.Failed)
        {
            return UploadVerdictLines.Failed(record.Error);
        }

        if (record.State == UploadState.Duplicate)
        {
            UploadVerdictLines.Duplicate();
        }

        var json = await client.GetReportJsonAsync(record, ct);
        if (json is not null)
        {
            FindingsTable.Write(ValidationReportJson.ReadFindings(json));
        }

        var accepted = record.Errors == 0;
        UploadVerdictLines.Outcome(accepted, record.Errors, record.Warnings);
        if (accepted && record.State == UploadState.Accepted && !record.BecameCurrent)
        {
            console.MarkupLine("[yellow]注意[/]:已有更晚上传的文件,本文件未取代它。");
        }

        if (record.ReportHtmlName is not null)
        {
            console.MarkupLine($"校验报告:validation/{Markup.Escape(record.ReportHtmlName)}");
        }

        return accepted ? 0 : 1;
    }
}
