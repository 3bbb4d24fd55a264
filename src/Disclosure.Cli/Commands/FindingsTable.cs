using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;
using Spectre.Console;

namespace Disclosure.Cli.Commands;

/// <summary>Prints findings as a table in Chinese with a one-line verdict.</summary>
internal static class FindingsTable
{
    public static void Print(string fileName, ValidationReport report)
    {
        Write(report.Findings);
        Output.Console.MarkupLine(Verdict(fileName, report));
    }

    /// <summary>
    /// The findings alone, as a table; nothing when there are none. Many findings of one rule in one row or
    /// table are one line (<see cref="FindingLines"/>), so a blank template reads as a few lines, not 200.
    /// </summary>
    public static void Write(IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("级别").AddColumn("规则").AddColumn("位置").AddColumn("说明");
        foreach (var line in FindingLines.Group(findings, NationalForm.Current))
        {
            table.AddRow(
                new Markup(line.Severity == Severity.Error ? "[red]错误[/]" : "[yellow]警告[/]"),
                new Text(line.Rule),
                new Text(line.Location ?? "—"),
                new Text(line.Message));
        }

        Output.Console.Write(table);
    }

    private static string Verdict(string fileName, ValidationReport report)
    {
        var name = Markup.Escape(fileName);
        if (report.Document is { IsReadInPart: true } partial)
        {
            return $"[red]部分读取[/]:{name} 有 {partial.UnreadFigures.Count} 个数字无法确定(原因见上表的错误),"
                + $"其余 {partial.Figures.Count} 个数字已读取并检查;共 {report.ErrorCount} 个错误、{report.WarningCount} 个警告。";
        }

        return report.Status switch
        {
            ValidationStatus.Accepted when report.WarningCount == 0 => $"[green]通过[/]:{name} 符合年度报告格式的全部规则。",
            ValidationStatus.Accepted => $"[green]通过[/]:{name} 没有错误,有 {report.WarningCount} 个警告请核实。",
            ValidationStatus.Rejected when report.Document!.Kind == DocumentKind.OfficeSubmission =>
                $"[red]不通过[/]:{name} 有 {report.ErrorCount} 个错误、{report.WarningCount} 个警告,请按上表修改后重新报送。",
            ValidationStatus.Rejected => $"[red]不通过[/]:{name} 有 {report.ErrorCount} 个错误、{report.WarningCount} 个警告,与年度报告格式的规则不符。",
            _ => $"[red]无法读取[/]:{name}。",
        };
    }
}
