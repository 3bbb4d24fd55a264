using Disclosure.Form;
using Disclosure.Reports;
using Disclosure.Samples;
using Disclosure.Submissions;

namespace Disclosure.Rendering.Tests.OpenData;

/// <summary>Reports to render: the sample district consolidated (corrected workbook in), and one office's own.</summary>
internal static class SampleReports
{
    public const string Fee = "proactive.art20_8.fees.amount_10k_yuan";

    public static SampleSet Samples { get; } = SampleSplitter.Erdao2022();

    public static AnnualReport District(ReportNarrative? narrative = null) => Consolidation.Consolidate(
        new ReportBody("gov", "长春市二道区人民政府", IsConsolidated: true), 2022,
        [.. Samples.Offices.Select(o => Submission(o.Id, o.Id == Samples.SlippedOfficeId ? Samples.CorrectedFigures : Samples.Figures[o.Id], o.Name))],
        narrative ?? SampleNarrative.Government) with
    {
        Version = 3,
        PublishedUtc = new DateTimeOffset(2023, 3, 31, 16, 30, 5, TimeSpan.FromHours(8)),
    };

    /// <summary>An office's own report with the seed's figures (two handled_sum errors) and a fee of <paramref name="fee"/>.</summary>
    public static AnnualReport Office(decimal fee)
    {
        var figures = new Dictionary<string, decimal>(SeedFigures2022.Figures, StringComparer.Ordinal) { [Fee] = fee };
        return Consolidation.ForOffice(Submission("edu", figures, "二道区教育局"));
    }

    public static Submission Submission(string officeId, IReadOnlyDictionary<string, decimal> figures, string name) => new()
    {
        OfficeId = officeId,
        OfficeName = name,
        Year = 2022,
        Edition = NationalForm.Edition2021,
        Figures = figures,
        Source = new SubmissionSource($"{officeId}-0001", $"uploads/2022/{officeId}/{officeId}.xlsx", new string('a', 64), DateTimeOffset.UnixEpoch),
    };
}
