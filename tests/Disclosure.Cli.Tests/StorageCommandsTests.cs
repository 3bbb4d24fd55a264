using System.Text;
using System.Text.Json;
using Disclosure.Pipeline.Ingest;
using Disclosure.Submissions;
using Disclosure.Testing;

namespace Disclosure.Cli.Tests;

/// <summary>The openness office's commands against a real Azurite: roster import, upload, status.</summary>
[Collection(AzuriteCollection.Name)]
public class StorageCommandsTests(AzuriteFixture azurite, Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Year = 2022;

    [Fact]
    public void Status_json_lists_every_office_on_the_roster_with_its_state()
    {
        var accepted = $"cli{Guid.NewGuid():N}"[..12];
        var rejected = $"cli{Guid.NewGuid():N}"[..12];
        var missing = $"cli{Guid.NewGuid():N}"[..12];
        var folder = Directory.CreateTempSubdirectory("disclosure-cli-").FullName;
        try
        {
            var roster = Path.Combine(folder, "roster.csv");
            File.WriteAllText(roster, $"office_id,name,kind,required\n{accepted},二道区教育局,department,是\n{rejected},二道区财政局,department,是\n{missing},英俊镇,town,是\n", new UTF8Encoding(true));
            Assert.Equal(0, DisclosureProcess.RunWith(azurite.ConnectionString, "offices", "import", roster).ExitCode);

            var good = Path.Combine(folder, "good.csv");
            File.WriteAllBytes(good, SubmissionCsv.Consistent(accepted, Year, 9));
            var badFigures = SubmissionCsv.ConsistentFigures(requests: 9);
            badFigures["requests.handled_total.natural_person"] = 10;
            var bad = Path.Combine(folder, "bad.csv");
            File.WriteAllBytes(bad, SubmissionCsv.Bytes(rejected, Year, badFigures));
            Assert.Equal(0, DisclosureProcess.RunWith(azurite.ConnectionString, "upload", good, "--office", accepted, "--year", $"{Year}", "--no-wait").ExitCode);
            Assert.Equal(0, DisclosureProcess.RunWith(azurite.ConnectionString, "upload", bad, "--office", rejected, "--year", $"{Year}", "--no-wait").ExitCode);
            var narrative = Path.Combine(folder, "文字部分.docx");
            File.WriteAllBytes(narrative, Disclosure.Narratives.NarrativeDocxWriter.Write(Disclosure.Samples.SampleNarrative.Government, "二道区教育局", Year));
            Assert.Equal(0, DisclosureProcess.RunWith(azurite.ConnectionString, "upload", narrative, "--office", accepted, "--year", $"{Year}", "--no-wait").ExitCode);
            IngestEverythingUploadedFor(accepted, rejected);

            var status = DisclosureProcess.RunWith(azurite.ConnectionString, "status", "--year", $"{Year}", "--json");

            Assert.Equal(0, status.ExitCode);
            using var json = JsonDocument.Parse(status.Output);
            Assert.Equal(Year, json.RootElement.GetProperty("year").GetInt32());
            var offices = json.RootElement.GetProperty("offices").EnumerateArray().ToDictionary(o => o.GetProperty("office_id").GetString()!);
            Assert.Equal("accepted", offices[accepted].GetProperty("state").GetString());
            Assert.Equal("rejected", offices[rejected].GetProperty("state").GetString());
            Assert.Equal(3, offices[rejected].GetProperty("errors").GetInt32()); // handled_sum, column_sum and balance (FORM.md)
            Assert.Equal("missing", offices[missing].GetProperty("state").GetString());
            Assert.Equal(0, offices[accepted].GetProperty("warnings").GetInt32());
            Assert.True(offices[accepted].GetProperty("has_narrative").GetBoolean());
            Assert.False(offices[rejected].GetProperty("has_narrative").GetBoolean());

            var table = DisclosureProcess.RunWith(azurite.ConnectionString, "status", "--year", $"{Year}");
            Assert.Contains("文字部分", table.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Upload_of_a_rejected_workbook_waits_for_the_verdict_prints_the_rejection_and_exits_1()
    {
        var office = $"cli{Guid.NewGuid():N}"[..12];
        var folder = Directory.CreateTempSubdirectory("disclosure-cli-").FullName;
        try
        {
            var roster = Path.Combine(folder, "roster.csv");
            File.WriteAllText(roster, $"office_id,name,kind,required\n{office},二道区财政局,department,是\n", new UTF8Encoding(true));
            Assert.Equal(0, DisclosureProcess.RunWith(azurite.ConnectionString, "offices", "import", roster).ExitCode);

            // 10 handled of 9 received, by natural persons only: three errors by FORM.md (handled total ≠ sum of the results,
            // total column ≠ sum of the applicant columns, received + carried over ≠ handled total + carried forward).
            var figures = SubmissionCsv.ConsistentFigures(requests: 9);
            figures["requests.handled_total.natural_person"] = 10;
            var bad = Path.Combine(folder, "bad.csv");
            File.WriteAllBytes(bad, SubmissionCsv.Bytes(office, Year, figures));

            // The command waits for the verdict; this test plays the local host's ingest meanwhile.
            var ingested = new List<string>();
            var result = await HostedUpload.RunAsync(azurite, Year, office, bad, (ingest, blob) =>
            {
                ingested.Add(blob);
                return ingest.IngestAsync(blob, CancellationToken.None);
            });
            Assert.Single(ingested);
            Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}: {result.Output}{result.Error}");
            Assert.Contains("被退回", result.Output, StringComparison.Ordinal);
            output.WriteLine(result.Output);
            Assert.Contains("被退回:有 3 个错误、0 个警告", result.Output, StringComparison.Ordinal);
            Assert.Contains("requests.handled_sum", result.Output, StringComparison.Ordinal);
            Assert.Contains("requests.column_sum", result.Output, StringComparison.Ordinal);
            Assert.Contains("requests.balance", result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("已通过", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Upload_with_no_host_running_says_so_instead_of_hanging()
    {
        var office = $"cli{Guid.NewGuid():N}"[..12];
        var file = Path.Combine(Path.GetTempPath(), $"{office}.csv");
        File.WriteAllBytes(file, SubmissionCsv.Consistent(office, Year, 1));
        try
        {
            var result = DisclosureProcess.RunWith(azurite.ConnectionString, "upload", file, "--office", office, "--year", $"{Year}", "--timeout", "2");

            Assert.Equal(5, result.ExitCode);
            Assert.Contains("2 秒内没有处理结果", result.Output, StringComparison.Ordinal);
            Assert.Contains("稍后可用 disclosure status 查看。", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private void IngestEverythingUploadedFor(params string[] offices)
    {
        var ingest = new IngestService(azurite.Storage);
        foreach (var office in offices)
        {
            foreach (var blob in azurite.Storage.Uploads.GetBlobs(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"{Year}/{office}/", default))
            {
                ingest.IngestAsync(blob.Name, CancellationToken.None).GetAwaiter().GetResult();
            }
        }
    }
}
