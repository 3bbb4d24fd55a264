using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Disclosure.Form;
using Disclosure.Validation;

namespace Disclosure.Cli.Commands;

/// <summary><c>disclosure rules --json</c>: <c>{"rules": [{"id", "severity", "title", "message"}, …]}</c>.</summary>
internal sealed record RulesDocument([property: JsonPropertyName("rules")] IReadOnlyList<RuleEntry> Rules)
{
    public static RulesDocument Of(IEnumerable<Rule> rules) => new([.. rules.Select(RuleEntry.Of)]);

    public void Write(Stream output)
    {
        // Chinese as is, not \u-escaped, so the catalogue reads in any editor.
        var context = new RulesJsonContext(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        JsonSerializer.Serialize(output, this, context.RulesDocument);
    }
}

/// <summary>One catalogue entry; severity is "error" or "warning" as in the validation report.</summary>
internal sealed record RuleEntry(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("message")] string Message)
{
    public static RuleEntry Of(Rule rule) => new(rule.Id, rule.Severity == Form.Severity.Error ? "error" : "warning", rule.Title, rule.Message);
}

[JsonSerializable(typeof(RulesDocument))]
internal sealed partial class RulesJsonContext : JsonSerializerContext;
