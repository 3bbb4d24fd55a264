using Azure.Identity;
using Disclosure.Storage.Blobs;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;
using Microsoft.Extensions.Configuration;

namespace Disclosure.Storage.Tests;

/// <summary>
/// <c>AzureWebJobsStorage</c> in each form the Functions host accepts, read from an explicit configuration (never the
/// process environment) and turned into clients through the same registration the hosts use. No request is sent.
/// </summary>
public sealed class SettingsTests
{
    [Fact]
    public void Connection_string_setting_is_used_as_is()
    {
        var clients = Clients(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" });
        Assert.Equal("UseDevelopmentStorage=true", clients.Settings.ConnectionString);
        Assert.False(clients.Settings.IsDefaultLocal);
        Assert.Null(clients.Credential);
        Assert.Equal("devstoreaccount1", clients.Blobs.AccountName);
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), clients.Blobs.Uri);
    }

    [Fact]
    public void Account_name_gives_service_uris_and_the_default_credential()
    {
        var clients = Clients(new() { ["AzureWebJobsStorage__accountName"] = "stdisclosure" });
        Assert.True(clients.Settings.UsesIdentity);
        Assert.Equal(new Uri("https://stdisclosure.blob.core.windows.net"), clients.Settings.BlobServiceUri);
        Assert.Equal(new Uri("https://stdisclosure.table.core.windows.net"), clients.Settings.TableServiceUri);
        Assert.Equal(new Uri("https://stdisclosure.blob.core.windows.net/"), clients.Blobs.Uri);
        Assert.Equal(new Uri("https://stdisclosure.table.core.windows.net/"), clients.Tables.Uri);
        Assert.IsType<DefaultAzureCredential>(clients.Credential);
    }

    [Fact]
    public void Explicit_service_uris_are_used_as_given()
    {
        var clients = Clients(new()
        {
            ["AzureWebJobsStorage__blobServiceUri"] = "https://blobs.example.net/",
            ["AzureWebJobsStorage__tableServiceUri"] = "https://tables.example.net/",
            ["AzureWebJobsStorage__queueServiceUri"] = "https://queues.example.net/",
        });
        Assert.Equal(new Uri("https://blobs.example.net/"), clients.Blobs.Uri);
        Assert.Equal(new Uri("https://tables.example.net/"), clients.Tables.Uri);
        Assert.Equal(new Uri("https://queues.example.net/"), clients.Settings.QueueServiceUri);
    }

    [Fact]
    public void Only_one_service_uri_is_refused()
    {
        var configuration = Configuration(new() { ["AzureWebJobsStorage__blobServiceUri"] = "https://blobs.example.net/" });
        Assert.Throws<InvalidOperationException>(() => StorageSettings.FromConfiguration(configuration));
    }

    [Fact]
    public void User_assigned_managed_identity_gets_a_managed_identity_credential_for_its_client_id()
    {
        const string clientId = "3f1c2a6e-8d4b-4a51-9c0e-2b7d5e9f1a30";
        var clients = Clients(new()
        {
            ["AzureWebJobsStorage__accountName"] = "stdisclosure",
            ["AzureWebJobsStorage__credential"] = "managedidentity",
            ["AzureWebJobsStorage__clientId"] = clientId,
        });
        Assert.Equal("managedidentity", clients.Settings.Credential);
        Assert.Equal(clientId, clients.Settings.ClientId);
        var credential = Assert.IsType<ManagedIdentityCredential>(clients.Credential);
        Assert.Equal(clientId, ClientIdOf(credential));
        Assert.Equal(new Uri("https://stdisclosure.blob.core.windows.net/"), clients.Blobs.Uri);
        Assert.Contains(clientId, clients.Settings.Describe());
    }

    [Fact]
    public void Absent_setting_means_local_azurite()
    {
        var clients = Clients([]);
        Assert.True(clients.Settings.IsDefaultLocal);
        Assert.Contains("127.0.0.1:10000", clients.Settings.ConnectionString);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), clients.Tables.Uri);
    }

    [Fact]
    public void Local_settings_file_values_are_read_as_sections()
    {
        var path = Path.Combine(Path.GetTempPath(), $"local.settings.{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "IsEncrypted": false, "Values": { "AzureWebJobsStorage__blobServiceUri": "https://a.blob.core.windows.net", "AzureWebJobsStorage__tableServiceUri": "https://a.table.core.windows.net", "AzureWebJobsStorage__clientId": "abc" } }""");
        try
        {
            var settings = StorageSettings.FromConfiguration(new ConfigurationBuilder().AddLocalSettings(path).Build());
            Assert.Equal(new Uri("https://a.table.core.windows.net"), settings.TableServiceUri);
            Assert.Equal("abc", settings.ClientId);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Figure_property_names_are_distinct_and_valid()
    {
        var names = Disclosure.Form.NationalForm.Current.Figures.Select(f => FigureProperties.NameOf(f.Key)).ToList();
        Assert.Equal(200, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches("^[a-z][a-z0-9_]*$", n));
    }

    [Theory]
    [InlineData("2022/edu/统计表.xlsx", true)]
    [InlineData("2022/edu/sub/x.csv", false)]
    [InlineData("22/edu/x.csv", false)]
    [InlineData("2022/e#du/x.csv", false)]
    [InlineData("x.csv", false)]
    public void Upload_paths_are_year_office_file(string blobName, bool valid) => Assert.Equal(valid, UploadPath.TryParse(blobName, out _));

    // Settings written as environment variables are (AzureWebJobsStorage__accountName); configuration sees them as sections.
    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(p => p.Key.Replace("__", ":", StringComparison.Ordinal), p => p.Value)).Build();

    private static StorageClients Clients(Dictionary<string, string?> values) => StorageClients.FromConfiguration(Configuration(values));

    // Azure.Identity keeps the client id internal; find it in the credential's object graph rather than trust the settings alone.
    private static string? ClientIdOf(object credential)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Queue<(object Value, int Depth)>([(credential, 0)]);
        while (pending.TryDequeue(out var item))
        {
            if (!seen.Add(item.Value) || item.Depth > 4)
            {
                continue;
            }

            for (var type = item.Value.GetType(); type is not null && type != typeof(object); type = type.BaseType)
            {
                foreach (var field in type.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.DeclaredOnly))
                {
                    var value = field.GetValue(item.Value);
                    if (value is string text && field.Name.Contains("ClientId", StringComparison.OrdinalIgnoreCase))
                    {
                        return text;
                    }

                    if (value is not null && !field.FieldType.IsPrimitive && value is not string && !field.FieldType.IsEnum)
                    {
                        pending.Enqueue((value, item.Depth + 1));
                    }
                }
            }
        }

        return null;
    }
}
