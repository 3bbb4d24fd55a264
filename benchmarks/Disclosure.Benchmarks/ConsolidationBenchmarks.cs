using BenchmarkDotNet.Attributes;
using Disclosure.Form;
using Disclosure.Reports;
using Disclosure.Samples;
using Disclosure.Submissions;

namespace Disclosure.Benchmarks;

/// <summary>
/// Consolidating a province-sized year: 1,000 accepted submissions (the sample district's 32 offices' figures, repeated
/// under distinct office ids, the fee in whole yuan) summed exactly and checked again with FORM.md's rules.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ConsolidationBenchmarks
{
    private static readonly ReportBody Province = new("province", "某省人民政府", IsConsolidated: true);
    private List<Submission> _submissions = [];

    [Params(1000)]
    public int Submissions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var samples = SampleSplitter.Erdao2022();
        _submissions =
        [
            .. Enumerable.Range(0, Submissions).Select(i =>
            {
                var office = samples.Offices[i % samples.Offices.Count];
                var id = $"{office.Id}-{i}";
                return new Submission
                {
                    OfficeId = id,
                    OfficeName = office.Name,
                    Year = 2022,
                    Edition = NationalForm.Edition2021,
                    Figures = office.Id == samples.SlippedOfficeId ? samples.CorrectedFigures : samples.Figures[office.Id],
                    Source = new SubmissionSource($"{id}-upload", $"uploads/2022/{id}/{office.Id}.xlsx", new string('0', 64), DateTimeOffset.UnixEpoch),
                };
            }),
        ];

        var report = Consolidate();
        if (report.Offices.Count != Submissions || report.Findings.Count != 0)
        {
            throw new InvalidOperationException("the consolidation did not take every submission or found a rule broken");
        }
    }

    [Benchmark]
    public AnnualReport Consolidate() => Consolidation.Consolidate(Province, 2022, _submissions, SampleNarrative.Government);
}
