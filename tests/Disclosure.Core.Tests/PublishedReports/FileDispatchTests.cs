using Disclosure.Reading;
using Disclosure.Validation;

namespace Disclosure.Tests.PublishedReports;

/// <summary>Published reports reach their reader through FormFileReader, by content.</summary>
public class FileDispatchTests
{
    [Fact]
    public void A_pdf_without_a_text_layer_or_broken_is_refused_not_thrown()
    {
        var result = FormFileReader.Read("%PDF-1.7\n garbage"u8.ToArray(), "report.pdf");

        Assert.True(result.IsUnreadable);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(Rules.FileCorrupt.Id, finding.Rule);
        Assert.Contains("PDF", finding.Message, StringComparison.Ordinal);
    }
}
