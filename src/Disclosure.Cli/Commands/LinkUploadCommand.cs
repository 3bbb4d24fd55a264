using System.Net;
using Disclosure.Pipeline.Uploads;
using Disclosure.Validation;
using Spectre.Console;

namespace Disclosure.Cli.Commands;

/// <summary><c>disclosure upload --link URL FILE</c>: the file posted through an office's link, the verdict printed as <c>upload</c> prints it.</summary>
internal static class LinkUploadCommand
{
    public static async Task<int> RunAsync(Uri link, string path, int timeoutSeconds, bool noWait, CancellationToken ct)
    {
        var console = Output.Console;
        var content = await File.ReadAllBytesAsync(path, ct);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(5) };
        var client = new LinkUploadClient(http);
        LinkUpload sent;
        try
        {
            sent = await client.SendAsync(link, content, Path.GetFileName(path), ct);
        }
        catch (HttpRequestException e)
        {
            console.MarkupLine($"[red]无法连接报送链接的服务器[/]:{Markup.Escape(link.GetLeftPart(UriPartial.Authority))}。{Markup.Escape(e.Message)}");
            return StorageAccess.Unreachable;
        }

        if (sent.Verdict is null)
        {
            console.MarkupLine($"[red]上传未被接收[/]:{Markup.Escape(Refusal(sent.Status))}");
            return UploadCommand.LinkRefused;
        }

        console.MarkupLine($"已上传:{Markup.Escape(Path.GetFileName(path))}({content.Length:N0} 字节)");
        if (noWait)
        {
            return 0;
        }

        Contracts.OfficeUploadVerdictContract? verdict = null;
        await console.Status().StartAsync("等待处理结果…", async _ =>
            verdict = await client.WaitForVerdictAsync(sent.Verdict, TimeSpan.FromSeconds(timeoutSeconds), ct));
        if (verdict is null || verdict.State == "pending")
        {
            console.MarkupLine($"[yellow]{timeoutSeconds} 秒内没有处理结果[/]:文件已上传,稍后可打开报送链接查看。");
            return UploadCommand.NoVerdict;
        }

        if (verdict.State == "failed")
        {
            return UploadVerdictLines.Failed(verdict.Error);
        }

        if (verdict.State == "duplicate")
        {
            UploadVerdictLines.Duplicate();
        }

        if (verdict.Report is { } report)
        {
            FindingsTable.Write(ValidationReportJson.FindingsOf(report));
        }

        var accepted = verdict.Errors == 0 && verdict.Report?.Status != "rejected";
        UploadVerdictLines.Outcome(accepted, verdict.Errors, verdict.Warnings);
        console.MarkupLine($"校验结果:{Markup.Escape(sent.Verdict.ToString())}");
        return accepted ? 0 : 1;
    }

    private static string Refusal(HttpStatusCode status) => (int)status switch
    {
        404 => "报送链接无效,请核对链接地址是否完整。",
        410 => "报送链接已过期或已停用,请向政务公开办索取新链接。",
        403 => "报送链接不能用于这个年度。",
        413 => "文件过大。",
        429 => "上传过于频繁,请稍后再试。",
        400 => "文件类型不支持或没有收到文件:请上传统计表(.xlsx)或文字部分(.docx、.md、.txt)。",
        _ => $"服务器返回 {(int)status}。",
    };
}
