using System.Reflection;
using System.Text.Json;
using Disclosure.Functions;
using Disclosure.Storage.Configuration;
using Microsoft.Azure.Functions.Worker;

namespace Disclosure.Deploy.Tests;

/// <summary>What the compiled template deploys (issue 10's "done when"), read from the ARM JSON the Bicep CLI writes.</summary>
public sealed class TemplateTests
{
    private static CompiledTemplate Main => CompiledTemplate.Main;

    [Fact]
    public void Storage_has_shared_keys_and_public_blob_access_off_and_TLS_1_2()
    {
        var account = Assert.Single(CompiledTemplate.Resources(Main.ModuleTemplate("storage"), "Microsoft.Storage/storageAccounts"));
        var properties = account.GetProperty("properties");

        Assert.False(properties.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.True(properties.GetProperty("defaultToOAuthAuthentication").GetBoolean());
        Assert.False(properties.GetProperty("allowBlobPublicAccess").GetBoolean());
        Assert.Equal("TLS1_2", properties.GetProperty("minimumTlsVersion").GetString());
        Assert.True(properties.GetProperty("supportsHttpsTrafficOnly").GetBoolean());
        Assert.Single(Main.AllResources("Microsoft.Storage/storageAccounts"), r => !r.TryGetProperty("existing", out _));
    }

    [Fact]
    public void Storage_has_the_containers_and_tables_of_the_layout_and_a_separate_deployment_container()
    {
        Assert.Equal(StorageNames.Containers, Main.LiteralArray("dataContainerNames"));
        Assert.Equal(StorageNames.Tables, Main.LiteralArray("tableNames"));

        // The module gets the layout's containers plus the deployment container, which the app's package goes to.
        var containers = Main.ModuleParameter("storage", "containerNames").GetString()!;
        Assert.Contains("variables('dataContainerNames')", containers, StringComparison.Ordinal);
        Assert.Contains("variables('deploymentContainerName')", containers, StringComparison.Ordinal);
        Assert.Equal("[variables('deploymentContainerName')]", Main.ModuleParameter("function-app", "deploymentContainerName").GetString());
        Assert.DoesNotContain(Main.Root.GetProperty("variables").GetProperty("deploymentContainerName").GetString()!, StorageNames.Containers);

        var storage = Main.ModuleTemplate("storage");
        var container = Assert.Single(CompiledTemplate.Resources(storage, "Microsoft.Storage/storageAccounts/blobServices/containers"));
        Assert.Equal("None", container.GetProperty("properties").GetProperty("publicAccess").GetString());
        Assert.Single(CompiledTemplate.Resources(storage, "Microsoft.Storage/storageAccounts/tableServices/tables"));
    }

    [Fact]
    public void The_function_app_is_dotnet_isolated_on_Flex_Consumption_run_by_a_user_assigned_identity()
    {
        var module = Main.ModuleTemplate("function-app");
        var plan = Assert.Single(CompiledTemplate.Resources(module, "Microsoft.Web/serverfarms"));
        Assert.Equal("FlexConsumption", plan.GetProperty("sku").GetProperty("tier").GetString());
        Assert.Equal("FC1", plan.GetProperty("sku").GetProperty("name").GetString());

        var site = Assert.Single(CompiledTemplate.Resources(module, "Microsoft.Web/sites"));
        Assert.Equal("functionapp,linux", site.GetProperty("kind").GetString());
        Assert.Equal("UserAssigned", site.GetProperty("identity").GetProperty("type").GetString());
        var properties = site.GetProperty("properties");
        Assert.True(properties.GetProperty("httpsOnly").GetBoolean());

        var config = properties.GetProperty("functionAppConfig");
        var runtime = config.GetProperty("runtime");
        Assert.Equal("dotnet-isolated", runtime.GetProperty("name").GetString());
        // The runtime the Functions project targets (net10.0 → "10.0", the form Flex Consumption expects).
        var target = typeof(IngestUpload).Assembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()!.FrameworkName;
        Assert.Equal(target[(target.IndexOf("Version=v", StringComparison.Ordinal) + "Version=v".Length)..], runtime.GetProperty("version").GetString());

        var deployment = config.GetProperty("deployment").GetProperty("storage");
        Assert.Equal("blobContainer", deployment.GetProperty("type").GetString());
        Assert.Equal("UserAssignedIdentity", deployment.GetProperty("authentication").GetProperty("type").GetString());

        // Instance memory and maximum instances come from main.bicep's parameters.
        var scale = config.GetProperty("scaleAndConcurrency");
        Assert.Equal("[parameters('instanceMemoryMB')]", scale.GetProperty("instanceMemoryMB").GetString());
        Assert.Equal("[parameters('maximumInstanceCount')]", scale.GetProperty("maximumInstanceCount").GetString());
        Assert.Equal("[parameters('instanceMemoryMB')]", Main.ModuleParameter("function-app", "instanceMemoryMB").GetString());
        Assert.Equal("[parameters('maximumInstanceCount')]", Main.ModuleParameter("function-app", "maximumInstanceCount").GetString());
        Assert.Equal(2048, Main.Root.GetProperty("parameters").GetProperty("instanceMemoryMB").GetProperty("defaultValue").GetInt32());

        // Basic-auth publishing (FTP, SCM) off.
        var policies = CompiledTemplate.Resources(module, "Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False(p.GetProperty("properties").GetProperty("allow").GetBoolean()));
    }

    [Fact]
    public void AzureWebJobsStorage_is_identity_based_with_the_user_assigned_identity()
    {
        var settings = AppSettings.FromTemplate(Main);

        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
        Assert.Equal("managedidentity", Main.Literal(settings["AzureWebJobsStorage__credential"]));
        Assert.Contains("'identity'", settings["AzureWebJobsStorage__clientId"].GetString(), StringComparison.Ordinal);
        Assert.Contains("outputs.clientId", settings["AzureWebJobsStorage__clientId"].GetString(), StringComparison.Ordinal);
        foreach (var (key, output) in new[] { ("accountName", "name"), ("blobServiceUri", "blobEndpoint"), ("tableServiceUri", "tableEndpoint") })
        {
            Assert.Contains($"'storage'), '2025-04-01').outputs.{output}.value", settings[$"AzureWebJobsStorage__{key}"].GetString(), StringComparison.Ordinal);
        }

        // Flex Consumption rejects these: the runtime and version are functionAppConfig's.
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", settings.Keys);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", settings.Keys);
        // No key anywhere in the template.
        Assert.DoesNotContain("listKeys", Main.Root.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey", Main.Root.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Application_Insights_is_on_Log_Analytics_with_local_authentication_off_and_the_app_sends_with_Entra()
    {
        var monitoring = Main.ModuleTemplate("monitoring");
        var component = Assert.Single(CompiledTemplate.Resources(monitoring, "Microsoft.Insights/components"));
        Assert.True(component.GetProperty("properties").GetProperty("DisableLocalAuth").GetBoolean());
        Assert.Contains("Microsoft.OperationalInsights/workspaces", component.GetProperty("properties").GetProperty("WorkspaceResourceId").GetString(), StringComparison.Ordinal);
        var workspace = Assert.Single(CompiledTemplate.Resources(monitoring, "Microsoft.OperationalInsights/workspaces"));
        Assert.True(workspace.GetProperty("properties").GetProperty("features").GetProperty("disableLocalAuth").GetBoolean());

        var settings = AppSettings.FromTemplate(Main);
        Assert.Contains("outputs.connectionString", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"].GetString(), StringComparison.Ordinal);
        Assert.Contains("Authorization=AAD", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"].GetString(), StringComparison.Ordinal);
        Assert.Contains("outputs.clientId", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_storage_account_has_an_Event_Grid_system_topic_and_the_hook_subscribes_IngestUpload_to_uploads_only()
    {
        var topic = Assert.Single(CompiledTemplate.Resources(Main.ModuleTemplate("event-grid"), "Microsoft.EventGrid/systemTopics"));
        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.GetProperty("properties").GetProperty("topicType").GetString());
        Assert.Contains("Microsoft.Storage/storageAccounts", topic.GetProperty("properties").GetProperty("source").GetString(), StringComparison.Ordinal);

        // The function with the Event Grid blob trigger, and the container its path is in.
        var (function, path) = EventGridBlobTrigger();
        Assert.Equal(function, Main.OutputLiteral("INGEST_FUNCTION_NAME"));
        var container = path[..path.IndexOf('/', StringComparison.Ordinal)];
        Assert.Equal(StorageNames.UploadsContainer, container);
        var filter = Main.OutputLiteral("UPLOADS_SUBJECT_FILTER")!;
        Assert.Equal($"/blobServices/default/containers/{container}/blobs/", filter);
        Assert.StartsWith(filter, "/blobServices/default/containers/uploads/blobs/2023/edu/统计表.xlsx", StringComparison.Ordinal);
        foreach (var other in StorageNames.Containers.Where(c => c != container).Append("uploads-old"))
        {
            Assert.False($"/blobServices/default/containers/{other}/blobs/2023/edu/x.xlsx".StartsWith(filter, StringComparison.Ordinal), other);
        }
    }

    [Fact]
    public void The_public_site_url_is_the_static_website_endpoint()
    {
        Assert.Contains("outputs.webEndpoint", Main.Output("PUBLIC_SITE_URL").GetString(), StringComparison.Ordinal);
        Assert.Contains("outputs.webEndpoint", AppSettings.FromTemplate(Main)["Publishing__SiteUrl"].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_schedules_default_to_the_codes_defaults()
    {
        var settings = AppSettings.FromTemplate(Main);
        foreach (var (name, schedule) in Disclosure.Pipeline.Publishing.PublishingSchedules.Defaults)
        {
            Assert.Equal(schedule, Main.Literal(settings[$"Schedules__{name}"]));
        }
    }

    internal static (string Function, string Path) EventGridBlobTrigger()
    {
        var triggers =
            from type in typeof(IngestUpload).Assembly.GetTypes()
            from method in type.GetMethods()
            let function = method.GetCustomAttribute<FunctionAttribute>()
            where function is not null
            from parameter in method.GetParameters()
            let trigger = parameter.GetCustomAttribute<BlobTriggerAttribute>()
            where trigger is not null && trigger.Source == BlobTriggerSource.EventGrid
            select (function.Name, trigger.BlobPath);
        return Assert.Single(triggers);
    }
}
