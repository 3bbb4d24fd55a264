using Disclosure.Form;
using Disclosure.Reading;
using Disclosure.Samples;
using Disclosure.Validation;
using Disclosure.Workbooks;

namespace Disclosure.Tests.Workbooks;

public class XlsxFormReaderTests
{
    private static readonly FormEdition Form = NationalForm.Edition2021;

    private static ReadResult Read(byte[] bytes, ReadLimits? limits = null) => XlsxFormReader.Read(bytes, "office.xlsx", limits ?? ReadLimits.Default, Form);

    [Fact]
    public void Round_trips_every_figure_metadata_and_narrative_through_the_template()
    {
        var figures = FilledTemplate.DistinctFigures();
        var narratives = new Dictionary<string, string> { ["overview"] = "2023年,本单位……\n(一)主动公开", ["problems"] = "存在问题", ["other_matters"] = "无" };
        var request = FilledTemplate.DefaultRequest with { OfficeName = "二道区东站街道办事处" };
        var bytes = FilledTemplate.Create(figures, request, narratives);

        var result = Read(bytes);

        Assert.False(result.IsUnreadable);
        Assert.Empty(result.Findings);
        var document = result.Document!;
        Assert.Equal(SourceFormat.Workbook, document.Format);
        Assert.Equal(200, document.Figures.Count);
        Assert.All(figures, f => Assert.Equal(f.Value, document.Figures[f.Key]));
        Assert.Equal("二道区东站街道办事处", document.Metadata[NationalForm.MetaOfficeName]);
        Assert.Equal("2023", document.Metadata[NationalForm.MetaYear]);
        Assert.Equal(narratives, document.Narratives);
        Assert.Empty(document.CellsWithReadFindings);

        // Locations typed by hand from the template's layout (TemplateLayout), not from its defined names.
        Assert.All(TemplateLayout.FigureCells, c => Assert.Equal(c.Location, document.LocationOf(c.Key)));
        var locations = Form.Figures.Select(f => document.LocationOf(f.Key)).ToList();
        Assert.All(locations, l => Assert.StartsWith("统计表!", l));
        Assert.Equal(200, locations.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TemplateLayout.Figures), MemberType = typeof(TemplateLayout))]
    public void Each_figure_is_read_from_the_cell_the_template_shows_it_in(string key, string location)
    {
        // A value no figure of DistinctFigures has, typed into the cell by its address, not by its name.
        const decimal marker = 424242m;
        var (sheet, cell) = TemplateLayout.Split(location);
        var bytes = WorkbookEditing.Edit(FilledTemplate.Create(FilledTemplate.DistinctFigures()), e => e.SetNumberAt(sheet, cell, marker));

        var document = Read(bytes).Document!;

        Assert.Equal(marker, document.Figures[key]);
        Assert.Equal(location, document.LocationOf(key));
        Assert.Equal([key], document.Figures.Where(f => f.Value == marker).Select(f => f.Key));
    }

    [Theory]
    [MemberData(nameof(TemplateLayout.Metadata), MemberType = typeof(TemplateLayout))]
    public void Each_metadata_field_is_read_from_the_cell_the_template_shows_it_in(string key, string location)
    {
        var (sheet, cell) = TemplateLayout.Split(location);
        var bytes = WorkbookEditing.Edit(FilledTemplate.Create(FilledTemplate.DistinctFigures()), e => e.SetNumberAt(sheet, cell, 2031));

        var document = Read(bytes).Document!;

        Assert.Equal("2031", document.Metadata[key]);
        Assert.Equal(location, document.LocationOf(key));
    }

    [Fact]
    public void A_formula_counts_by_its_cached_value()
    {
        var bytes = WorkbookEditing.Edit(FilledTemplate.Create(FilledTemplate.DistinctFigures()),
            e => e.SetFormula("requests.handled_total.total", "SUM(J12:J32)", 4321));

        var result = Read(bytes);

        Assert.Empty(result.Findings);
        Assert.Equal(4321m, result.Document!.Figures["requests.handled_total.total"]);
    }

    [Fact]
    public void Reads_decimals_faithfully_and_drops_floating_point_noise()
    {
        var bytes = WorkbookEditing.Edit(FilledTemplate.Create(FilledTemplate.DistinctFigures()), e =>
        {
            e.SetNumber("proactive.art20_8.fees.amount_10k_yuan", 12.3456m);
            e.SetFormula("requests.received.total", "0.1+0.2", 0.30000000000000004m);
            e.SetNumber("requests.received.natural_person", 2.5m);
        });

        var figures = Read(bytes).Document!.Figures;

        Assert.Equal(12.3456m, figures["proactive.art20_8.fees.amount_10k_yuan"]);
        Assert.Equal(0.3m, figures["requests.received.total"]);
        Assert.Equal(2.5m, figures["requests.received.natural_person"]); // not an integer: the validator's call
    }

    public static TheoryData<string, string> BrokenCells => new()
    {
        { "formula_without_value", Rules.CellFormulaWithoutValue.Id },
        { "ref_error", Rules.CellErrorValue.Id },
        { "div_error", Rules.CellErrorValue.Id },
        { "shared_number_text", Rules.CellNumberAsText.Id },
        { "inline_number_text", Rules.CellNumberAsText.Id },
        { "chinese_numeral", Rules.CellNotANumber.Id },
        { "blank", Rules.CellBlank.Id },
        { "whitespace", Rules.CellBlank.Id },
    };

    [Theory]
    [MemberData(nameof(BrokenCells))]
    public void A_cell_that_is_not_a_number_gets_its_finding_on_that_cell(string kind, string rule)
    {
        const string key = "requests.handled_total.natural_person";
        var bytes = WorkbookEditing.Edit(FilledTemplate.Create(FilledTemplate.DistinctFigures()), e =>
        {
            switch (kind)
            {
                case "formula_without_value": e.SetFormula(key, "SUM(D12:D32)", null); break;
                case "ref_error": e.SetError(key, "#REF!"); break;
                case "div_error": e.SetError(key, "#DIV/0!"); break;
                case "shared_number_text": e.SetText(key, "12"); break;
                case "inline_number_text": e.SetText(key, "12", inline: true); break;
                case "chinese_numeral": e.SetText(key, "十二"); break;
                case "blank": e.Clear(key); break;
                case "whitespace": e.SetText(key, "  "); break;
            }
        });
        var result = Read(bytes);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(rule, finding.Rule);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(key, finding.Cell);
        Assert.Equal("统计表!D53", finding.Location); // TemplateLayout: (七)总计 is row 53, 自然人 column D
        Assert.StartsWith("三、本年度办理结果 (七)总计 · 自然人:", finding.Message);
        Assert.DoesNotContain(key, result.Document!.Figures.Keys);
        Assert.Contains(key, result.Document.CellsWithReadFindings);
        Assert.Equal(199, result.Document.Figures.Count);
    }

    [Fact]
    public void Messages_quote_what_the_cell_holds()
    {
        var bytes = WorkbookEditing.Edit(FilledTemplate.Create(FilledTemplate.DistinctFigures()), e =>
        {
            e.SetText("requests.handled_total.natural_person", "十二");
            e.Clear("appeals.review.total");
        });

        var findings = Read(bytes).Findings.ToDictionary(f => f.Cell!);

        Assert.Equal("三、本年度办理结果 (七)总计 · 自然人:单元格内容“十二”不是数字", findings["requests.handled_total.natural_person"].Message);
        Assert.Contains("未填写,无数据请填 0", findings["appeals.review.total"].Message);
    }

    [Fact]
    public void A_blank_template_reports_every_figure_blank()
    {
        var result = Read(FilledTemplate.Blank());

        Assert.Equal(200, result.Findings.Count(f => f.Rule == Rules.CellBlank.Id));
        Assert.Empty(result.Document!.Figures);
        Assert.Equal(200, result.Document.CellsWithReadFindings.Count);
    }

    [Fact]
    public void Reads_an_office_copy_of_the_form_by_its_labels()
    {
        var figures = FilledTemplate.DistinctFigures();
        var bytes = OfficeCopyWorkbook.Create(figures);

        var result = Read(bytes);

        Assert.False(result.IsUnreadable);
        Assert.Empty(result.Findings);
        var document = result.Document!;
        Assert.Equal(200, document.Figures.Count);
        Assert.All(figures, f => Assert.Equal(f.Value, document.Figures[f.Key]));
        Assert.Equal("长春市二道区东站街道办事处", document.Metadata[NationalForm.MetaOfficeName]);
        Assert.Equal("2022", document.Metadata[NationalForm.MetaYear]);
        // 四 sits on its own sheet from row 3: three header rows, then the one row of figures.
        Assert.Equal("复议诉讼!A6", document.LocationOf("appeals.review.upheld"));
        Assert.Equal("复议诉讼!O6", document.LocationOf("appeals.litigation_after_review.total"));
    }

    [Fact]
    public void Reads_the_seed_reports_tables_from_an_office_copy()
    {
        var seed = SeedFigures2022.Figures;

        var result = Read(OfficeCopyWorkbook.Create(seed));

        Assert.Empty(result.Findings);
        Assert.Equal(seed, result.Document!.Figures);
        Assert.Equal(165m, result.Document.Figures["requests.handled_total.natural_person"]);
        Assert.Equal(1190m, result.Document.Figures["proactive.art20_8.fees.amount_10k_yuan"]);
        Assert.Equal(9m, result.Document.Figures["appeals.litigation_direct.total"]);
    }

    [Fact]
    public void Finds_narratives_under_their_headings_in_an_office_copy()
    {
        var bytes = GridWorkbook.Create(
            new GridSheet("文字",
            [
                [Form.Section("overview").Title], ["2022年,我区……"], [],
                [Form.Section("problems").Title, "人员不固定。"], [Form.Section("other_matters").Title], ["无"],
            ]));

        var narratives = Read(bytes).Document!.Narratives;

        Assert.Equal("2022年,我区……", narratives["overview"]);
        Assert.Equal("人员不固定。", narratives["problems"]);
        Assert.Equal("无", narratives["other_matters"]);
    }

    [Fact]
    public void An_office_copy_with_blank_and_text_cells_reports_them_where_they_are()
    {
        var figures = FilledTemplate.DistinctFigures();
        figures.Remove("requests.withheld.third_party.research");
        var bytes = OfficeCopyWorkbook.Create(figures);

        var result = Read(bytes);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(Rules.CellBlank.Id, finding.Rule);
        Assert.Equal("requests.withheld.third_party.research", finding.Cell);
        Assert.StartsWith("年报表格!", finding.Location);
    }

    [Fact]
    public void A_template_that_lost_its_names_is_read_by_its_labels()
    {
        var figures = FilledTemplate.DistinctFigures();
        var named = FilledTemplate.Create(figures);
        var bytes = WorkbookEditing.Edit(named, e => e.RemoveDefinedNames());

        var byLabels = Read(bytes);
        var byNames = Read(named);

        Assert.Empty(byLabels.Findings);
        Assert.Equal(200, byLabels.Document!.Figures.Count);
        Assert.All(figures, f => Assert.Equal(f.Value, byLabels.Document.Figures[f.Key]));
        Assert.All(figures, f => Assert.Equal(byNames.Document!.LocationOf(f.Key), byLabels.Document.LocationOf(f.Key)));
        Assert.Equal(FilledTemplate.DefaultRequest.OfficeName, byLabels.Document.Metadata[NationalForm.MetaOfficeName]);
    }

    [Fact]
    public void A_template_whose_labels_were_overwritten_is_read_by_its_names()
    {
        // Every shared text of the workbook (labels, headings) replaced: only the defined names still say where the figures are.
        var figures = FilledTemplate.DistinctFigures();
        var bytes = HostileWorkbooks.Rewrite(FilledTemplate.Create(figures), "xl/sharedStrings.xml",
            xml => System.Text.RegularExpressions.Regex.Replace(xml!, "<(x:)?t( [^>]*)?>[^<]*</(x:)?t>", "<$1t>甲</$1t>"));

        var result = Read(bytes);

        Assert.Equal(200, result.Document!.Figures.Count);
        Assert.All(figures, f => Assert.Equal(f.Value, result.Document.Figures[f.Key]));
        Assert.All(TemplateLayout.FigureCells, c => Assert.Equal(c.Location, result.Document.LocationOf(c.Key)));
        Assert.Equal("甲", result.Document.Metadata[NationalForm.MetaOfficeName]);
    }

    [Fact]
    public void A_workbook_with_neither_names_nor_labels_yields_no_figures()
    {
        var bytes = GridWorkbook.Create(new GridSheet("Sheet1", [["姓名", "年龄"], ["张三", 30]]));

        var result = Read(bytes);

        Assert.False(result.IsUnreadable);
        Assert.Empty(result.Document!.Figures);
    }

    [Fact]
    public void Reads_through_the_format_sniffing_front_door()
    {
        var result = FormFileReader.Read(FilledTemplate.Create(FilledTemplate.DistinctFigures()), "office.xlsx");

        Assert.Equal(SourceFormat.Workbook, result.Document!.Format);
        Assert.Equal(200, result.Document.Figures.Count);
    }
}
