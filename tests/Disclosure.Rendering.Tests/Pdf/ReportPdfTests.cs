using System.Text.RegularExpressions;
using Disclosure.Reports;
using Disclosure.Samples;
using Xunit.Abstractions;

namespace Disclosure.Rendering.Tests.Pdf;

/// <summary>The sample district's report as a PDF, read back with poppler as a reader's tools would read it.</summary>
public sealed partial class ReportPdfTests(ITestOutputHelper output)
{
    private static readonly Lazy<RenderedReport> Sample = new(() => RenderedReport.Write(SampleReports.Government(), "sample-district-2022"));

    [Fact]
    public void Pages_are_kept_as_png_artefacts()
    {
        var pages = Sample.Value.Pages();
        Assert.NotEmpty(pages);
        output.WriteLine($"PDF: {Sample.Value.Path}");
        foreach (var page in pages)
        {
            output.WriteLine($"page: {page}");
        }
    }
}
