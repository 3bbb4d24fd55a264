using System.Net;
using System.Text;
using Disclosure.Form;
using Disclosure.PublishedReports;
using Disclosure.Reading;

namespace Disclosure.Tests.PublishedReports;

/// <summary>
/// The form's grids drawn as an HTML page by one loop over their cells, as a renderer would draw them, read
/// back by the report reader: the drawing and the reading agree on where every figure stands.
/// </summary>
public class GridHtmlRoundTripTests
{
    private static readonly FormEdition Form = NationalForm.Edition2021;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_page_drawn_from_the_grids_reads_back_every_figure(int seed)
    {
        var figures = SeedStyleReport.RandomFigures(new Random(seed));

        var result = ReportHtmlReader.Read(Html(figures), ReadLimits.Default, Form);

        var document = ReportReading.Document(result);
        Assert.Empty(result.Findings);
        Assert.All(Form.Figures, f => Assert.Equal(figures[f.Key], document.Figures[f.Key]));
    }

    private static string Html(IReadOnlyDictionary<string, decimal> figures)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><body>");
        html.Append("<p>").Append(Form.Section("overview").Title).Append("</p><p>全年主动公开政府信息 1136 条。</p>");
        foreach (var grid in Form.Grids)
        {
            html.Append("<p>").Append(grid.Section.Title).Append("</p><table>");
            for (var row = 0; row < grid.RowCount; row++)
            {
                html.Append("<tr>");
                foreach (var cell in grid.CellsStartingOn(row))
                {
                    var text = cell.Figure is { } figure ? FigureText.Format(figures[figure.Key]) : cell.Text ?? "";
                    html.Append(cell.Kind is GridCellKind.Figure ? "<td" : "<th")
                        .Append($" rowspan=\"{cell.RowSpan}\" colspan=\"{cell.ColumnSpan}\">")
                        .Append(WebUtility.HtmlEncode(text))
                        .Append(cell.Kind is GridCellKind.Figure ? "</td>" : "</th>");
                }

                html.Append("</tr>");
            }

            html.Append("</table>");
        }

        foreach (var section in Form.NarrativeSections.Skip(1))
        {
            html.Append("<p>").Append(section.Title).Append("</p><p>无</p>");
        }

        return html.Append("</body></html>").ToString();
    }
}
