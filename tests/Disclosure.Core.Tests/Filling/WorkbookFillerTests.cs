using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Disclosure.Workbooks;

namespace Disclosure.Tests.Filling;

public class WorkbookFillerTests
{
    private static readonly string[] Keys = ["meta.office_name", "requests.received.natural_person", "proactive.art20_8.fees.amount_10k_yuan"];

    [Fact]
    public void Writes_numbers_as_numeric_cells_and_text_as_inline_strings_keeping_the_style()
    {
        var filled = WorkbookFiller.Fill(TestWorkbooks.Template(Keys), new Dictionary<string, object>
        {
            ["meta.office_name"] = "长春市二道区教育局",
            ["requests.received.natural_person"] = 12m,
            ["proactive.art20_8.fees.amount_10k_yuan"] = 123.4567m,
        });

        using var document = SpreadsheetDocument.Open(new MemoryStream(filled), false);
        var cells = Sheet(document, "统计 表").Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal(CellValues.InlineString, cells["C2"].DataType!.Value);
        Assert.Equal("长春市二道区教育局", cells["C2"].InlineString!.Text!.Text);
        Assert.Null(cells["C3"].DataType);
        Assert.Equal("12", cells["C3"].CellValue!.Text);
        Assert.Equal("123.4567", cells["C4"].CellValue!.Text);
        Assert.All(new[] { "C2", "C3", "C4" }, r => Assert.Equal(1u, cells[r].StyleIndex!.Value));
    }

    [Fact]
    public void Keeps_the_rest_of_the_workbook_intact()
    {
        var filled = WorkbookFiller.Fill(TestWorkbooks.Template(Keys), new Dictionary<string, object> { ["requests.received.natural_person"] = 5 });

        using var document = SpreadsheetDocument.Open(new MemoryStream(filled), false);
        var cells = Sheet(document, "统计 表").Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal("统计表", cells["A1"].InlineString!.Text!.Text);
        Assert.Equal("requests.received.natural_person", cells["A3"].InlineString!.Text!.Text);
        Assert.Null(cells["C2"].CellValue); // named but not filled
        Assert.Equal("SUM(C2:C4)", cells["D6"].CellFormula!.Text);
        Assert.Equal("说明", Sheet(document, "说明").Descendants<Cell>().Single().InlineString!.Text!.Text);
        Assert.Equal(3, document.WorkbookPart!.Workbook.DefinedNames!.Count());
        Assert.NotNull(document.WorkbookPart.WorkbookStylesPart);
    }

    [Fact]
    public void Drops_the_calculation_chain_and_asks_for_a_full_recalculation()
    {
        var filled = WorkbookFiller.Fill(TestWorkbooks.Template(Keys), new Dictionary<string, object> { ["requests.received.natural_person"] = 5 });

        using var document = SpreadsheetDocument.Open(new MemoryStream(filled), false);
        Assert.Null(document.WorkbookPart!.CalculationChainPart);
        Assert.True(document.WorkbookPart.Workbook.GetFirstChild<CalculationProperties>()!.FullCalculationOnLoad!.Value);
    }

    [Fact]
    public void Creates_absent_rows_and_cells_in_order_and_the_result_is_a_valid_workbook()
    {
        var filled = WorkbookFiller.Fill(TestWorkbooks.Template(Keys, rowsForNamedCells: false), new Dictionary<string, object>
        {
            ["proactive.art20_8.fees.amount_10k_yuan"] = 1.5m,
            ["meta.office_name"] = "二道区",
            ["requests.received.natural_person"] = 7L,
        });

        using var document = SpreadsheetDocument.Open(new MemoryStream(filled), false);
        var rows = Sheet(document, "统计 表").Descendants<Row>().Select(r => r.RowIndex!.Value).ToArray();
        Assert.Equal([1u, 2u, 3u, 4u, 6u], rows);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Equal("7", TestWorkbooks.NamedValues(filled)["requests.received.natural_person"]);
    }

    [Fact]
    public void Replaces_a_formula_in_a_named_cell_by_the_value()
    {
        var template = TestWorkbooks.Template(["appeals.review.total"]);
        using (var stream = new MemoryStream())
        {
            stream.Write(template);
            using (var document = SpreadsheetDocument.Open(stream, true))
            {
                var cell = Sheet(document, "统计 表").Descendants<Cell>().Single(c => c.CellReference == "C2");
                cell.Append(new CellFormula("1+1"), new CellValue("2"));
            }

            template = stream.ToArray();
        }

        var filled = WorkbookFiller.Fill(template, new Dictionary<string, object> { ["appeals.review.total"] = 3 });

        using var result = SpreadsheetDocument.Open(new MemoryStream(filled), false);
        var named = Sheet(result, "统计 表").Descendants<Cell>().Single(c => c.CellReference == "C2");
        Assert.Null(named.CellFormula);
        Assert.Equal("3", named.CellValue!.Text);
    }

    [Fact]
    public void Matches_names_case_insensitively_as_Excel_does()
    {
        var filled = WorkbookFiller.Fill(TestWorkbooks.Template(["Requests.Received.Total"]), new Dictionary<string, object> { ["requests.received.total"] = 9 });
        Assert.Equal("9", TestWorkbooks.NamedValues(filled)["requests.received.total"]);
    }

    [Fact]
    public void A_key_without_a_defined_name_is_refused()
    {
        var error = Assert.Throws<KeyNotFoundException>(() =>
            WorkbookFiller.Fill(TestWorkbooks.Template(Keys), new Dictionary<string, object> { ["requests.carried_over.total"] = 1 }));
        Assert.Contains("requests.carried_over.total", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_neither_number_nor_text_is_refused() =>
        Assert.Throws<ArgumentException>(() =>
            WorkbookFiller.Fill(TestWorkbooks.Template(Keys), new Dictionary<string, object> { ["meta.office_name"] = DateTime.Now }));

    private static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet;
    }
}
