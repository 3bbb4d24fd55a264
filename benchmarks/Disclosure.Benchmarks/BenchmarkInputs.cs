using System.Text;
using Disclosure.Form;
using Disclosure.Workbooks;

namespace Disclosure.Benchmarks;

/// <summary>
/// The files the benchmarks read: a filled template, the same figures as CSV, and the seed report (from ../shared where it
/// is beside the repository, otherwise written in the seed's layout from the product's own seed figures).
/// </summary>
internal static class BenchmarkInputs
{
    public static IReadOnlyDictionary<string, decimal> Figures { get; } = NationalForm.Current.Figures
        .Select((f, i) => (f.Key, Value: (decimal)(i % 7)))
        .ToDictionary(p => p.Key, p => p.Value);

    public static IReadOnlyDictionary<string, string> Metadata { get; } = new Dictionary<string, string>
    {
        [NationalForm.MetaOfficeId] = "edu",
        [NationalForm.MetaOfficeName] = "二道区教育局",
        [NationalForm.MetaYear] = "2023",
        [NationalForm.MetaTemplateVersion] = TemplateWriter.TemplateVersion,
    };

    public static byte[] FilledTemplate()
    {
        using var template = new MemoryStream();
        TemplateWriter.Write(template, new TemplateRequest("edu", "二道区教育局", 2023));
        var values = Figures.ToDictionary(p => p.Key, p => (object)p.Value);
        foreach (var (key, value) in Metadata)
        {
            values[key] = value;
        }

        return WorkbookFiller.Fill(template.ToArray(), values);
    }

    public static byte[] Csv() => Encoding.UTF8.GetBytes(CsvFormWriter.Write(Figures, Metadata));

    /// <summary>The benchmark figures as a Markdown conversion prints them (<c>fragmented</c>: its tables broken into fragments).</summary>
    public static byte[] MarkdownReport(bool fragmented)
    {
        var figures = Figures.ToDictionary(p => p.Key, p => p.Value);
        return Encoding.UTF8.GetBytes(fragmented
            ? Disclosure.Tests.PublishedReports.FragmentedMarkdownReport.Render(figures, new Random(1), out _)
            : Disclosure.Tests.PublishedReports.MarkdownStyleReport.Render(figures));
    }

    public static byte[] SeedReport()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seed = Path.Combine(dir.FullName, "shared", "seed", "erdao-2022-annual-report.txt");
            if (File.Exists(seed))
            {
                return File.ReadAllBytes(seed);
            }
        }

        // A clone without the design folder beside it: the same 200 figures in the seed's layout, written as the tests write it.
        return Encoding.UTF8.GetBytes(Disclosure.Tests.PublishedReports.SeedStyleReport.Render(Disclosure.Samples.SeedFigures2022.Figures));
    }
}
