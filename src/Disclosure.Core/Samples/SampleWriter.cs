using System.Globalization;
using System.Text;
using Disclosure.Narratives;
using Disclosure.Workbooks;

namespace Disclosure.Samples;

/// <summary>The file format of the sample workbooks.</summary>
public enum SampleFileFormat
{
    /// <summary>The product's template (xlsx) with every figure filled in.</summary>
    Xlsx,

    /// <summary>The <c>key,value</c> CSV the readers accept.</summary>
    Csv,
}

/// <summary>What a written file is for.</summary>
public enum SampleFileRole
{
    Roster,
    Submission,
    Corrected,

    /// <summary>The district government's narrative (sections 一、五、六) as Word, uploaded beside its workbook.</summary>
    Narrative,
}

/// <summary>One file the writer wrote.</summary>
public sealed record WrittenSampleFile(string Path, SampleFileRole Role, SampleOffice? Office);

/// <summary>
/// Writes a sample set to a folder: <c>roster.csv</c> (office_id,name,kind,required; UTF-8 with BOM so Excel
/// opens it), one workbook per office <c>{officeId}-{year}.xlsx|csv</c>, and the slipped office's corrected
/// workbook <c>{officeId}-{year}-corrected.xlsx|csv</c>, and the government office's narrative as Word,
/// <c>{officeId}-{year}-narrative.docx</c> (<see cref="SampleNarrative.Government"/>).
/// </summary>
public static class SampleWriter
{
    public const string RosterFileName = "roster.csv";

    /// <summary>The office whose narrative the samples include: the district government's office.</summary>
    public const string NarrativeOfficeId = "gov_office";

    public static string NarrativeFileName(SampleOffice office, int year) => $"{office.Id}-{year.ToString(CultureInfo.InvariantCulture)}-narrative.docx";

    /// <summary>The format the <c>samples</c> command writes unless told otherwise.</summary>
    public const SampleFileFormat DefaultFormat = SampleFileFormat.Xlsx;

    public static string FileName(SampleOffice office, int year, SampleFileFormat format, bool corrected = false) =>
        $"{office.Id}-{year.ToString(CultureInfo.InvariantCulture)}{(corrected ? "-corrected" : string.Empty)}.{Extension(format)}";

    /// <summary>Writes the roster, every office's workbook and the corrected one; returns the files in that order.</summary>
    /// <param name="template">
    /// For xlsx: the blank workbook of an office (defined names on every figure); by default <see cref="TemplateWriter"/>'s.
    /// </param>
    public static IReadOnlyList<WrittenSampleFile> Write(
        string folder,
        SampleSet samples,
        SampleFileFormat format = DefaultFormat,
        Func<TemplateRequest, byte[]>? template = null)
    {
        Directory.CreateDirectory(folder);
        var written = new List<WrittenSampleFile>();
        var rosterPath = Path.Combine(folder, RosterFileName);
        File.WriteAllBytes(rosterPath, Roster(samples.Offices));
        written.Add(new WrittenSampleFile(rosterPath, SampleFileRole.Roster, null));

        foreach (var office in samples.Offices)
        {
            var path = Path.Combine(folder, FileName(office, samples.Year, format));
            File.WriteAllBytes(path, Workbook(samples, office, corrected: false, format, template));
            written.Add(new WrittenSampleFile(path, SampleFileRole.Submission, office));
        }

        var slipped = samples.SlippedOffice;
        var correctedPath = Path.Combine(folder, FileName(slipped, samples.Year, format, corrected: true));
        File.WriteAllBytes(correctedPath, Workbook(samples, slipped, corrected: true, format, template));
        written.Add(new WrittenSampleFile(correctedPath, SampleFileRole.Corrected, slipped));

        if (samples.Offices.FirstOrDefault(o => o.Id == NarrativeOfficeId) is { } government)
        {
            var narrativePath = Path.Combine(folder, NarrativeFileName(government, samples.Year));
            File.WriteAllBytes(narrativePath, NarrativeDocxWriter.Write(SampleNarrative.Government, $"{SampleDistrict.Name}人民政府", samples.Year, samples.Form));
            written.Add(new WrittenSampleFile(narrativePath, SampleFileRole.Narrative, government));
        }

        return written;
    }

    /// <summary>The roster as CSV: <c>office_id,name,kind,required</c>, UTF-8 with BOM, CRLF line ends.</summary>
    public static byte[] Roster(IEnumerable<SampleOffice> offices)
    {
        var text = new StringBuilder("office_id,name,kind,required\r\n");
        foreach (var office in offices)
        {
            text.Append(Field(office.Id)).Append(',').Append(Field(office.Name)).Append(',').Append(Field(office.Kind)).Append(',')
                .Append(office.Required ? "true" : "false").Append("\r\n");
        }

        return WithBom(text.ToString());
    }

    /// <summary>An office's workbook in the given format.</summary>
    public static byte[] Workbook(SampleSet samples, SampleOffice office, bool corrected, SampleFileFormat format, Func<TemplateRequest, byte[]>? template = null) =>
        format switch
        {
            SampleFileFormat.Csv => Csv(samples, office, corrected),
            SampleFileFormat.Xlsx => Xlsx(samples, office, corrected, template ?? BlankTemplate),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };

    /// <summary>The <c>key,value</c> CSV (<see cref="CsvFormWriter"/>): the metadata, then all figures in the form's order; UTF-8 with BOM.</summary>
    public static byte[] Csv(SampleSet samples, SampleOffice office, bool corrected) =>
        WithBom(CsvFormWriter.Write(Figures(samples, office, corrected), samples.Metadata(office).ToDictionary(), samples.Form));

    /// <summary>The office's blank template with every figure filled in (metadata as the template writes it).</summary>
    public static byte[] Xlsx(SampleSet samples, SampleOffice office, bool corrected, Func<TemplateRequest, byte[]> template)
    {
        var figures = Figures(samples, office, corrected);
        var blank = template(new TemplateRequest(office.Id, office.Name, samples.Year));
        var values = samples.Form.Figures.ToDictionary(f => f.Key, f => (object)figures[f.Key], StringComparer.Ordinal);
        return WorkbookFiller.Fill(blank, values);
    }

    private static IReadOnlyDictionary<string, decimal> Figures(SampleSet samples, SampleOffice office, bool corrected)
    {
        if (!corrected)
        {
            return samples.Figures[office.Id];
        }

        return office.Id == samples.SlippedOfficeId
            ? samples.CorrectedFigures
            : throw new ArgumentException($"Only the slipped office ({samples.SlippedOfficeId}) has a corrected workbook.", nameof(corrected));
    }

    private static byte[] BlankTemplate(TemplateRequest request)
    {
        using var stream = new MemoryStream();
        TemplateWriter.Write(stream, request);
        return stream.ToArray();
    }

    private static string Extension(SampleFileFormat format) => format switch
    {
        SampleFileFormat.Csv => "csv",
        SampleFileFormat.Xlsx => "xlsx",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>UTF-8 with the byte order mark Excel needs to take a CSV as UTF-8 (GetBytes alone writes none).</summary>
    private static byte[] WithBom(string text) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)];

    private static string Field(string value) => CsvRecords.Quote(value);
}
