using System.Text;
using Disclosure.Pipeline.Ingest;
using Disclosure.Pipeline.Roster;
using Disclosure.Pipeline.Status;
using Disclosure.Storage.Tables;
using Disclosure.Submissions;
using Disclosure.Testing;

namespace Disclosure.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class RosterAndStatusTests(AzuriteFixture azurite)
{
    static RosterAndStatusTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Roster_imports_from_gb18030_and_utf8_with_bom()
    {
        var a = Scenario.NewOfficeId("r");
        var b = Scenario.NewOfficeId("r");
        var csv = $"office_id,name,kind,required\n{a},区教育局,department,是\n{b},\"东城街道, 办事处\",street,false\n";
        var roster = new OfficeRoster(azurite.Storage.Offices);
        var importer = new RosterImporter(roster);

        var gb = await importer.ImportAsync(Encoding.GetEncoding("GB18030").GetBytes(csv), default);
        Assert.True(gb.Succeeded, string.Join("; ", gb.Problems));
        Assert.Equal(new Office(a, "区教育局", "department", true), await roster.GetAsync(a, default));
        Assert.Equal(new Office(b, "东城街道, 办事处", "street", false), await roster.GetAsync(b, default));

        var bom = await importer.ImportAsync([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.Replace("区教育局", "区教育体育局"))], default);
        Assert.True(bom.Succeeded);
        Assert.Equal("区教育体育局", (await roster.GetAsync(a, default))!.Name);
    }

    [Fact]
    public async Task Roster_with_a_bad_line_imports_nothing()
    {
        var a = Scenario.NewOfficeId("r");
        var csv = $"office_id,name,kind,required\n{a},区财政局,department,yes\n{a},重复,department,yes\nbad id,名称,x,1\n";
        var result = await new RosterImporter(new OfficeRoster(azurite.Storage.Offices)).ImportAsync(Encoding.UTF8.GetBytes(csv), default);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Contains("第3行") && p.Contains("重复"));
        Assert.Contains(result.Problems, p => p.Contains("第4行"));
        Assert.Null(await new OfficeRoster(azurite.Storage.Offices).GetAsync(a, default));
    }

    [Fact]
    public async Task Status_lists_every_office_with_its_state_and_completeness()
    {
        // A year of its own so other tests' offices do not count.
        var year = 2030 + Random.Shared.Next(0, 60);
        var s = new Scenario(azurite.Storage, new IngestOptions { CurrentYear = 2100 });
        var accepted = await s.AddOfficeAsync(Scenario.NewOfficeId("sa"));
        var rejected = await s.AddOfficeAsync(Scenario.NewOfficeId("sr"));
        var missing = await s.AddOfficeAsync(Scenario.NewOfficeId("sm"));
        var failed = await s.AddOfficeAsync(Scenario.NewOfficeId("sf"));
        var fixedLater = await s.AddOfficeAsync(Scenario.NewOfficeId("sx"));

        await s.UploadAndIngestAsync(accepted, SubmissionCsv.Consistent(accepted, year, 3), year: year);
        var bad = SubmissionCsv.ConsistentFigures(2);
        bad["requests.handled_total.total"] = 9;
        await s.UploadAndIngestAsync(rejected, SubmissionCsv.Bytes(rejected, year, bad), year: year);
        var failing = await s.SendConsistentAsync(failed, 1, year);
        await s.Ingest.RecordFailureAsync(failing.BlobName, "timeout", default);
        await s.UploadAndIngestAsync(fixedLater, SubmissionCsv.Bytes(fixedLater, year, bad), year: year);
        await s.UploadAndIngestAsync(fixedLater, SubmissionCsv.Consistent(fixedLater, year, 2), year: year);

        var status = await new StatusService(azurite.Storage).GetAsync(year, default);
        OfficeStatus Of(string id) => Assert.Single(status.Offices, o => o.OfficeId == id);

        Assert.Equal(OfficeState.Accepted, Of(accepted).State);
        Assert.True(Of(accepted).HasCurrent);
        Assert.Equal(OfficeState.Rejected, Of(rejected).State);
        Assert.True(Of(rejected).Errors > 0);
        Assert.NotNull(Of(rejected).LastUploadUtc);
        Assert.Equal(OfficeState.Missing, Of(missing).State);
        Assert.Null(Of(missing).LastUploadUtc);
        Assert.Equal(OfficeState.Failed, Of(failed).State);
        Assert.Equal("timeout", Of(failed).Error);
        Assert.Equal(OfficeState.Accepted, Of(fixedLater).State);
        Assert.Equal(2, Of(fixedLater).Uploads);
        Assert.Equal(2, status.Offices.Where(o => o.OfficeId == accepted || o.OfficeId == fixedLater).Count(o => o.HasCurrent));
    }
}
