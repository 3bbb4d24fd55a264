using System.Net;
using System.Text;
using Azure.Storage.Blobs.Models;
using Disclosure.Contracts;
using Disclosure.Host;
using Disclosure.Pipeline.Ingest;
using Disclosure.Pipeline.OfficeLinks;
using Disclosure.Samples;
using Disclosure.Storage.Configuration;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Disclosure.Hosts.Tests.OfficePages;

/// <summary>
/// The local host on a free loopback port over the collection's Azurite, with a small upload rate limit, and what the
/// office tests do through it: put an office on the roster, issue its link, post a file as a browser's form does, and
/// ingest what the link wrote (the host's sweeper would, a few seconds later; ingest is idempotent).
/// </summary>
public sealed class OfficeHost : IAsyncDisposable
{
    public const int Year = 2022;
    public const int UploadsPerWindow = 25;

    private OfficeHost(IHost host, StorageClients storage)
    {
        Host = host;
        Storage = storage;
        Base = host.ListeningUrls()[0];
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Base };
    }

    public IHost Host { get; }

    public StorageClients Storage { get; }

    public Uri Base { get; }

    public HttpClient Http { get; }

    public OfficeLinkService Links => Host.Services.GetRequiredService<OfficeLinkService>();

    public static async Task<OfficeHost> StartAsync(AzuriteFixture azurite)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [StorageSettings.SettingName] = azurite.ConnectionString,
            [LocalHttp.UrlsSetting] = "http://127.0.0.1:0",
            [$"{OfficeLinkOptions.Section}:UploadsPerWindow"] = UploadsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var host = LocalHostBuilder.Build(configuration);
        await host.StartAsync();
        return new OfficeHost(host, azurite.Storage);
    }

    /// <summary>A new office on the roster (a unique id) and its link's path, <c>/api/office/{year}/{token}</c>.</summary>
    public async Task<(string OfficeId, string Path)> NewOfficeAsync(string name = "二道区测试局", string kind = "department", int year = Year)
    {
        var officeId = $"of{Guid.NewGuid():N}"[..14];
        await new OfficeRoster(Storage.Offices).UpsertAsync([new Office(officeId, name, kind, true)], CancellationToken.None);
        var issued = await Links.IssueAsync(officeId, year, null, "test", null, CancellationToken.None);
        return (officeId, new Uri(issued!.Url).AbsolutePath);
    }

    /// <summary>A multipart POST with the file name exactly as given (a browser's form, or a crafted request), plus any other fields.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(string path, string fileName, byte[] content, params (string Name, string Value)[] fields)
    {
        const string boundary = "----officeTestBoundary7MA4YWxkTrZu0gW";
        using var body = new MemoryStream();
        void Write(string text) => body.Write(Encoding.UTF8.GetBytes(text));
        foreach (var (name, value) in fields)
        {
            Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
        }

        Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName.Replace("\"", "%22", StringComparison.Ordinal)}\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.Write(content);
        Write($"\r\n--{boundary}--\r\n");
        var request = new ByteArrayContent(body.ToArray());
        request.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
        return await Http.PostAsync(path, request);
    }

    /// <summary>Posts a file, expects the 303 to its verdict, ingests the office's uploads, and reads the verdict's JSON.</summary>
    public async Task<(string VerdictPath, OfficeUploadVerdictContract Verdict)> UploadAndIngestAsync(string path, string officeId, string fileName, byte[] content)
    {
        using var posted = await PostFileAsync(path, fileName, content);
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        var verdictPath = posted.Headers.Location!.OriginalString;
        await IngestAsync(officeId);
        var json = await Http.GetStringAsync(verdictPath + ".json");
        return (verdictPath, ContractJson.ReadOfficeUploadVerdict(json)!);
    }

    /// <summary>Ingests every upload of an office for the year (what the host's trigger or sweeper does).</summary>
    public async Task IngestAsync(string officeId, int year = Year)
    {
        var ingest = Host.Services.GetRequiredService<IngestService>();
        await foreach (var blob in Storage.Uploads.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{year}/{officeId}/", CancellationToken.None))
        {
            await ingest.IngestAsync(blob.Name, CancellationToken.None);
        }
    }

    /// <summary>Every blob name in <c>uploads</c>.</summary>
    public async Task<List<string>> UploadNamesAsync()
    {
        var names = new List<string>();
        await foreach (var blob in Storage.Uploads.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, CancellationToken.None))
        {
            names.Add(blob.Name);
        }

        return names;
    }

    public static SampleSet Samples { get; } = SampleSplitter.Erdao2022();

    /// <summary>The sample district's workbook for an office's id and name: the slipped 住建局's figures, as sent or corrected.</summary>
    public static byte[] SlippedWorkbook(bool corrected, string officeId, string name)
    {
        var office = Samples.SlippedOffice with { Id = officeId, Name = name };
        var figures = corrected ? Samples.CorrectedFigures : Samples.Figures[Samples.SlippedOfficeId];
        var blank = new MemoryStream();
        Disclosure.Workbooks.TemplateWriter.Write(blank, new Disclosure.Workbooks.TemplateRequest(office.Id, office.Name, Samples.Year));
        return Disclosure.Workbooks.WorkbookFiller.Fill(blank.ToArray(), Samples.Form.Figures.ToDictionary(f => f.Key, f => (object)figures[f.Key], StringComparer.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.StopAsync();
        Host.Dispose();
    }
}
