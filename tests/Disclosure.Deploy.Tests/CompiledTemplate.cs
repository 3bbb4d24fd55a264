using System.Text.Json;
using System.Text.RegularExpressions;

namespace Disclosure.Deploy.Tests;

/// <summary>
/// infra/main.bicep compiled by the Bicep CLI to ARM JSON (once per test run), with the few lookups the tests need:
/// a module's nested template and parameters, resources by type, and literal values behind <c>[parameters('…')]</c> and
/// <c>[variables('…')]</c>.
/// </summary>
internal sealed partial class CompiledTemplate
{
    private static readonly Lazy<CompiledTemplate> MainTemplate = new(() => Compile(Path.Combine(Repository.Infra, "main.bicep")));

    private CompiledTemplate(JsonElement root) => Root = root;

    public static CompiledTemplate Main => MainTemplate.Value;

    public JsonElement Root { get; }

    public static CompiledTemplate Compile(string bicepFile)
    {
        var result = Repository.Run(Repository.BicepCli, ["build", bicepFile, "--stdout"], Path.GetDirectoryName(bicepFile)!);
        // Warnings are BicepLintTests' concern; here only a template that does not compile stops the tests.
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build {bicepFile} failed (exit {result.ExitCode}):\n{result.Error}");
        }

        using var document = JsonDocument.Parse(result.Output);
        return new CompiledTemplate(document.RootElement.Clone());
    }

    /// <summary>The deployment of module <paramref name="name"/> (its <c>name:</c> in main.bicep).</summary>
    public JsonElement Module(string name) =>
        Resources(Root).Single(r => r.GetProperty("type").GetString() == "Microsoft.Resources/deployments" && r.GetProperty("name").GetString() == name);

    /// <summary>The module's own template, as compiled into main.json.</summary>
    public JsonElement ModuleTemplate(string name) => Module(name).GetProperty("properties").GetProperty("template");

    /// <summary>The value main.bicep passes to a module's parameter.</summary>
    public JsonElement ModuleParameter(string module, string parameter) =>
        Module(module).GetProperty("properties").GetProperty("parameters").GetProperty(parameter).GetProperty("value");

    /// <summary>Every resource of a template of the given type (both of ARM's layouts: an array, or symbolic names).</summary>
    public static IEnumerable<JsonElement> Resources(JsonElement template, string? type = null)
    {
        var resources = template.GetProperty("resources");
        var all = resources.ValueKind == JsonValueKind.Array
            ? resources.EnumerateArray()
            : resources.EnumerateObject().Select(p => p.Value);
        return all.Where(r => type is null || string.Equals(r.GetProperty("type").GetString(), type, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>Every resource of the type, in any module of main.json.</summary>
    public IEnumerable<JsonElement> AllResources(string type) =>
        Resources(Root, type).Concat(Resources(Root, "Microsoft.Resources/deployments")
            .SelectMany(m => Resources(m.GetProperty("properties").GetProperty("template"), type)));

    public JsonElement Output(string name) => Root.GetProperty("outputs").GetProperty(name).GetProperty("value");

    /// <summary>An output's value when it is known before deployment.</summary>
    public string? OutputLiteral(string name) => Literal(Output(name));

    /// <summary>
    /// A literal string behind an expression of main.json: the string itself, a variable's value, or a parameter's default.
    /// Null for anything computed at deployment.
    /// </summary>
    public string? Literal(JsonElement value, JsonElement? template = null)
    {
        var scope = template ?? Root;
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetString()!;
        if (!text.StartsWith('['))
        {
            return text;
        }

        if (Format().Match(text) is { Success: true } format)
        {
            // format('…{0}…', variables('a'), parameters('b')): each argument a literal, or the whole is not.
            var arguments = format.Groups["arguments"].Value.Split(", ").Select(a => Literal(JsonDocument.Parse(JsonSerializer.Serialize($"[{a}]")).RootElement, scope)).ToArray();
            return arguments.Any(a => a is null) ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, format.Groups["format"].Value, arguments);
        }

        var match = Reference().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var kind = match.Groups["kind"].Value;
        var name = match.Groups["name"].Value;
        return kind == "variables"
            ? Literal(scope.GetProperty("variables").GetProperty(name), scope)
            : scope.GetProperty("parameters").GetProperty(name).TryGetProperty("defaultValue", out var defaultValue) ? Literal(defaultValue, scope) : null;
    }

    /// <summary>The literal strings of an array variable of main.json.</summary>
    public IReadOnlyList<string?> LiteralArray(string variable) =>
        Root.GetProperty("variables").GetProperty(variable).EnumerateArray().Select(v => Literal(v)).ToList();

    [GeneratedRegex(@"^\[format\('(?<format>[^']*)', (?<arguments>.+)\)\]$")]
    private static partial Regex Format();

    [GeneratedRegex(@"^\[(?<kind>parameters|variables)\('(?<name>[^']+)'\)\]$")]
    private static partial Regex Reference();
}
