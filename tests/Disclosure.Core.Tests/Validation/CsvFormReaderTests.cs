using System.Text;
using Disclosure.Reading;
using Disclosure.Validation;
using Disclosure.Workbooks;

namespace Disclosure.Tests.Validation;

public class CsvFormReaderTests
{
    static CsvFormReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string ConsistentCsv() => CsvFormWriter.Write(ConsistentForms.Create(42), ConsistentForms.Metadata());

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("GB18030")]
    public void Reads_every_encoding_an_office_may_save_in(string encoding)
    {
        var csv = ConsistentCsv();
        var bytes = encoding switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(csv),
            "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(csv)],
            _ => Encoding.GetEncoding(encoding).GetBytes(csv),
        };

        var report = FormValidator.Validate(FormFileReader.Read(bytes, "edu.csv"));

        Assert.Equal(ValidationStatus.Accepted, report.Status);
        Assert.Equal(200, report.Document!.Figures.Count);
        Assert.Equal("二道区教育局", report.Document.Metadata["meta.office_name"]);
    }

    [Fact]
    public void Quoted_values_keep_commas_and_line_breaks()
    {
        var csv = ConsistentCsv() + "narrative.overview,\"一、总体情况\n2023年,我局……\"\"公开为常态\"\"\"\n";

        var read = FormFileReader.Read(Encoding.UTF8.GetBytes(csv), "edu.csv");

        Assert.Equal("一、总体情况\n2023年,我局……\"公开为常态\"", read.Document!.Narratives["overview"]);
        Assert.Empty(FormValidator.Validate(read).Findings);
    }

    [Fact]
    public void Text_in_a_numeric_cell_is_a_finding_on_that_cell()
    {
        var csv = ConsistentCsv().Replace("requests.received.natural_person,", "requests.received.natural_person,十二 ", StringComparison.Ordinal);

        var findings = FormValidator.Validate(FormFileReader.Read(Encoding.UTF8.GetBytes(csv), "edu.csv")).Findings;

        var finding = Assert.Single(findings);
        Assert.Equal(("cell.not_a_number", "requests.received.natural_person"), (finding.Rule, finding.Cell));
        Assert.Matches("^第\\d+行$", finding.Location);
    }

    [Fact]
    public void Duplicate_and_unknown_keys_are_structure_errors()
    {
        var csv = ConsistentCsv() + "requests.received.natural_person,3\nrequests.recieved.natural_person,3\n";

        var rules = FormValidator.Validate(FormFileReader.Read(Encoding.UTF8.GetBytes(csv), "edu.csv")).Findings.Select(f => f.Rule).ToArray();

        Assert.Equal(["structure.unknown_key", "structure.duplicate_cell"], rules); // lines that name no figure come first
    }

    [Fact]
    public void Binary_garbage_named_csv_is_refused_as_not_text()
    {
        var garbage = new byte[4096];
        new Random(1).NextBytes(garbage);

        var report = FormValidator.Validate(FormFileReader.Read(garbage, "edu.csv"));

        Assert.Equal(ValidationStatus.Unreadable, report.Status);
        Assert.Equal("file.not_text", Assert.Single(report.Findings).Rule);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var report = FormValidator.Validate(FormFileReader.Read([], "edu.csv"));

        Assert.Equal(ValidationStatus.Unreadable, report.Status);
        Assert.Equal("file.empty", Assert.Single(report.Findings).Rule);
    }

    [Fact]
    public void Header_only_csv_has_no_figures()
    {
        var report = FormValidator.Validate(FormFileReader.Read("key,value\n"u8.ToArray(), "edu.csv"));

        Assert.Equal("structure.no_figures", Assert.Single(report.Findings, f => f.Severity == Disclosure.Form.Severity.Error).Rule);
    }
}
