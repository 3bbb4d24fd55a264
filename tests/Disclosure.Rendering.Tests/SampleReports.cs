using Disclosure.Form;
using Disclosure.Reports;
using Disclosure.Samples;

namespace Disclosure.Rendering.Tests;

/// <summary>Reports to render: the sample district's consolidated report from the seed's figures and the sample narrative.</summary>
internal static class SampleReports
{
    public static AnnualReport Government(string name = "长春市二道区", ReportNarrative? narrative = null, int? version = null) => new()
    {
        Body = new ReportBody("gov_office", name, true),
        Year = SeedFigures2022.Year,
        Edition = NationalForm.Edition2021,
        Figures = SeedFigures2022.Figures,
        Narrative = narrative ?? SampleNarrative.Government,
        Offices = [new IncludedSubmission("gov_office", name, "20230110T020304Z-1a2b", new string('a', 64)), new IncludedSubmission("edu", "二道区教育局", "20230111T020304Z-3c4d", new string('b', 64))],
        Version = version,
        PublishedUtc = version is null ? null : new DateTimeOffset(2023, 1, 15, 2, 30, 0, TimeSpan.Zero),
    };

    /// <summary>Every figure a different number, amounts with four decimals and a trailing zero, so a misplaced cell shows.</summary>
    public static AnnualReport Distinct()
    {
        var figures = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var i = 1;
        foreach (var figure in NationalForm.Edition2021.Figures)
        {
            figures[figure.Key] = figure.Kind == FigureKind.Amount10kYuan ? 1234.5670m : i;
            i++;
        }

        return Government() with { Figures = figures, Version = 2, PublishedUtc = new DateTimeOffset(2023, 3, 1, 16, 5, 0, TimeSpan.Zero) };
    }
}
