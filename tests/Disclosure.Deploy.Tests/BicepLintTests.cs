using System.Text.Json;
using System.Text.RegularExpressions;

namespace Disclosure.Deploy.Tests;

/// <summary>infra/ builds with the Bicep CLI and its linter (infra/bicepconfig.json) finds nothing: a warning fails CI.</summary>
public sealed partial class BicepLintTests
{
    [Fact]
    public void Every_bicep_file_lints_without_a_warning()
    {
        var files = Directory.GetFiles(Repository.Infra, "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(files, f => f.EndsWith("main.bicep", StringComparison.Ordinal));

        foreach (var file in files)
        {
            var result = Repository.Run(Repository.BicepCli, ["lint", file], Repository.Infra);
            var diagnostics = Diagnostic().Matches(result.Error + result.Output).Select(m => m.Value).ToList();
            Assert.True(result.ExitCode == 0 && diagnostics.Count == 0,
                $"bicep lint {Path.GetRelativePath(Repository.Root, file)} (exit {result.ExitCode}):\n{string.Join('\n', diagnostics)}\n{result.Error}");
        }
    }

    [Fact]
    public void Main_compiles_to_an_ARM_template_for_a_subscription()
    {
        var schema = CompiledTemplate.Main.Root.GetProperty("$schema").GetString();
        Assert.Contains("subscriptionDeploymentTemplate.json", schema, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parameters_file_names_only_parameters_of_main_and_every_one_without_a_default()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Infra, "main.parameters.json")));
        var given = file.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var declared = CompiledTemplate.Main.Root.GetProperty("parameters").EnumerateObject().ToList();

        Assert.Empty(given.Except(declared.Select(p => p.Name)));
        Assert.Empty(declared.Where(p => !p.Value.TryGetProperty("defaultValue", out _)).Select(p => p.Name).Except(given));
    }

    [GeneratedRegex(@"^.*: (Warning|Error) .*$", RegexOptions.Multiline)]
    private static partial Regex Diagnostic();
}
