using BenchmarkDotNet.Attributes;
using Disclosure.Form;
using Disclosure.Rendering.Report;
using Disclosure.Rendering.Validation;
using Disclosure.Reports;
using Disclosure.Samples;
using Disclosure.Submissions;
using Disclosure.Validation;

namespace Disclosure.Benchmarks;

/// <summary>The pages through HtmlRenderer: the report's index.html (the sample district's, all 200 figures) and a validation page.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class PageRenderBenchmarks
{
    private AnnualReport _report = null!;
    private ValidationReport _validation = null!;
    private ValidationPageContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        _report = new AnnualReport
        {
            Body = new ReportBody("gov_office", "长春市二道区", true),
            Year = SeedFigures2022.Year,
            Edition = NationalForm.Edition2021,
            Figures = SeedFigures2022.Figures,
            Narrative = SampleNarrative.Government,
            Offices = [],
            Version = 1,
            PublishedUtc = DateTimeOffset.UnixEpoch,
        };
        _validation = FormValidator.Validate(new Disclosure.Reading.ReadResult(SeedFigures2022.ToDocument(), []));
        _context = new ValidationPageContext("seed.xlsx", "gov_office", "长春市二道区人民政府办公室", 2022, DateTimeOffset.UnixEpoch, UploadState.Rejected);
    }

    [Benchmark(Baseline = true)]
    public string ReportPageHtml() => ReportPage.Render(_report);

    [Benchmark]
    public string ValidationPageHtml() => ValidationPage.Render(_validation, _context);
}
