using Disclosure.Form;
using Disclosure.PublishedReports;
using Disclosure.Reading;

namespace Disclosure.Tests.PublishedReports;

/// <summary>Reads generated published reports with the reader their format calls for, and checks what was read.</summary>
internal static class ReportReading
{
    public static FormEdition Form => NationalForm.Edition2021;

    public static ReadResult ReadText(string text) => ReportTextReader.Read(text, ReadLimits.Default, Form);

    public static ReadResult ReadHtml(string html) => ReportHtmlReader.Read(html, ReadLimits.Default, Form);

    public static FormDocument Document(ReadResult result)
    {
        Assert.True(result.Document is not null, "refused: " + string.Join(" / ", result.Findings.Select(f => f.Message)));
        return result.Document!;
    }

    public static void AssertAll200(FormDocument document)
    {
        Assert.Equal(200, document.Figures.Count);
        Assert.All(Form.Figures, f => Assert.True(document.Locations.ContainsKey(f.Key), $"no location for {f.Key}"));
    }

    /// <summary>The seven figures of a 三 row, in the form's column order.</summary>
    public static decimal[] RequestRow(FormDocument document, string row) =>
        [.. Form.Section("requests").Tables[0].Columns.Select(c => document.Figures[$"requests.{row}.{c.Code}"])];

    /// <summary>The five figures of a 四 group, in the form's column order.</summary>
    public static decimal[] AppealGroup(FormDocument document, string group) =>
        [.. Form.Section("appeals").Tables[0].Columns.Select(c => document.Figures[$"appeals.{group}.{c.Code}"])];
}
