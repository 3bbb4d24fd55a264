using Spectre.Console;

namespace Disclosure.Cli.Commands;

/// <summary>The verdict lines <c>disclosure upload</c> prints, the same for a file sent to storage and one sent through an office's link.</summary>
internal static class UploadVerdictLines
{
    /// <summary>The host could not process the file; the exit code for it.</summary>
    public static int Failed(string? error)
    {
        Output.Console.MarkupLine($"[red]处理失败[/]:{Markup.Escape(error ?? "未知错误")}。文件已存档,请稍后重新上传或联系政务公开办。");
        return UploadCommand.Failed;
    }

    public static void Duplicate() =>
        Output.Console.MarkupLine("[yellow]重复上传[/]:与本机关本年度此前上传的文件内容完全相同,未重复处理。以下为该文件的校验结果。");

    /// <summary>Accepted (with or without warnings) or rejected, after the findings table.</summary>
    public static void Outcome(bool accepted, int errors, int warnings) =>
        Output.Console.MarkupLine(accepted
            ? warnings == 0
                ? "[green]已通过[/]:符合年度报告格式的全部规则,已作为本机关本年度的有效报送。"
                : $"[green]已通过[/]:没有错误,有 {warnings} 个警告请核实;已作为本机关本年度的有效报送。"
            : $"[red]被退回[/]:有 {errors} 个错误、{warnings} 个警告,请按上表修改后重新上传。");
}
