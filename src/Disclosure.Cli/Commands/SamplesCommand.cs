using System.ComponentModel;
using Disclosure.Samples;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure samples -o DIR [--format xlsx|csv]</c>: the sample district (二道区, 2022) as a roster and one
/// workbook per office whose figures add up to the seed report's tables, plus the corrected workbook of the
/// one office that carries the seed's slip. Deterministic: the same files on every run.
/// </summary>
public sealed class SamplesCommand : Command<SamplesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--output <DIR>")]
        [Description("Folder to write roster.csv and the workbooks into (created when absent; files of the same name are overwritten).")]
        public string Output { get; init; } = string.Empty;

        [CommandOption("--format <FORMAT>")]
        [Description("xlsx (the template filled in) or csv (key,value).")]
        public string? Format { get; init; }

        public SampleFileFormat FileFormat => Format?.Trim().ToLowerInvariant() switch
        {
            null or "" => SampleWriter.DefaultFormat,
            "xlsx" => SampleFileFormat.Xlsx,
            "csv" => SampleFileFormat.Csv,
            _ => throw new InvalidOperationException($"Unknown format {Format}"),
        };

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Output))
            {
                return ValidationResult.Error("-o DIR is required.");
            }

            return Format?.Trim().ToLowerInvariant() is null or "" or "xlsx" or "csv"
                ? ValidationResult.Success()
                : ValidationResult.Error("--format must be xlsx or csv.");
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = Output.Console;
        var folder = Path.GetFullPath(settings.Output);
        var samples = SampleSplitter.Erdao2022();
        var written = SampleWriter.Write(folder, samples, settings.FileFormat);

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("文件").AddColumn("机关代码").AddColumn("机关名称").AddColumn("说明");
        foreach (var file in written)
        {
            var note = file.Role switch
            {
                SampleFileRole.Roster => $"机关名册,{samples.Offices.Count} 个机关",
                SampleFileRole.Corrected => "更正版:补记漏填的一件申请,各项勾稽关系成立",
                SampleFileRole.Narrative => "区政府报告的文字部分(一、五、六),Word 文档,与统计表一同上传",
                _ when file.Office!.Id == samples.SlippedOfficeId => "含样例报告原有差错:(七)总计比各项合计多 1,应被退回",
                _ => KindLabel(file.Office!.Kind),
            };
            table.AddRow(
                Markup.Escape(Path.GetFileName(file.Path)),
                Markup.Escape(file.Office?.Id ?? "—"),
                Markup.Escape(file.Office?.Name ?? "—"),
                Markup.Escape(note));
        }

        console.Write(table);
        var workbooks = written.Count(w => w.Role == SampleFileRole.Submission);
        var slipped = samples.SlippedOffice;
        console.MarkupLineInterpolated(
            $"已写入 {written.Count} 个文件到 {folder}:机关名册 1 份,{samples.Year} 年度统计表 {workbooks} 份,更正版 1 份,文字部分 {written.Count(w => w.Role == SampleFileRole.Narrative)} 份。");
        console.MarkupLineInterpolated(
            $"{workbooks} 份统计表合计等于{SampleDistrict.Name}{samples.Year}年政府信息公开工作年度报告的数据;{slipped.Name}({slipped.Id})的统计表沿用了该报告的差错,更正版用于演示重新报送。");
        return 0;
    }

    private static string KindLabel(string kind) => kind switch
    {
        SampleOffice.KindDepartment => "部门",
        SampleOffice.KindStreet => "街道",
        SampleOffice.KindTown => "镇",
        _ => kind,
    };
}
