using System.ComponentModel;
using Disclosure.Reading;
using Disclosure.Validation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure validate FILE [--previous FILE] [--json]</c>. Exit code 0 accepted (warnings allowed),
/// 1 rejected, 2 the file could not be read at all.
/// </summary>
public sealed class ValidateCommand : Command<ValidateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("Workbook (xlsx), key,value CSV, or published report (txt, html, pdf).")]
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
        var read = FormFileReader.ReadFile(settings.File);
        var previous = settings.Previous is null ? null : FormFileReader.ReadFile(settings.Previous);
        var report = FormValidator.Validate(read, previous, ValidationOptions.Default with { ExpectedYear = settings.Year });
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
