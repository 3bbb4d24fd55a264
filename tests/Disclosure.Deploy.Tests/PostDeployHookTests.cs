namespace Disclosure.Deploy.Tests;

/// <summary>
/// infra/hooks/postdeploy.sh run by bash against a stand-in <c>az</c> that records its arguments (no Azure, no network),
/// with the template's own outputs for the values main.bicep decides.
/// </summary>
public sealed class PostDeployHookTests : IDisposable
{
    private const string Key = "test-blobs-extension-key";
    private readonly string _folder = Directory.CreateTempSubdirectory("postdeploy-").FullName;

    public PostDeployHookTests()
    {
        // The stand-in: one line per call (arguments separated by a unit separator). `functionapp keys list` answers
        // nothing until the call counter reaches KEY_AFTER, as a host that has not started yet.
        var az = Path.Combine(_folder, "az");
        File.WriteAllText(az, """
            #!/usr/bin/env bash
            printf '%s\x1f' "$@" >> "$AZ_LOG"; printf '\n' >> "$AZ_LOG"
            if [ "$1 $2 $3" = "functionapp keys list" ]; then
              count=$(( $(cat "$AZ_LOG.keys" 2>/dev/null || echo 0) + 1 )); echo "$count" > "$AZ_LOG.keys"
              if [ "$count" -ge "${KEY_AFTER:-1}" ]; then echo "test-blobs-extension-key"; fi
            fi
            exit 0
            """.ReplaceLineEndings("\n"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(az, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private string Log => Path.Combine(_folder, "az.log");

    [Fact]
    public void It_enables_the_static_website_with_Entra_and_subscribes_IngestUpload_to_BlobCreated_under_uploads()
    {
        var result = RunHook(Environment(keyAfter: 2));
        Assert.True(result.ExitCode == 0, result.Error + result.Output);

        var calls = Calls();
        var website = Assert.Single(calls, c => c.StartsWith("storage blob service-properties update", StringComparison.Ordinal));
        Assert.Equal("login", Option(website, "--auth-mode"));
        Assert.Equal("true", Option(website, "--static-website"));
        Assert.Equal("index.html", Option(website, "--index-document"));
        Assert.Equal("stdisclosuretest", Option(website, "--account-name"));

        // Waited for the host's key: asked twice.
        Assert.Equal(2, calls.Count(c => c.StartsWith("functionapp keys list", StringComparison.Ordinal)));

        var subscription = Assert.Single(calls, c => c.StartsWith("eventgrid system-topic event-subscription create", StringComparison.Ordinal));
        var function = CompiledTemplate.Main.OutputLiteral("INGEST_FUNCTION_NAME");
        Assert.Equal(TemplateTests.EventGridBlobTrigger().Function, function);
        Assert.Equal("Microsoft.Storage.BlobCreated", Option(subscription, "--included-event-types"));
        Assert.Equal("/blobServices/default/containers/uploads/blobs/", Option(subscription, "--subject-begins-with"));
        Assert.Equal("webhook", Option(subscription, "--endpoint-type"));
        Assert.Equal("evgt-uploads-test", Option(subscription, "--system-topic-name"));
        Assert.Equal("rg-test", Option(subscription, "--resource-group"));
        Assert.Equal($"https://func-test.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.{function}&code={Key}", Option(subscription, "--endpoint"));

        // Entra ID only: no key, connection string or SAS is ever passed to storage.
        Assert.DoesNotContain(calls, c => c.Contains("--account-key", StringComparison.Ordinal) || c.Contains("--connection-string", StringComparison.Ordinal) || c.Contains("--sas-token", StringComparison.Ordinal));
    }

    [Fact]
    public void It_stops_without_the_blobs_extension_key_and_creates_no_subscription()
    {
        var result = RunHook(Environment(keyAfter: 99));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no blobs_extension key", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Calls(), c => c.StartsWith("eventgrid", StringComparison.Ordinal));
    }

    [Fact]
    public void It_names_the_missing_output_when_not_run_by_azd()
    {
        var environment = Environment(keyAfter: 1);
        environment["UPLOADS_SUBJECT_FILTER"] = null;

        var result = RunHook(environment);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("UPLOADS_SUBJECT_FILTER is not set", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Log));
    }

    [Fact]
    public void Azure_yaml_runs_the_hook_after_deploy()
    {
        var yaml = File.ReadAllText(Path.Combine(Repository.Root, "azure.yaml"));
        Assert.Contains("postdeploy:", yaml, StringComparison.Ordinal);
        Assert.Contains("bash ./infra/hooks/postdeploy.sh", yaml, StringComparison.Ordinal);
        Assert.Contains("project: ./src/Disclosure.Functions", yaml, StringComparison.Ordinal);
        Assert.Equal(0, Repository.Run("bash", ["-n", Path.Combine(Repository.Infra, "hooks", "postdeploy.sh")], Repository.Root).ExitCode);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Dictionary<string, string?> Environment(int keyAfter) => new()
    {
        ["PATH"] = $"{_folder}:{System.Environment.GetEnvironmentVariable("PATH")}",
        ["AZ_LOG"] = Log,
        ["KEY_AFTER"] = keyAfter.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["POSTDEPLOY_KEY_ATTEMPTS"] = "3",
        ["POSTDEPLOY_KEY_WAIT_SECONDS"] = "0",
        ["AZURE_RESOURCE_GROUP"] = "rg-test",
        ["AZURE_STORAGE_ACCOUNT_NAME"] = "stdisclosuretest",
        ["AZURE_FUNCTION_APP_NAME"] = "func-test",
        ["AZURE_FUNCTION_APP_HOST_NAME"] = "func-test.azurewebsites.net",
        ["UPLOADS_SYSTEM_TOPIC_NAME"] = "evgt-uploads-test",
        // The values main.bicep decides, from the compiled template.
        ["UPLOADS_SUBJECT_FILTER"] = CompiledTemplate.Main.OutputLiteral("UPLOADS_SUBJECT_FILTER"),
        ["INGEST_FUNCTION_NAME"] = CompiledTemplate.Main.OutputLiteral("INGEST_FUNCTION_NAME"),
        ["PUBLIC_SITE_URL"] = "https://stdisclosuretest.z7.web.core.windows.net/",
    };

    private static ProcessResult RunHook(Dictionary<string, string?> environment) =>
        Repository.Run("bash", [Path.Combine(Repository.Infra, "hooks", "postdeploy.sh")], Repository.Root, environment);

    /// <summary>Each recorded call as its arguments joined by spaces (for prefixes) — see <see cref="Option"/> for values.</summary>
    private List<string> Calls() => File.Exists(Log)
        ? File.ReadAllLines(Log).Where(l => l.Length > 0).Select(l => string.Join(' ', l.TrimEnd('\x1f').Split('\x1f'))).ToList()
        : [];

    /// <summary>The value after an option in a recorded call (values here contain no spaces).</summary>
    private static string? Option(string call, string option)
    {
        var parts = call.Split(' ');
        var index = Array.IndexOf(parts, option);
        return index >= 0 && index + 1 < parts.Length ? parts[index + 1] : null;
    }
}
