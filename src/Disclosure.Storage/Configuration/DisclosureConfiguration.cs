using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Disclosure.Storage.Configuration;

/// <summary>
/// Configuration as the Functions host sees it outside Azure: the <c>Values</c> of <c>local.settings.json</c>, overridden by
/// environment variables. A value's <c>__</c> means <c>:</c> (a section), as for environment variables.
/// </summary>
public static class DisclosureConfiguration
{
    public const string LocalSettingsFile = "local.settings.json";

    /// <summary>Environment variables over the given <c>local.settings.json</c> (default: the current directory's).</summary>
    public static IConfiguration FromEnvironment(string? localSettingsPath = null) =>
        new ConfigurationBuilder()
            .AddLocalSettings(localSettingsPath ?? Path.Combine(Directory.GetCurrentDirectory(), LocalSettingsFile))
            .AddEnvironmentVariables()
            .Build();

    /// <summary>Adds the string <c>Values</c> of a <c>local.settings.json</c>, when the file exists.</summary>
    public static IConfigurationBuilder AddLocalSettings(this IConfigurationBuilder builder, string path) =>
        builder.AddInMemoryCollection(ReadValues(path));

    private static Dictionary<string, string?> ReadValues(string path)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path))
        {
            return values;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (document.RootElement.TryGetProperty("Values", out var settings) && settings.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in settings.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String)
                {
                    values[property.Name.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)] = property.Value.GetString();
                }
            }
        }

        return values;
    }
}
