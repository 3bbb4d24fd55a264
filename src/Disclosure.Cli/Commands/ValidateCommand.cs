using System.ComponentModel;
using Disclosure.Narratives;
using Disclosure.Reading;
using Disclosure.Validation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure validate FILE [--previous FILE] [--json]</c>. Exit code 0 accepted (warnings allowed),
/// 1 rejected, 2 the file could not be read at all. A Word or Markdown file is checked as a narrative (sections
/// 一、五、六: <see cref="NarrativeReader"/>); a .txt stays a published report's text.
/// </summary>
public sealed class ValidateCommand : Command<ValidateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("Workbook (xlsx), key,value CSV, published report (txt, html, pdf), or narrative (docx, md).")]
        public string File { get; init; } = string.Empty;

        [CommandOption("--previous <FILE>")]
        [Description("The same body's previous year, in any of those formats, for carry.continuity.")]
        public string? Previous { get; init; }

        [CommandOption("--year <YEAR>")]
        [Description("The report year the file must be for.")]
        public int? Year { get; init; }

        [CommandOption("--json")]
        [Description("Print one JSON object instead of the table.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ValidationReport report;
        if (NarrativeReader.IsWordOrMarkdownFileName(settings.File))
        {
            report = NarrativeReader.Validate(NarrativeReader.ReadFile(settings.File));
        }
        else
        {
            var read = FormFileReader.ReadFile(settings.File);
            var previous = settings.Previous is null ? null : FormFileReader.ReadFile(settings.Previous);
            report = FormValidator.Validate(read, previous, ValidationOptions.Default with { ExpectedYear = settings.Year });
        }

        if (settings.Json)
        {
            using var stdout = Console.OpenStandardOutput();
            ValidationReportJson.Write(stdout, report);
            stdout.Write("\n"u8);
        }
        else
        {
            FindingsTable.Print(Path.GetFileName(settings.File), report);
        }

        return ExitCodes.For(report.Status);
    }
}
