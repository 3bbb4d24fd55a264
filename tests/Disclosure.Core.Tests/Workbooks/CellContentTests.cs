using DocumentFormat.OpenXml.Spreadsheet;
using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Validation;
using Disclosure.Workbooks;

namespace Disclosure.Tests.Workbooks;

/// <summary>
/// The cell shapes a generator or a clerk's Excel can leave in a figure or metadata cell, beyond the common ones of
/// <see cref="XlsxFormReaderTests"/>: an error without its value, a text formula without a result, a number too large to
/// read, a TRUE/FALSE cell, and the length at which a quoted cell is cut short (30 characters).
/// </summary>
public class CellContentTests
{
    private const string Key = "requests.handled_total.natural_person";
    private const string Label = "三、本年度办理结果 (七)总计 · 自然人";

    private static Finding ReadWith(Action<WorkbookEditor> edit)
    {
        var bytes = WorkbookEditing.Edit(FilledTemplate.Create(FilledTemplate.DistinctFigures()), edit);
        var result = XlsxFormReader.Read(bytes, "office.xlsx", ReadLimits.Default, NationalForm.Edition2021);
        var finding = Assert.Single(result.Findings);
        Assert.Equal((Key, "统计表!D53"), (finding.Cell, finding.Location));
        Assert.DoesNotContain(Key, result.Document!.Figures.Keys);
        return finding;
    }

    [Fact]
    public void An_error_value_is_quoted_as_stored()
    {
        var finding = ReadWith(e => e.SetError(Key, "#N/A"));

        Assert.Equal((Rules.CellErrorValue.Id, $"{Label}:单元格的值是错误值 #N/A,请修正公式或直接填写数字"), (finding.Rule, finding.Message));
    }

    [Fact]
    public void An_error_cell_without_its_value_is_quoted_as_VALUE()
    {
        var finding = ReadWith(e => e.EditCell(Key, cell =>
        {
            cell.DataType = CellValues.Error;
            cell.CellFormula = new CellFormula("A1/0");
            cell.CellValue = null;
        }));

        Assert.Equal((Rules.CellErrorValue.Id, $"{Label}:单元格的值是错误值 #VALUE!,请修正公式或直接填写数字"), (finding.Rule, finding.Message));
    }

    [Fact]
    public void A_text_formula_without_its_result_is_a_formula_without_value()
    {
        var finding = ReadWith(e => e.EditCell(Key, cell =>
        {
            cell.DataType = CellValues.String;
            cell.CellFormula = new CellFormula("TEXT(D52,\"0\")");
            cell.CellValue = null;
        }));

        Assert.Equal(Rules.CellFormulaWithoutValue.Id, finding.Rule);
    }

    [Fact]
    public void A_text_cell_marked_as_formula_result_but_with_neither_is_blank()
    {
        var finding = ReadWith(e => e.EditCell(Key, cell =>
        {
            cell.DataType = CellValues.String;
            cell.CellFormula = null;
            cell.CellValue = null;
        }));

        Assert.Equal(Rules.CellBlank.Id, finding.Rule);
    }

    [Fact]
    public void A_number_too_large_for_a_decimal_is_out_of_range_quoting_it()
    {
        var finding = ReadWith(e => e.EditCell(Key, cell =>
        {
            cell.DataType = null;
            cell.CellValue = new CellValue("1E+300");
        }));

        Assert.Equal((Rules.CellOutOfRange.Id, $"{Label}:单元格内容“1E+300”超出可读取的数值范围"), (finding.Rule, finding.Message));
    }

    [Fact]
    public void A_number_Excel_stored_with_binary_noise_is_read_to_15_significant_digits()
    {
        // 1190.1 as a double prints as 1190.1000000000001 in the file (17 significant digits); Excel shows 1190.1.
        const string fee = "proactive.art20_8.fees.amount_10k_yuan";
        var bytes = WorkbookEditing.Edit(FilledTemplate.Create(FilledTemplate.DistinctFigures()), e => e.EditCell(fee, cell =>
        {
            cell.DataType = null;
            cell.CellValue = new CellValue("1190.1000000000001");
        }));

        var document = XlsxFormReader.Read(bytes, "office.xlsx", ReadLimits.Default, NationalForm.Edition2021).Document!;

        Assert.Equal(1190.1m, document.Figures[fee]);
    }

    [Fact]
    public void A_name_pointing_at_a_sheet_that_is_gone_leaves_its_cell_missing_and_the_rest_read()
    {
        var bytes = WorkbookEditing.Edit(FilledTemplate.Create(FilledTemplate.DistinctFigures()), e => e.SetNameReference(Key, "'已删除'!$D$53"));

        var result = XlsxFormReader.Read(bytes, "office.xlsx", ReadLimits.Default, NationalForm.Edition2021);

        Assert.False(result.IsUnreadable);
        Assert.DoesNotContain(Key, result.Document!.Figures.Keys);
        Assert.Equal(199, result.Document.Figures.Count);
    }

    [Fact]
    public void Too_many_cells_names_the_limit()
    {
        var result = XlsxFormReader.Read(FilledTemplate.Create(FilledTemplate.DistinctFigures()), "office.xlsx",
            ReadLimits.Default with { MaxCells = 100 }, NationalForm.Edition2021);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(Rules.FileTooManyCells.Id, finding.Rule);
        Assert.Equal("工作簿的单元格数量超过上限 100 个,年度报告不会这么大,请检查是否上传了错误的文件。", finding.Message);
    }

    [Theory]
    [InlineData("1", "TRUE")]
    [InlineData("0", "FALSE")]
    public void A_true_or_false_cell_in_the_metadata_is_read_as_Excel_shows_it(string stored, string shown)
    {
        var bytes = WorkbookEditing.Edit(FilledTemplate.Create(FilledTemplate.DistinctFigures()), e => e.EditCell(NationalForm.MetaContact, cell =>
        {
            cell.DataType = CellValues.Boolean;
            cell.CellValue = new CellValue(stored);
        }));

        var document = XlsxFormReader.Read(bytes, "office.xlsx", ReadLimits.Default, NationalForm.Edition2021).Document!;

        Assert.Equal(shown, document.Metadata[NationalForm.MetaContact]);
    }

    [Fact]
    public void Text_of_30_characters_is_quoted_whole()
    {
        var text = new string('甲', 29) + "乙";

        var finding = ReadWith(e => e.SetText(Key, "  " + text + " "));

        Assert.Equal($"{Label}:单元格内容“{text}”不是数字", finding.Message);
    }

    [Fact]
    public void Text_of_31_characters_is_quoted_to_its_30th_and_an_ellipsis()
    {
        var text = new string('甲', 30) + "乙";

        var finding = ReadWith(e => e.SetText(Key, text));

        Assert.Equal($"{Label}:单元格内容“{new string('甲', 30)}…”不是数字", finding.Message);
    }
}
