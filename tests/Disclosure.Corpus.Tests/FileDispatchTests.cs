using Disclosure.Reading;
using Disclosure.Tests.PublishedReports;

namespace Disclosure.Corpus.Tests;

/// <summary>The seed and real published reports reach their reader through FormFileReader, by content.</summary>
public class FileDispatchTests
{
    [CorpusTheory]
    [InlineData("seed", SourceFormat.ReportText)]
    [InlineData("hongze-district-2024.txt", SourceFormat.ReportText)]
    [InlineData("hongze-district-2024.pdf", SourceFormat.ReportPdf)]
    [InlineData("shuyang-drc-2023.html", SourceFormat.ReportHtml)]
    public void Reads_each_report_format_by_its_content(string name, SourceFormat format)
    {
        var result = FormFileReader.Read(File.ReadAllBytes(CorpusReports.PathOf(name)), "upload.bin");

        Assert.Equal(format, ReportReading.Document(result).Format);
        Assert.Equal(200, result.Document!.Figures.Count);
    }
}
