using System.ComponentModel;
using Disclosure.Form;
using Disclosure.Validation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Disclosure.Cli.Commands;

/// <summary><c>disclosure rules [--json]</c>: the rule catalogue, everything an office or auditor can be told.</summary>
public sealed class RulesCommand : Command<RulesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--json")]
        [Description("Print {\"rules\": [{id, severity, title, message}, ...]} instead of the table.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Json)
        {
            using var stdout = Console.OpenStandardOutput();
            RulesDocument.Of(Rules.All).Write(stdout);
            stdout.Write("\n"u8);
            return 0;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("规则").AddColumn("级别").AddColumn("标题").AddColumn("说明");
        foreach (var rule in Rules.All)
        {
            table.AddRow(
                new Text(rule.Id),
                new Markup(rule.Severity == Severity.Error ? "[red]错误[/]" : "[yellow]警告[/]"),
                new Text(rule.Title),
                new Text(rule.Message));
        }

        Output.Console.Write(table);
        Output.Console.MarkupLine($"共 {Rules.All.Count} 条规则,其中错误 {Rules.All.Count(r => r.Severity == Severity.Error)} 条、警告 {Rules.All.Count(r => r.Severity == Severity.Warning)} 条。说明中的 {{项目}} 等为填入的内容。");
        return 0;
    }
}
