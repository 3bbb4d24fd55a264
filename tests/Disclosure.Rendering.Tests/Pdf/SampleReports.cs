using Disclosure.Form;
using Disclosure.Reports;
using Disclosure.Samples;

namespace Disclosure.Rendering.Tests.Pdf;

/// <summary>The sample district's 2022 report: the seed's 200 figures and the narrative written for the sample.</summary>
internal static class SampleReports
{
    public static AnnualReport Government(string? name = null, ReportNarrative? narrative = null) => new()
    {
        Body = new ReportBody("gov_office", name ?? SampleDistrict.Name, true),
        Year = SeedFigures2022.Year,
        Edition = NationalForm.ForReportYear(SeedFigures2022.Year),
        Figures = SeedFigures2022.Figures,
        Narrative = narrative ?? SampleNarrative.Government,
        Offices = [new IncludedSubmission("gov_office", SampleDistrict.Name, "upload-1", new string('0', 64))],
    };
}
