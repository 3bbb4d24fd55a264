using Disclosure.Form;

namespace Disclosure.Workbooks;

/// <summary>Lays out the second sheet: one long-text cell for each narrative section (一、五、六).</summary>
internal static class NarrativeSheet
{
    public const string SheetName = "文字部分";

    private const double TextWidth = 100;
    private const double TextHeight = 300;

    public static SheetModel Build(FormEdition form, TemplateRequest request)
    {
        var sheet = new SheetModel(SheetName, landscape: false);
        sheet.ColumnWidths[1] = TextWidth;
        var row = 1;
        sheet.Box(row, 1, row, 1, $"{request.OfficeName} {request.Year}年度政府信息公开工作年度报告 文字部分", CellStyle.Title);
        sheet.Height(row++, 30);
        sheet.Box(row++, 1, row - 1, 1, "请在各部分标题下的黄色单元格中填写正文,可直接粘贴文字;单元格内换行请按 Alt+Enter。没有需要报告的事项请填“无”。", CellStyle.Note);
        row++;
        foreach (var section in form.NarrativeSections)
        {
            sheet.Box(row, 1, row, 1, section.Title, CellStyle.SectionHeading);
            sheet.Height(row++, 24);
            sheet.Box(row, 1, row, 1, null, CellStyle.NarrativeInput);
            sheet.Height(row, TextHeight);
            sheet.Names.Add((WorkbookNames.ForKey(WorkbookNames.NarrativeKey(section)), new CellReference(row, 1)));
            row += 2;
        }

        return sheet;
    }
}
