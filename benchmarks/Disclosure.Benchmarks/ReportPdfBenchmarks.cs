using BenchmarkDotNet.Attributes;
using Disclosure.Form;
using Disclosure.Rendering.Pdf;
using Disclosure.Reports;
using Disclosure.Samples;

namespace Disclosure.Benchmarks;

/// <summary>
/// One report's PDF: the sample district's 2022 report (the seed's 200 figures, the sample narrative), fonts embedded
/// as subsets. The renderer and its fonts are loaded once, as in a host; each run lays out and writes a new document.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReportPdfBenchmarks
{
    private readonly ReportPdfRenderer _renderer = new();
    private AnnualReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        _report = new AnnualReport
        {
            Body = new ReportBody("gov_office", SampleDistrict.Name, true),
            Year = SeedFigures2022.Year,
            Edition = NationalForm.ForReportYear(SeedFigures2022.Year),
            Figures = SeedFigures2022.Figures,
            Narrative = SampleNarrative.Government,
            Offices = [],
        };
        var size = _renderer.Render(_report).Length;
        Console.WriteLine($"// report.pdf: {size / 1024.0:0.0} KB");
    }

    [Benchmark]
    public long SampleReportPdf()
    {
        using var output = new MemoryStream();
        _renderer.Render(_report, output);
        return output.Length;
    }
}
