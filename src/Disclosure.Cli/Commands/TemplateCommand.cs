using System.ComponentModel;
using Disclosure.Narratives;
using Disclosure.Workbooks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure template</c>: an office's blank workbook for a year; with <c>--narrative</c>, the Word skeleton of the
/// narrative sections 一、五、六 instead (title, the three headings, a guidance line under each).
/// </summary>
public sealed class TemplateCommand : Command<TemplateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--year <YEAR>")]
        [Description("Report year, e.g. 2023.")]
        public int Year { get; init; }

        [CommandOption("--office <ID>")]
        [Description("Office id as on the roster.")]
        public string OfficeId { get; init; } = string.Empty;

        [CommandOption("--name <NAME>")]
        [Description("Office name (机关名称).")]
        public string OfficeName { get; init; } = string.Empty;

        [CommandOption("--contact <CONTACT>")]
        [Description("Contact person and phone, optional.")]
        public string? Contact { get; init; }

        [CommandOption("-o|--output <FILE>")]
        [Description("Where to write the xlsx (the docx with --narrative).")]
        public string Output { get; init; } = string.Empty;

        [CommandOption("--narrative")]
        [Description("Write the Word skeleton of the narrative sections (一、五、六) instead of the workbook; needs --name, --year and -o.")]
        public bool Narrative { get; init; }

        public override ValidationResult Validate()
        {
            if (Year is < 2021 or > 9999)
            {
                return ValidationResult.Error("--year must be a report year from 2021 (the 2021 edition of the form).");
            }

            if (Narrative)
            {
                return string.IsNullOrWhiteSpace(OfficeName) || string.IsNullOrWhiteSpace(Output)
                    ? ValidationResult.Error("--name and -o are required.")
                    : ValidationResult.Success();
            }

            if (string.IsNullOrWhiteSpace(OfficeId) || string.IsNullOrWhiteSpace(OfficeName) || string.IsNullOrWhiteSpace(Output))
            {
                return ValidationResult.Error("--office, --name and -o are required.");
            }

            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(settings.Output);
        if (settings.Narrative)
        {
            File.WriteAllBytes(path, NarrativeDocxWriter.Skeleton(settings.OfficeName, settings.Year));
            AnsiConsole.MarkupLineInterpolated($"已生成 {settings.OfficeName} {settings.Year} 年度报告文字部分模板:{path}");
            return 0;
        }

        using (var output = File.Create(path))
        {
            TemplateWriter.Write(output, new TemplateRequest(settings.OfficeId, settings.OfficeName, settings.Year, settings.Contact));
        }

        AnsiConsole.MarkupLineInterpolated($"已生成 {settings.OfficeName} {settings.Year} 年度统计表模板:{path}");
        return 0;
    }
}
