using System.Text;
using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Samples;
using Disclosure.Tests.Filling;
using Disclosure.Validation;
using Disclosure.Workbooks;

namespace Disclosure.Tests.Samples;

public sealed class SampleWriterTests : IDisposable
{
    private static readonly SampleSet Samples = SampleSplitter.Erdao2022();
    private static readonly ValidationOptions Options = new() { ExpectedYear = 2022, CurrentYear = 2023 };
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "disclosure-samples-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Writes_the_roster_32_workbooks_the_corrected_one_and_the_governments_narrative()
    {
        var written = SampleWriter.Write(_folder, Samples, SampleFileFormat.Csv);

        Assert.Equal(35, written.Count);
        Assert.Equal(Path.Combine(_folder, "roster.csv"), written[0].Path);
        Assert.Equal(SampleFileRole.Roster, written[0].Role);
        Assert.Equal(32, written.Count(w => w.Role == SampleFileRole.Submission));
        var corrected = Assert.Single(written, w => w.Role == SampleFileRole.Corrected);
        Assert.Equal(Path.Combine(_folder, "housing-2022-corrected.csv"), corrected.Path);
        Assert.Contains(written, w => w.Path == Path.Combine(_folder, "edu-2022.csv"));
        Assert.All(written, w => Assert.True(File.Exists(w.Path)));
        Assert.Equal(35, Directory.GetFiles(_folder).Length);
        var narrative = Assert.Single(written, w => w.Role == SampleFileRole.Narrative);
        Assert.Equal(Path.Combine(_folder, "gov_office-2022-narrative.docx"), narrative.Path);
        var read = Disclosure.Narratives.NarrativeReader.ReadFile(narrative.Path);
        Assert.Empty(read.Findings);
        Disclosure.Tests.Narratives.NarrativeReaderTests.AssertSame(SampleNarrative.Government, read.Narrative!);
    }

    [Fact]
    public void Roster_is_utf8_with_bom_and_lists_every_office()
    {
        var bytes = SampleWriter.Roster(SampleDistrict.Offices);

        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("office_id,name,kind,required", lines[0]);
        Assert.Equal(33, lines.Length);
        Assert.Contains("edu,长春市二道区教育局,department,true", lines);
        Assert.Contains("dongzhan,长春市二道区东站街道办事处,street,true", lines);
        Assert.Contains("yingjun,长春市二道区英俊镇人民政府,town,true", lines);
    }

    [Fact]
    public void Every_csv_reads_back_with_the_same_figures_and_the_expected_verdict()
    {
        var written = SampleWriter.Write(_folder, Samples, SampleFileFormat.Csv);

        foreach (var file in written.Where(w => w.Role is SampleFileRole.Submission or SampleFileRole.Corrected))
        {
            var read = FormFileReader.ReadFile(file.Path);
            var document = Assert.IsType<FormDocument>(read.Document);
            Assert.Equal(SourceFormat.Csv, document.Format);
            var expected = file.Role == SampleFileRole.Corrected ? Samples.CorrectedFigures : Samples.Figures[file.Office!.Id];
            Assert.All(NationalForm.Edition2021.Figures, f => Assert.Equal(expected[f.Key], document.Figures[f.Key]));
            Assert.Equal(file.Office!.Id, document.Metadata[NationalForm.MetaOfficeId]);
            Assert.Equal(file.Office.Name, document.Metadata[NationalForm.MetaOfficeName]);
            Assert.Equal("2022", document.Metadata[NationalForm.MetaYear]);
            Assert.Equal(TemplateWriter.TemplateVersion, document.Metadata[NationalForm.MetaTemplateVersion]);

            var report = FormValidator.Validate(read, options: Options);
            if (file.Role == SampleFileRole.Submission && file.Office.Id == Samples.SlippedOfficeId)
            {
                Assert.Equal(["requests.handled_total.natural_person", "requests.handled_total.total"],
                    report.Findings.Select(f => f.Cell).Order(StringComparer.Ordinal));
                Assert.All(report.Findings, f => Assert.Equal("requests.handled_sum", f.Rule));
            }
            else
            {
                Assert.Empty(report.Findings);
            }
        }
    }

    [Fact]
    public void Writing_twice_gives_the_same_bytes()
    {
        var first = SampleWriter.Write(Path.Combine(_folder, "a"), Samples, SampleFileFormat.Csv);
        var second = SampleWriter.Write(Path.Combine(_folder, "b"), SampleSplitter.Erdao2022(), SampleFileFormat.Csv);

        Assert.Equal(first.Select(f => Path.GetFileName(f.Path)), second.Select(f => Path.GetFileName(f.Path)));
        Assert.All(first.Zip(second), pair => Assert.Equal(File.ReadAllBytes(pair.First.Path), File.ReadAllBytes(pair.Second.Path)));
    }

    [Fact]
    public void Xlsx_fills_every_figure_into_the_templates_named_cells()
    {
        var keys = NationalForm.Edition2021.Figures.Select(f => f.Key).ToArray();
        var requests = new List<TemplateRequest>();
        byte[] Template(TemplateRequest request)
        {
            requests.Add(request);
            return TestWorkbooks.Template(keys);
        }

        var written = SampleWriter.Write(_folder, Samples, SampleFileFormat.Xlsx, Template);

        Assert.Equal(33, requests.Count);
        Assert.Contains(new TemplateRequest("housing", "长春市二道区住房和城乡建设局", 2022), requests);
        var corrected = Assert.Single(written, w => w.Role == SampleFileRole.Corrected);
        Assert.EndsWith("housing-2022-corrected.xlsx", corrected.Path, StringComparison.Ordinal);
        foreach (var file in written.Where(w => w.Role is SampleFileRole.Submission or SampleFileRole.Corrected))
        {
            var values = TestWorkbooks.NamedValues(File.ReadAllBytes(file.Path));
            var expected = file.Role == SampleFileRole.Corrected ? Samples.CorrectedFigures : Samples.Figures[file.Office!.Id];
            Assert.All(keys, k => Assert.Equal(expected[k], TestWorkbooks.Number(values[k])));
        }
    }
}

public sealed class SampleXlsxReadBackTests : IDisposable
{
    private static readonly SampleSet Samples = SampleSplitter.Erdao2022();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "disclosure-samples-xlsx-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Every_sample_xlsx_on_the_products_template_reads_back_with_the_same_figures_and_verdict()
    {
        var written = SampleWriter.Write(_folder, Samples, SampleFileFormat.Xlsx);
        var options = new ValidationOptions { ExpectedYear = 2022, CurrentYear = 2023 };
        foreach (var file in written.Where(w => w.Role is SampleFileRole.Submission or SampleFileRole.Corrected))
        {
            var read = FormFileReader.ReadFile(file.Path);
            var document = Assert.IsType<FormDocument>(read.Document);
            Assert.Equal(SourceFormat.Workbook, document.Format);
            var expected = file.Role == SampleFileRole.Corrected ? Samples.CorrectedFigures : Samples.Figures[file.Office!.Id];
            Assert.All(NationalForm.Edition2021.Figures, f => Assert.Equal(expected[f.Key], document.Figures[f.Key]));
            Assert.Equal(file.Office!.Id, document.Metadata[NationalForm.MetaOfficeId]);
            Assert.Equal(file.Office.Name, document.Metadata[NationalForm.MetaOfficeName]);

            var report = FormValidator.Validate(read, options: options);
            var slipped = file.Role == SampleFileRole.Submission && file.Office.Id == Samples.SlippedOfficeId;
            Assert.Equal(
                slipped ? ["requests.handled_total.natural_person", "requests.handled_total.total"] : [],
                report.Findings.Select(f => f.Cell).Order(StringComparer.Ordinal));
        }
    }
}
