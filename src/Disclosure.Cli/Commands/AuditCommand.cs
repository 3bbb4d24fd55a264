using System.ComponentModel;
using System.Globalization;
using Disclosure.Audit;
using Disclosure.Contracts;
using Disclosure.Rendering.Audit;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure audit FILE|DIR… [--previous DIR] [--json] [-o report.html]</c>: reads every published report given
/// (text, HTML, PDF), runs the form's rules and, where last year's report of the same body is among the files or in
/// <c>--previous</c>, continuity; one line per report, and with <c>-o</c> a Chinese HTML summary and a CSV beside it.
/// Exit code 0 when every report was read without an error, 1 when one has errors or was read in part, 2 when one
/// could not be read at all.
/// </summary>
public sealed class AuditCommand : Command<AuditCommand.Settings>
{
    /// <summary>From this many reports on, progress goes to stderr.</summary>
    private const int ProgressFrom = 20;

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<PATHS>")]
        [Description("Report files or folders of them (every file under a folder).")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--previous <DIR>")]
        [Description("Last year's reports (files or a folder), matched to this year's by the body in the title.")]
        public string[] Previous { get; init; } = [];

        [CommandOption("--json")]
        [Description("Print one JSON object instead of the table.")]
        public bool Json { get; init; }

        [CommandOption("-o|--output <FILE>")]
        [Description("Write the HTML summary here, and a CSV of the same name beside it.")]
        public string? Output { get; init; }

        public override ValidationResult Validate() =>
            Paths.Length == 0 ? ValidationResult.Error("Give at least one report file or folder.") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var files = ReportAudit.Expand(settings.Paths);
        var previous = ReportAudit.Expand(settings.Previous);
        var progress = files.Count >= ProgressFrom ? new SyncProgress(done => Progress(done, files.Count)) : null;
        var entries = ReportAudit.Run(files, previous, progress);

        if (settings.Output is { } output)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(output));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllText(output, AuditPage.Render(entries, DateTimeOffset.UtcNow));
            File.WriteAllBytes(Path.ChangeExtension(output, ".csv"), AuditPage.Csv(entries));
        }

        if (settings.Json)
        {
            using var stdout = Console.OpenStandardOutput();
            ContractJson.Write(stdout, AuditJson.ToContract(entries));
            stdout.Write("\n"u8);
        }
        else
        {
            Print(entries, settings.Output);
        }

        return entries.Any(e => e.Verdict == AuditVerdict.Refused) ? ExitCodes.Unreadable
            : entries.Any(e => e.Errors > 0 || e.Verdict == AuditVerdict.ReadInPart) ? ExitCodes.Rejected
            : ExitCodes.Accepted;
    }

    private static void Print(IReadOnlyList<AuditEntry> entries, string? output)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("政府信息公开工作年度报告 审核结果")
            .AddColumn("文件").AddColumn("机关").AddColumn("年度").AddColumn("读取")
            .AddColumn(new TableColumn("错误").RightAligned()).AddColumn(new TableColumn("警告").RightAligned()).AddColumn("上年报告");
        foreach (var e in entries)
        {
            var colour = e.Verdict == AuditVerdict.Read ? (e.Errors == 0 ? "green" : "red") : "red";
            table.AddRow(
                new Text(Path.GetFileName(e.File)),
                new Text(e.Body ?? "—"),
                new Text(e.Year?.ToString(CultureInfo.InvariantCulture) ?? "—"),
                new Markup($"[{colour}]{AuditEntry.VerdictLabel(e.Verdict)}[/]"),
                new Text(e.Errors.ToString(CultureInfo.InvariantCulture)),
                new Text(e.Warnings.ToString(CultureInfo.InvariantCulture)),
                new Text(e.PreviousFile is null ? "—" : Path.GetFileName(e.PreviousFile)));
        }

        Output.Console.Write(table);
        var s = AuditJson.Summary(entries);
        Output.Console.MarkupLine(Markup.Escape(
            $"共 {s.Reports} 份报告:已读取 {s.Read} 份,部分读取 {s.ReadInPart} 份,无法读取 {s.Refused} 份;有错误的 {s.WithErrors} 份。"
            + (output is null ? "" : $"汇总页:{output},明细表:{Path.ChangeExtension(output, ".csv")}")));
    }

    /// <summary>"审核 120/1000" on stderr, in place on a terminal, every fiftieth report and the last when redirected.</summary>
    private static void Progress(int done, int total)
    {
        var line = $"审核 {done}/{total}";
        if (!Console.IsErrorRedirected)
        {
            Console.Error.Write("\r" + line + (done == total ? "\n" : string.Empty));
        }
        else if (done % 50 == 0 || done == total)
        {
            Console.Error.WriteLine(line);
        }
    }

    /// <summary>Reports progress on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
