using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using Disclosure.Form;
using Disclosure.Narratives;
using Disclosure.Reading;
using Disclosure.Rendering;
using Disclosure.Reports;
using Disclosure.Submissions;
using Disclosure.Validation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure report --year 2022 [--name 名称] [--narrative FILE] -o DIR FILE…</c>: renders a report offline, without
/// storage. One file gives that office's own report; several give the consolidated report of their sum. Every input is
/// read and validated first: exit 2 when one cannot be read, 1 when one is rejected (each listed with its findings), and
/// nothing is written then; 0 when the outputs (<see cref="ReportOutputs"/>) are written into DIR.
/// </summary>
public sealed class ReportCommand : Command<ReportCommand.Settings>
{
    /// <summary>From this many input files on, reading shows a counter on stderr.</summary>
    private const int ProgressFrom = 2;

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("Office workbooks (xlsx) or key,value CSV files: one for that office's report, several for the consolidated one.")]
        public string[] Files { get; init; } = [];

        [CommandOption("--year <YEAR>")]
        [Description("The report year; every file must be for it.")]
        public int? Year { get; init; }

        [CommandOption("--name <NAME>")]
        [Description("The body the report is for (default: the office's name in its file; 合并报告 for several files).")]
        public string? Name { get; init; }

        [CommandOption("--narrative <FILE>")]
        [Description("Sections 一、五、六 as .docx, .md or .txt, headed by their numbers (一、总体情况 …); default: the workbook's 文字部分.")]
        public string? Narrative { get; init; }

        [CommandOption("-o|--output <DIR>")]
        [Description("Folder to write the report's files into (created when absent; files of the same name are replaced).")]
        public string Output { get; init; } = string.Empty;

        public override ValidationResult Validate()
        {
            if (Year is null)
            {
                return ValidationResult.Error("--year is required.");
            }

            if (string.IsNullOrWhiteSpace(Output))
            {
                return ValidationResult.Error("-o DIR is required.");
            }

            return Files.Length == 0 ? ValidationResult.Error("Give at least one office file.") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = Output.Console;
        var year = settings.Year!.Value;
        var inputs = ReadInputs(settings.Files, year, cancellationToken);

        var failed = inputs.Where(i => i.Report.Status != ValidationStatus.Accepted).ToList();
        foreach (var input in failed)
        {
            console.MarkupLineInterpolated($"[bold]{input.Path}[/]");
            FindingsTable.Print(Path.GetFileName(input.Path), input.Report);
        }

        if (failed.Count > 0)
        {
            console.MarkupLineInterpolated($"[red]未生成报告[/]:{failed.Count} 个文件未通过校验,请修改后重试。");
            return failed.Any(i => i.Report.Status == ValidationStatus.Unreadable) ? ExitCodes.Unreadable : ExitCodes.Rejected;
        }

        var duplicates = Duplicates(inputs);
        if (duplicates.Count > 0)
        {
            FindingsTable.Write(duplicates);
            console.MarkupLine("[red]未生成报告[/]:同一机关有多份文件。");
            return ExitCodes.Rejected;
        }

        ReportNarrative? narrative = null;
        if (settings.Narrative is not null && !TryReadNarrative(settings.Narrative, year, out narrative))
        {
            return ExitCodes.Unreadable;
        }

        var submissions = inputs.Select(i => i.Submission!).ToList(); // every input was accepted, so read
        var report = submissions.Count == 1
            ? Consolidation.ForOffice(submissions[0], narrative, settings.Name)
            : Consolidation.Consolidate(
                new ReportBody(Consolidation.ConsolidatedOfficeId, settings.Name ?? Consolidation.DefaultConsolidatedName, IsConsolidated: true),
                year, submissions, narrative ?? ReportNarrative.Empty);

        var folder = Path.GetFullPath(settings.Output);
        var written = ReportOutputs.WriteAll(report, folder);

        FindingsTable.Write(report.Findings);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("文件").AddColumn("字节").AddColumn("SHA-256");
        foreach (var output in written)
        {
            table.AddRow(Markup.Escape(output.FileName), output.Length.ToString("N0", CultureInfo.InvariantCulture), output.Sha256);
        }

        console.Write(table);
        var kind = report.Body.IsConsolidated ? $"合并报告,{report.Offices.Count} 个机关" : "本机关报告";
        console.MarkupLineInterpolated($"已写入 {report.Title}({kind}):{string.Join("、", written.Select(w => w.FileName))},在 {folder}。");
        return ExitCodes.Accepted;
    }

    /// <summary>An input file, its verdict and, when it could be read, its submission.</summary>
    private sealed record Input(string Path, ValidationReport Report, Submission? Submission);

    private static List<Input> ReadInputs(IReadOnlyList<string> files, int year, CancellationToken cancellationToken)
    {
        var options = ValidationOptions.Default with { ExpectedYear = year };
        var progress = files.Count >= ProgressFrom;
        var inputs = new List<Input>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = files[i];
            var report = FormValidator.Validate(FormFileReader.ReadFile(path), null, options);
            inputs.Add(new Input(path, report, report.Document is { } document ? ToSubmission(path, document, year) : null));
            if (progress)
            {
                Progress(i + 1, files.Count);
            }
        }

        return inputs;
    }

    /// <summary>"读取 12/32" on stderr, rewritten in place on a terminal, every tenth file and the last when redirected.</summary>
    private static void Progress(int done, int total)
    {
        var line = $"读取 {done}/{total}";
        if (!Console.IsErrorRedirected)
        {
            Console.Error.Write("\r" + line + (done == total ? "\n" : string.Empty));
        }
        else if (done % 10 == 0 || done == total)
        {
            Console.Error.WriteLine(line);
        }
    }

    /// <summary>
    /// An offline submission: the office from the file's metadata (else the file's name), the file's name as its upload id
    /// (there is no upload), and the sha256 of the file's bytes.
    /// </summary>
    private static Submission ToSubmission(string path, FormDocument document, int year)
    {
        var officeId = document.Metadata.GetValueOrDefault(NationalForm.MetaOfficeId)?.Trim() is { Length: > 0 } id
            ? id
            : Path.GetFileNameWithoutExtension(path);
        string sha256;
        using (var stream = File.OpenRead(path))
        {
            sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        var source = new SubmissionSource(Path.GetFileName(path), Path.GetFullPath(path), sha256, File.GetLastWriteTimeUtc(path));
        return Submission.FromDocument(document, officeId, year, source);
    }

    private static List<Finding> Duplicates(List<Input> inputs) =>
    [
        .. inputs.GroupBy(i => i.Submission!.OfficeId, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => Rules.ConsolidationDuplicateOffice.Raise(g.Key, string.Join("、", g.Select(i => Path.GetFileName(i.Path))))),
    ];

    private static bool TryReadNarrative(string path, int year, out ReportNarrative? narrative)
    {
        // The narrative readers of ingest: Word, Markdown or text, sections found by the form's numbers and wording.
        var read = NarrativeReader.ReadFile(path, ReadLimits.Default, NationalForm.ForReportYear(year));
        narrative = read.Narrative;
        if (read.Findings.Count > 0)
        {
            FindingsTable.Write(read.Findings);
        }

        return narrative is not null;
    }
}
