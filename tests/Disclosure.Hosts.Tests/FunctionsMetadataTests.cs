using System.Text.Json;
using Disclosure.Development.Azurite;

namespace Disclosure.Hosts.Tests;

/// <summary>The Functions SDK generates functions.metadata at build; the host reads its bindings from it.</summary>
public class FunctionsMetadataTests
{
    [Fact]
    public void IngestUpload_is_an_Event_Grid_blob_trigger_on_the_uploads_path()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(MetadataPath()));

        var function = Assert.Single(metadata.RootElement.EnumerateArray(), f => f.GetProperty("name").GetString() == "IngestUpload");
        Assert.Equal("Disclosure.Functions.dll", function.GetProperty("scriptFile").GetString());
        Assert.Equal("Disclosure.Functions.IngestUpload.Run", function.GetProperty("entryPoint").GetString());
        var trigger = Assert.Single(function.GetProperty("bindings").EnumerateArray());
        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("uploads/{year}/{office}/{name}", trigger.GetProperty("path").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Equal("AzureWebJobsStorage", trigger.GetProperty("connection").GetString());
    }

    [Theory]
    [InlineData("AssembleDrafts")]
    [InlineData("DraftsWhenQuiet")]
    [InlineData("PublishAnnualReport")]
    public void Publishing_timers_take_their_schedules_from_settings(string name)
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(MetadataPath()));

        var function = Assert.Single(metadata.RootElement.EnumerateArray(), f => f.GetProperty("name").GetString() == name);
        Assert.Equal($"Disclosure.Functions.PublishingTimers.{name}", function.GetProperty("entryPoint").GetString());
        var trigger = Assert.Single(function.GetProperty("bindings").EnumerateArray());
        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal($"%Schedules:{name}%", trigger.GetProperty("schedule").GetString());
        Assert.True(Disclosure.Pipeline.Publishing.PublishingSchedules.Defaults.ContainsKey(name));
    }

    [Theory]
    [InlineData("GetStatus", "get", "status/{year:int}")]
    [InlineData("GetStatusPage", "get", "status/{year:int}/page")]
    [InlineData("GetValidationPage", "get", "validation/{*name}")]
    [InlineData("PublishYear", "post", "publish/{year:int}")]
    [InlineData("IssueOfficeLink", "post", "offices/{officeId}/links/{year:int}")]
    [InlineData("RevokeOfficeLinks", "delete", "offices/{officeId}/links/{year:int}")]
    public void The_HTTP_API_is_at_function_level(string name, string method, string route)
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(MetadataPath()));

        var function = Assert.Single(metadata.RootElement.EnumerateArray(), f => f.GetProperty("name").GetString() == name);
        var trigger = Assert.Single(function.GetProperty("bindings").EnumerateArray(), b => b.GetProperty("type").GetString() == "httpTrigger");
        Assert.Equal("Function", trigger.GetProperty("authLevel").GetString());
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal([method], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void No_HTTP_function_is_anonymous_but_the_office_pages_behind_a_link()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(MetadataPath()));

        var triggers = metadata.RootElement.EnumerateArray()
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .Where(b => b.GetProperty("type").GetString() == "httpTrigger")
            .ToList();
        Assert.Equal(10, triggers.Count);
        var anonymous = triggers.Where(t => t.GetProperty("authLevel").GetString() == "Anonymous").ToList();
        Assert.All(triggers.Except(anonymous), t => Assert.Contains(t.GetProperty("authLevel").GetString(), new[] { "Function", "Admin" }));
        // The link's secret in the path is the credential of exactly these four; nothing else is reachable without a key.
        Assert.Equal(
            ["office/{year:int}/{token}", "office/{year:int}/{token}", "office/{year:int}/{token}/uploads/{upload}", "office/{year:int}/{token}/{file}"],
            anonymous.Select(t => t.GetProperty("route").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_function_binds_storage_through_AzureWebJobsStorage()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(MetadataPath()));

        var connections = metadata.RootElement.EnumerateArray()
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .Where(b => b.TryGetProperty("connection", out _))
            .Select(b => b.GetProperty("connection").GetString())
            .Distinct();
        Assert.Equal(["AzureWebJobsStorage"], connections);
    }

    [Fact]
    public void Host_json_from_the_top_level_is_in_the_function_output()
    {
        var output = Path.GetDirectoryName(MetadataPath())!;
        var root = RepositoryRoot.Find(AppContext.BaseDirectory)!;

        Assert.Equal(File.ReadAllText(Path.Combine(root, "host.json")), File.ReadAllText(Path.Combine(output, "host.json")));
    }

    // The function app's own build output, in the configuration this test was built in.
    private static string MetadataPath()
    {
        var root = RepositoryRoot.Find(AppContext.BaseDirectory) ?? throw new DirectoryNotFoundException("repository root");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = Path.Combine(root, "src", "Disclosure.Functions", "bin", configuration, "net10.0", "functions.metadata");
        Assert.True(File.Exists(path), $"{path} not generated");
        return path;
    }
}
