using System.Text;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Validation;

namespace Disclosure.Storage.Tests;

/// <summary>
/// A narrative is stored only up to 400,000 characters (all sections, in the stored form): one sitting on the limit is
/// accepted and stored whole, one character more is refused with <c>narrative.too_long</c> naming both numbers; for a
/// workbook's 文字部分 and for a narrative file alike.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class NarrativeLengthLimitTests(AzuriteFixture azurite)
{
    private const int Limit = 400_000;

    private readonly Scenario _s = new(azurite.Storage);

    /// <summary>A CSV submission whose 文字部分 is one paragraph of <paramref name="length"/> characters (stored as it is: nothing to escape or trim).</summary>
    private static byte[] WorkbookWithOverview(string office, int length) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(SubmissionCsv.Consistent(office, Scenario.Year, 1)).TrimEnd('\n', '\r') +
            $"\nnarrative.overview,{new string('政', length)}\n");

    /// <summary>A text narrative of <paramref name="length"/> characters in its sections: the overview's paragraph, 问题。(3) and 无。(2).</summary>
    private static byte[] TextNarrative(int length) =>
        Encoding.UTF8.GetBytes($"一、总体情况\n{new string('政', length - 5)}\n五、存在的主要问题及改进情况\n问题。\n六、其他需要报告的事项\n无。\n");

    private async Task<int> StoredLengthAsync(string office) =>
        (await _s.Submissions.GetNarrativeAsync(SubmissionKeys.Partition(Scenario.Year, office), default))!.Sections.Values.Sum(s => s.Length);

    [Fact]
    public async Task A_workbook_narrative_of_exactly_the_limit_is_accepted_and_stored_whole()
    {
        var office = await _s.AddOfficeAsync();

        var outcome = await _s.UploadAndIngestAsync(office, WorkbookWithOverview(office, Limit));

        Assert.Equal(UploadState.Accepted, outcome.State);
        Assert.Empty(outcome.Findings);
        Assert.True(outcome.IsCurrent);
        Assert.Equal(Limit, await StoredLengthAsync(office));
    }

    [Fact]
    public async Task A_workbook_narrative_one_character_over_the_limit_is_refused()
    {
        var office = await _s.AddOfficeAsync();

        var outcome = await _s.UploadAndIngestAsync(office, WorkbookWithOverview(office, Limit + 1));

        Assert.Equal(UploadState.Rejected, outcome.State);
        var finding = Assert.Single(outcome.Findings);
        Assert.Equal(("narrative.too_long", Disclosure.Form.Severity.Error), (finding.Rule, finding.Severity));
        Assert.Equal("文字部分共 400001 字,超过上限 400000 字,年度报告的文字部分不会这么长,请检查是否粘贴了错误的内容。", finding.Message);
        Assert.Null(await _s.CurrentAsync(office));
        Assert.Null(await _s.Submissions.GetNarrativeAsync(SubmissionKeys.Partition(Scenario.Year, office), default));
    }

    [Fact]
    public async Task A_narrative_file_of_exactly_the_limit_is_accepted_and_stored_whole()
    {
        var office = await _s.AddOfficeAsync();

        var outcome = await _s.UploadAndIngestAsync(office, TextNarrative(Limit), "文字部分.txt");

        Assert.Equal(UploadState.Accepted, outcome.State);
        Assert.Empty(outcome.Findings);
        Assert.True(outcome.IsCurrent);
        Assert.Equal(Limit, await StoredLengthAsync(office));
    }

    [Fact]
    public async Task A_narrative_file_one_character_over_the_limit_is_refused()
    {
        var office = await _s.AddOfficeAsync();

        var outcome = await _s.UploadAndIngestAsync(office, TextNarrative(Limit + 1), "文字部分.txt");

        Assert.Equal(UploadState.Rejected, outcome.State);
        var finding = Assert.Single(outcome.Findings);
        Assert.Equal(Rules.NarrativeTooLong.Id, finding.Rule);
        Assert.Equal("文字部分共 400001 字,超过上限 400000 字,年度报告的文字部分不会这么长,请检查是否粘贴了错误的内容。", finding.Message);
        Assert.Null(await _s.Submissions.GetNarrativeAsync(SubmissionKeys.Partition(Scenario.Year, office), default));
        Assert.Equal("narrative.too_long", Assert.Single(await _s.LogAsync(office)).Rules);
    }
}
