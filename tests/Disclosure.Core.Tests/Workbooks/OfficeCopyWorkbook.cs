using System.Text;
using Disclosure.Form;

namespace Disclosure.Tests.Workbooks;

/// <summary>
/// An office's own copy of the form, as the seed report lays it out: no defined names, full-width
/// punctuation, the seed's wording variants (三类内容事务信息, 只计这一情况), tables starting where the
/// office happened to put them, section 四 on a sheet of its own.
/// </summary>
public static class OfficeCopyWorkbook
{
    public static byte[] Create(IReadOnlyDictionary<string, decimal> figures, string officeName = "长春市二道区东站街道办事处", int year = 2022)
    {
        var form = NationalForm.Current;
        string Label(string key) => FullWidth(form.Metadata.Single(m => m.Key == key).Label + ":");

        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { Label(NationalForm.MetaOfficeName), officeName },
            new object?[] { Label(NationalForm.MetaYear), year },
        };

        var sheets = new List<GridSheet>();
        foreach (var grid in form.Grids)
        {
            // Section 四 sits on a sheet of its own, without its heading.
            if (grid.Section.Code == "appeals")
            {
                sheets.Add(new GridSheet("年报表格", rows, FirstRow: 2, FirstColumn: 2));
                rows = [];
            }
            else
            {
                rows.Add([]);
                rows.Add([grid.Section.Title]);
            }

            rows.AddRange(Cells(grid, figures));
        }

        sheets.Add(new GridSheet("复议诉讼", rows, FirstRow: 3));
        return GridWorkbook.Create([.. sheets]);
    }

    /// <summary>A grid as a sheet without merged cells: each cell's text at its top-left, in the office's own spelling.</summary>
    private static IEnumerable<object?[]> Cells(TableGrid grid, IReadOnlyDictionary<string, decimal> figures)
    {
        var naturalPerson = NationalForm.Current.Requests.Columns[0].Label;
        for (var r = 0; r < grid.RowCount; r++)
        {
            var cells = new object?[grid.ColumnCount];
            foreach (var cell in grid.CellsStartingOn(r))
            {
                cells[cell.Column] = cell switch
                {
                    { Figure: { } figure } => figures.TryGetValue(figure.Key, out var value) ? value : null,
                    { Text: null } => null,
                    // Spaces a clerk typed to widen a short heading.
                    _ when cell.Text == naturalPerson => " 自 然 人 ",
                    _ => FullWidth(SeedWording(cell.Text)),
                };
            }

            yield return cells;
        }
    }

    /// <summary>The seed's own wording where it departs from the form.</summary>
    public static string SeedWording(string label) => label
        .Replace("三类内部事务信息", "三类内容事务信息", StringComparison.Ordinal)
        .Replace("只计这一情形", "只计这一情况", StringComparison.Ordinal);

    /// <summary>Half-width punctuation as Chinese word processors write it: (一) → （一）, 1. → 1．, : → ：.</summary>
    public static string FullWidth(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '(' => '（',
                ')' => '）',
                ',' => '，',
                ':' => '：',
                '.' => '．',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
