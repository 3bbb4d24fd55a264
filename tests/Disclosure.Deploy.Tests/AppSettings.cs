using System.Text.Json;

namespace Disclosure.Deploy.Tests;

/// <summary>The app settings main.bicep gives the function app: the object it passes to the function-app module.</summary>
internal static class AppSettings
{
    public static IReadOnlyDictionary<string, JsonElement> FromTemplate(CompiledTemplate template)
    {
        var settings = template.ModuleParameter("function-app", "appSettings");
        if (settings.ValueKind == JsonValueKind.String && template.Literal(settings) is null)
        {
            // main.bicep's `var appSettings` folded into a variable reference.
            var name = settings.GetString()!["[variables('".Length..^"')]".Length];
            settings = template.Root.GetProperty("variables").GetProperty(name);
        }

        return settings.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.OrdinalIgnoreCase);
    }
}
