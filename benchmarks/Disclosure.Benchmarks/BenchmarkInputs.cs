using System.Text;
using Disclosure.Form;
using Disclosure.Workbooks;

namespace Disclosure.Benchmarks;

/// <summary>The files the benchmarks read: a filled template, the same figures as CSV, and the seed report.</summary>
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

        throw new FileNotFoundException("shared/seed/erdao-2022-annual-report.txt not found above " + AppContext.BaseDirectory);
    }
}
