using Disclosure.Reading;

namespace Disclosure.Tests.PublishedReports;

/// <summary>Published reports reach their reader through FormFileReader, by content.</summary>
public class FileDispatchTests
{
    [Theory]
    [InlineData("seed", SourceFormat.ReportText)]
    [InlineData("hongze-district-2024.txt", SourceFormat.ReportText)]
    [InlineData("hongze-district-2024.pdf", SourceFormat.ReportPdf)]
    [InlineData("shuyang-drc-2023.html", SourceFormat.ReportHtml)]
    public void Reads_each_report_format_by_its_content(string name, SourceFormat format)
    {
        var path = name == "seed" ? SharedFiles.Seed : SharedFiles.Report(name);

        var result = FormFileReader.Read(File.ReadAllBytes(path), "upload.bin");

        Assert.Equal(format, Reports.Document(result).Format);
        Assert.Equal(200, result.Document!.Figures.Count);
    }

    [Fact]
    public void A_pdf_without_a_text_layer_or_broken_is_refused_not_thrown()
    {
        var result = FormFileReader.Read("%PDF-1.7\n garbage"u8.ToArray(), "report.pdf");

        Assert.True(result.IsUnreadable);
    }
}
