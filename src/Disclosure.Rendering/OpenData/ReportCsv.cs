using System.Text;
using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Reports;

namespace Disclosure.Rendering.OpenData;

/// <summary>
/// <c>report.csv</c>: UTF-8 with BOM (so Excel and WPS open the Chinese right), CRLF line ends, header
/// <c>key,section,label,value</c>, one record per cell key in the form's order. <c>section</c> is the section's title
/// ("三、收到和处理政府信息公开申请情况"), <c>label</c> the figure's full Chinese label (<see cref="Label"/>), <c>value</c> the figure with every digit it holds (1190, 0.0001). Text fields are
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
            AppendFigure(csv, figure.Key, figure.Section.Title, Label(figure), report.Figure(figure.Key));
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(csv.ToString())];
    }

    /// <summary>
    /// The figure's full label, unambiguous on its own: the table (二's four tables), every heading above the row, the row,
    /// and the column with its spanning header: "三、本年度办理结果 (三)不予公开 1.属于国家秘密 · 法人或其他组织·商业企业".
    /// </summary>
    public static string Label(FigureDefinition figure)
    {
        IEnumerable<string> row = figure.Table.Code is null ? [.. figure.Row.GroupLabels, figure.Row.Label] : [figure.Table.Heading, figure.Row.Label];
        return $"{string.Join(' ', row)} · {figure.Column.FullLabel}";
    }

    /// <summary>One figure's record; every text column neutralised and quoted, the value a plain number.</summary>
    public static void AppendFigure(StringBuilder csv, string key, string section, string label, decimal value) =>
        CsvText.AppendRecord(csv, CsvText.TextField(key), CsvText.TextField(section), CsvText.TextField(label), FigureText.Format(value));
}
