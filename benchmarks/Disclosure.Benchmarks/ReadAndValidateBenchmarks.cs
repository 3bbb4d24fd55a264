using System.Data;
using BenchmarkDotNet.Attributes;
using Disclosure.Reading;
using Disclosure.Validation;
using ExcelDataReader;
using MiniExcelLibs;

namespace Disclosure.Benchmarks;

/// <summary>Read + validate one file of each kind; the general-purpose readers only read the same workbook.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReadAndValidateBenchmarks
{
    private byte[] _workbook = [];
    private byte[] _csv = [];
    private byte[] _seed = [];
    private byte[] _markdown = [];
    private byte[] _fragments = [];

    [GlobalSetup]
    public void Setup()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        _workbook = BenchmarkInputs.FilledTemplate();
        _csv = BenchmarkInputs.Csv();
        _seed = BenchmarkInputs.SeedReport();
        _markdown = BenchmarkInputs.MarkdownReport(fragmented: false);
        _fragments = BenchmarkInputs.MarkdownReport(fragmented: true);
        if (FormFileReader.Read(_fragments, "report.txt").Document?.Figures.Count != 200)
        {
            throw new InvalidOperationException("the fragment layout does not read back with 200 figures");
        }
        if (FormValidator.Validate(FormFileReader.Read(_workbook, "edu.xlsx")).Document?.Figures.Count != 200)
        {
            throw new InvalidOperationException("the filled template does not read back with 200 figures");
        }
    }

    [Benchmark(Baseline = true)]
    public ValidationReport Workbook() => FormValidator.Validate(FormFileReader.Read(_workbook, "edu.xlsx"));

    [Benchmark]
    public ValidationReport Csv() => FormValidator.Validate(FormFileReader.Read(_csv, "edu.csv"));

    [Benchmark]
    public ValidationReport SeedReportText() => FormValidator.Validate(FormFileReader.Read(_seed, "erdao-2022-annual-report.txt"));

    [Benchmark]
    public ValidationReport MarkdownReportText() => FormValidator.Validate(FormFileReader.Read(_markdown, "report.txt"));

    /// <summary>The table parser refuses it first; the fragment reader then re-assembles the rows and the parser reads them.</summary>
    [Benchmark]
    public ValidationReport FragmentedMarkdownReportText() => FormValidator.Validate(FormFileReader.Read(_fragments, "report.txt"));

    [Benchmark]
    public int ExcelDataReaderReadsWorkbook()
    {
        using var stream = new MemoryStream(_workbook);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var cells = 0;
        do
        {
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    cells += reader.GetValue(i) is null ? 0 : 1;
                }
            }
        }
        while (reader.NextResult());

        return cells;
    }

    [Benchmark]
    public int MiniExcelReadsWorkbook()
    {
        using var stream = new MemoryStream(_workbook);
        var cells = 0;
        foreach (var sheet in MiniExcel.GetSheetNames(stream))
        {
            stream.Position = 0;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, sheetName: sheet))
            {
                cells += row.Values.Count(v => v is not null);
            }

            stream.Position = 0;
        }

        return cells;
    }
}
