using Disclosure.Storage.Blobs;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;

namespace Disclosure.Storage.Tests;

public sealed class SettingsTests
{
    [Fact]
    public void Connection_string_setting_is_used_as_is()
    {
        var settings = StorageSettings.Resolve(name => name == "AzureWebJobsStorage" ? "UseDevelopmentStorage=true" : null);
        Assert.Equal("UseDevelopmentStorage=true", settings.ConnectionString);
        Assert.False(settings.IsDefaultLocal);
    }

    [Fact]
    public void Identity_settings_give_service_uris()
    {
        var settings = StorageSettings.Resolve(name => name == "AzureWebJobsStorage__accountName" ? "stdisclosure" : null);
        Assert.True(settings.UsesIdentity);
        Assert.Equal(new Uri("https://stdisclosure.blob.core.windows.net"), settings.BlobServiceUri);
        Assert.Equal(new Uri("https://stdisclosure.table.core.windows.net"), settings.TableServiceUri);
    }

    [Fact]
    public void Absent_setting_means_local_azurite()
    {
        var settings = StorageSettings.Resolve(_ => null);
        Assert.True(settings.IsDefaultLocal);
        Assert.Contains("127.0.0.1:10000", settings.ConnectionString);
    }

    [Fact]
    public void Local_settings_file_is_read_when_no_environment_variable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"local.settings.{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "IsEncrypted": false, "Values": { "AzureWebJobsStorage__blobServiceUri": "https://a.blob.core.windows.net", "AzureWebJobsStorage__tableServiceUri": "https://a.table.core.windows.net" } }""");
        try
        {
            if (Environment.GetEnvironmentVariable("AzureWebJobsStorage") is null)
            {
                var settings = StorageSettings.FromEnvironment(path);
                Assert.Equal(new Uri("https://a.table.core.windows.net"), settings.TableServiceUri);
            }
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
}
