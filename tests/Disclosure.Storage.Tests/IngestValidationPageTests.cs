using AngleSharp.Html.Parser;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;

namespace Disclosure.Storage.Tests;

/// <summary>The validation page ingest stores for an upload states the facts of that upload: office, year and the file's own name.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class IngestValidationPageTests(AzuriteFixture azurite)
{
    private readonly Scenario _s = new(azurite.Storage);

    [Fact]
    public async Task The_page_names_the_uploaded_file_by_its_name_not_its_path()
    {
        var office = await _s.AddOfficeAsync();
        var outcome = await _s.UploadAndIngestAsync(office, SubmissionCsv.Consistent(office, Scenario.Year, 2), "二道区统计表-终稿.csv");

        var facts = await FactsAsync(outcome.Record!);

        Assert.Equal("二道区统计表-终稿.csv", facts["文件"]);
        Assert.Equal($"测试机关{office}({office})", facts["报送机关"]);
        Assert.Equal("2022", facts["报告年度"]);
    }

    [Fact]
    public async Task The_page_of_a_blob_at_a_bad_path_names_the_blob()
    {
        var name = $"misplaced-{Guid.NewGuid():N}.csv";
        // Bytes of their own: all bad paths share one partition, where the same bytes again would be a duplicate.
        await azurite.Storage.Uploads.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(SubmissionCsv.Consistent(Scenario.NewOfficeId(), Scenario.Year, 1)));

        var outcome = await _s.Ingest.IngestAsync(name, default);

        Assert.Equal(UploadState.Rejected, outcome.State);
        var facts = await FactsAsync(outcome.Record!);
        Assert.Equal(name, facts["文件"]);
        Assert.Equal("未知机关", facts["报送机关"]);
        Assert.Equal("—", facts["报告年度"]);
    }

    /// <summary>The page's facts list (dt → dd), read from the stored page as a browser parses it.</summary>
    private async Task<Dictionary<string, string>> FactsAsync(UploadRecord record)
    {
        var html = (await azurite.Storage.Validation.GetBlobClient(record.ReportHtmlName).DownloadContentAsync()).Value.Content.ToString();
        var page = new HtmlParser().ParseDocument(html);
        return page.QuerySelectorAll("dl.facts > dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling!.TextContent.Trim(), StringComparer.Ordinal);
    }
}
