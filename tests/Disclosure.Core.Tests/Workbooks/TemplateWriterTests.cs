using Disclosure.Form;
using Disclosure.Workbooks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Disclosure.Tests.Workbooks;

public class TemplateWriterTests
{
    private static readonly FormEdition Form = NationalForm.Edition2021;

    [Fact]
    public void Every_cell_key_is_a_legal_excel_name()
    {
        var keys = Form.Figures.Select(f => f.Key).Concat(Form.Metadata.Select(m => m.Key)).Concat(Form.NarrativeSections.Select(WorkbookNames.NarrativeKey));
        Assert.All(keys, k => Assert.True(WorkbookNames.IsLegalName(k), k));
        Assert.All(keys, k => Assert.Equal(k, WorkbookNames.KeyOf(WorkbookNames.ForKey(k))));
    }

    [Theory]
    [InlineData("A1")]
    [InlineData("xfd1048576")]
    [InlineData("R1C1")]
    [InlineData("r")]
    [InlineData("1abc")]
    [InlineData("a b")]
    [InlineData("a-b")]
    public void Names_excel_refuses_are_not_legal(string name) => Assert.False(WorkbookNames.IsLegalName(name));

    [Fact]
    public void Names_every_figure_metadata_and_narrative_cell()
    {
        using var document = Open(FilledTemplate.Blank());
        var names = document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>()
            .Where(n => n.LocalSheetId is null).Select(n => n.Name!.Value!).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(200 + 5 + 3, names.Count);
        Assert.All(Form.Figures, f => Assert.Contains(f.Key, names));
        Assert.All(Form.Metadata, m => Assert.Contains(m.Key, names));
        Assert.Contains("narrative.overview", names);
        Assert.Contains("narrative.problems", names);
        Assert.Contains("narrative.other_matters", names);
    }

    [Fact]
    public void Prefills_the_office_metadata()
    {
        var result = XlsxFormReader.Read(FilledTemplate.Blank(), "t.xlsx", Disclosure.Reading.ReadLimits.Default, Form);
        var meta = result.Document!.Metadata;
        Assert.Equal("220105001", meta[NationalForm.MetaOfficeId]);
        Assert.Equal("长春市二道区人民政府办公室", meta[NationalForm.MetaOfficeName]);
        Assert.Equal("2023", meta[NationalForm.MetaYear]);
        Assert.Equal(TemplateWriter.TemplateVersion, meta[NationalForm.MetaTemplateVersion]);
        Assert.Equal("王五 0431-89177997", meta[NationalForm.MetaContact]);
    }

    [Fact]
    public void Is_a_valid_open_xml_package()
    {
        using var document = Open(FilledTemplate.Blank());
        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void Sheets_are_protected_without_password_with_inputs_unlocked_and_labels_locked()
    {
        using var document = Open(FilledTemplate.Blank());
        var workbook = document.WorkbookPart!;
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        bool Locked(Cell c) => formats[(int)(c.StyleIndex?.Value ?? 0)].Protection?.Locked?.Value ?? true;

        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var protection = part.Worksheet.GetFirstChild<SheetProtection>();
            Assert.NotNull(protection);
            Assert.True(protection.Sheet?.Value);
            Assert.Null(protection.Password);
            Assert.Null(protection.HashValue);
        }

        var cells = AllCells(document);
        var inputs = Form.Figures.Select(f => f.Key).Append(NationalForm.MetaOfficeName).Append(NationalForm.MetaContact).Append("narrative.overview");
        Assert.All(inputs, key => Assert.False(Locked(cells[key]), key));
        Assert.True(Locked(cells[NationalForm.MetaYear]));
        Assert.True(Locked(cells[NationalForm.MetaOfficeId]));

        var labelCell = AllSheetCells(document, TemplateWriter.StatisticsSheetName).First(c => c.DataType?.Value == CellValues.SharedString);
        Assert.True(Locked(labelCell));
    }

    [Fact]
    public void Validates_counts_as_whole_numbers_and_the_fee_as_a_decimal()
    {
        using var document = Open(FilledTemplate.Blank());
        var sheet = Worksheet(document, TemplateWriter.StatisticsSheetName);
        var validations = sheet.Descendants<DataValidation>().ToList();
        string RefOf(string key) => Ref(document, key);

        var whole = validations.Single(v => v.Type?.Value == DataValidationValues.Whole);
        var @decimal = validations.Single(v => v.Type?.Value == DataValidationValues.Decimal);
        var wholeCells = (whole.SequenceOfReferences!.InnerText ?? "").Split(' ');
        Assert.Equal(199, wholeCells.Length);
        Assert.All(Form.Figures.Where(f => f.Kind == FigureKind.Count), f => Assert.Contains(RefOf(f.Key), wholeCells));
        Assert.Equal(RefOf("proactive.art20_8.fees.amount_10k_yuan"), @decimal.SequenceOfReferences!.InnerText);
        Assert.All(validations, v =>
        {
            Assert.Equal(DataValidationOperatorValues.GreaterThanOrEqual, v.Operator?.Value);
            Assert.Equal("0", v.Formula1!.Text);
        });
    }

    [Fact]
    public void Highlights_each_checked_total_from_the_form_rules()
    {
        using var document = Open(FilledTemplate.Blank());
        var rules = Worksheet(document, TemplateWriter.StatisticsSheetName).Elements<ConditionalFormatting>().ToList();
        Assert.Equal(Form.Checks.Count, rules.Count);

        var handled = rules.Where(r => r.SequenceOfReferences!.InnerText == Ref(document, "requests.handled_total.natural_person"))
            .Select(r => r.GetFirstChild<ConditionalFormattingRule>()!.GetFirstChild<Formula>()!.Text).ToList();
        var disclosed = Ref(document, "requests.disclosed.natural_person");
        var otherOther = Ref(document, "requests.other.other.natural_person");
        // (七)总计 against its 21 outcome rows, and (as part of the row) against the six applicant columns.
        Assert.Contains(handled, f => f.Contains($"SUM(${disclosed[..1]}${disclosed[1..]}:${otherOther[..1]}${otherOther[1..]})", StringComparison.Ordinal));
    }

    [Fact]
    public void Prints_on_a4_fitted_to_the_page_width()
    {
        using var document = Open(FilledTemplate.Blank());
        var statistics = Worksheet(document, TemplateWriter.StatisticsSheetName).GetFirstChild<PageSetup>()!;
        Assert.Equal(9u, statistics.PaperSize!.Value);
        Assert.Equal(OrientationValues.Landscape, statistics.Orientation!.Value);
        Assert.Equal(1u, statistics.FitToWidth!.Value);
        Assert.Equal(0u, statistics.FitToHeight!.Value);
        Assert.Equal(OrientationValues.Portrait, Worksheet(document, TemplateWriter.NarrativeSheetName).GetFirstChild<PageSetup>()!.Orientation!.Value);
    }

    [Fact]
    public void Lays_out_appeals_as_one_row_of_fifteen_figures_and_requests_with_merged_headers()
    {
        using var document = Open(FilledTemplate.Blank());
        var appeals = Form.Appeals;
        var refs = Form.Figures.Where(f => f.Table == appeals).Select(f => Ref(document, f.Key)).ToList();
        Assert.Equal(15, refs.Count);
        Assert.Single(refs.Select(r => new string(r.SkipWhile(char.IsLetter).ToArray())).Distinct());

        var sheet = Worksheet(document, TemplateWriter.StatisticsSheetName);
        var texts = SharedTexts(document);
        string? TextAt(string reference) => sheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference) is { DataType.Value: var t } cell
            && t == CellValues.SharedString ? texts[int.Parse(cell.CellValue!.Text)] : null;
        var merges = sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();
        var mergedTexts = merges.Select(m => TextAt(m.Split(':')[0])).ToList();
        Assert.Contains("法人或其他组织", mergedTexts);
        Assert.Contains("申请人情况", mergedTexts);
        Assert.Contains("三、本年度办理结果", mergedTexts);
        Assert.Contains("(三)不予公开", mergedTexts);
        Assert.Contains("行政诉讼", mergedTexts);
        Assert.Contains("行政复议", mergedTexts);
    }

    [Fact]
    public void Writes_to_a_non_seekable_stream()
    {
        using var inner = new MemoryStream();
        using (var forwardOnly = new BufferedStream(new ForwardOnlyStream(inner)))
        {
            TemplateWriter.Write(forwardOnly, FilledTemplate.DefaultRequest);
        }

        // The bytes are a whole template: read back, it is the office's blank form with the request's metadata.
        var read = Disclosure.Reading.FormFileReader.Read(inner.ToArray(), "template.xlsx");
        Assert.False(read.IsUnreadable, string.Join("; ", read.Findings.Select(f => f.Message)));
        Assert.Equal("220105001", read.Document!.Metadata[NationalForm.MetaOfficeId]);
        Assert.Equal("长春市二道区人民政府办公室", read.Document.Metadata[NationalForm.MetaOfficeName]);
        Assert.Equal("2023", read.Document.Metadata[NationalForm.MetaYear]);
        Assert.Empty(read.Document.Figures);
    }

    internal static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    private static Worksheet Worksheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    private static string Ref(SpreadsheetDocument document, string key) =>
        document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Single(n => n.Name == key).Text.Split('!')[1].Replace("$", "", StringComparison.Ordinal);

    private static List<string> SharedTexts(SpreadsheetDocument document) =>
        document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();

    private static IEnumerable<Cell> AllSheetCells(SpreadsheetDocument document, string sheet) => Worksheet(document, sheet).Descendants<Cell>();

    private static Dictionary<string, Cell> AllCells(SpreadsheetDocument document)
    {
        var result = new Dictionary<string, Cell>(StringComparer.Ordinal);
        foreach (var name in document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Where(n => n.LocalSheetId is null))
        {
            var parts = name.Text.Split('!');
            var reference = parts[1].Replace("$", "", StringComparison.Ordinal);
            result[name.Name!.Value!] = AllSheetCells(document, parts[0].Trim('\'')).Single(c => c.CellReference == reference);
        }

        return result;
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
