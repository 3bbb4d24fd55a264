using System.Text;
using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Reports;

namespace Disclosure.Rendering.OpenData;

/// <summary>
/// <c>report.csv</c>: UTF-8 with BOM (so Excel and WPS open the Chinese right), CRLF line ends, header
/// <c>key,section,label,value</c>, one record per cell key in the form's order. <c>section</c> is the section's title
/// ("三、收到和处理政府信息公开申请情况"), <c>label</c> the figure's full Chinese label (table, row with its group
/// heading, column with its group), <c>value</c> the figure with every digit it holds (1190, 0.0001). Text fields are
/// quoted as RFC 4180 wants and neutralised against spreadsheet formulas (<see cref="CsvText"/>).
/// </summary>
public static class ReportCsv
{
    public const string FileName = "report.csv";

    public static readonly string[] Header = ["key", "section", "label", "value"];

    public static byte[] Render(AnnualReport report)
    {
        var csv = new StringBuilder(32 * 1024);
        CsvText.AppendRecord(csv, Header);
        foreach (var figure in report.Edition.Figures)
        {
            AppendFigure(csv, figure.Key, figure.Section.Title, figure.Label, report.Figure(figure.Key));
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(csv.ToString())];
    }

    /// <summary>One figure's record; every text column neutralised and quoted, the value a plain number.</summary>
    public static void AppendFigure(StringBuilder csv, string key, string section, string label, decimal value) =>
        CsvText.AppendRecord(csv, CsvText.TextField(key), CsvText.TextField(section), CsvText.TextField(label), FigureText.Format(value));
}
