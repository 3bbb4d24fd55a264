using System.Globalization;
using System.Text.RegularExpressions;
using Disclosure.Form;
using Disclosure.Rendering.Pdf;
using Disclosure.Reports;
using Disclosure.Samples;
using Xunit.Abstractions;

namespace Disclosure.Rendering.Tests.Pdf;

/// <summary>
/// The sample district's report as a PDF, read back with poppler-utils as a reader's tools read it: every heading,
/// every narrative character, all 200 figures in the form's order, embedded subset fonts, the document's metadata.
/// The PDF and its pages (PNG) stay under TestResults/artifacts/pdf for people to look at.
/// </summary>
public sealed partial class ReportPdfTests(ITestOutputHelper output)
{
    private static readonly Lazy<RenderedReport> Sample = new(() => RenderedReport.Write(SampleReports.Government(), "sample-district-2022"));

    private static AnnualReport Report => SampleReports.Government();

    [Fact]
    public void Pages_are_kept_as_png_artefacts()
    {
        var pages = Sample.Value.Pages();
        output.WriteLine($"PDF: {Sample.Value.Path} ({Sample.Value.Bytes.Length / 1024.0:0.0} KB)");
        foreach (var page in pages)
        {
            output.WriteLine($"page: {page}");
        }

        Assert.InRange(pages.Count, 3, 8);
        Assert.All(pages, p => Assert.True(new FileInfo(p).Length > 10_000, $"{p} looks blank"));
    }

    [Fact]
    public void The_title_and_every_section_heading_are_in_the_text()
    {
        var lines = Lines(Sample.Value.Text(layout: true));
        Assert.Equal(SampleDistrict.Name, lines[0]);
        Assert.Equal("2022年政府信息公开工作年度报告", lines[1]);
        var at = 0;
        foreach (var section in Report.Edition.Sections)
        {
            var found = lines.FindIndex(at, l => l == section.Title);
            Assert.True(found >= 0, $"heading {section.Title} missing or out of order");
            at = found + 1;
        }
    }

    [Fact]
    public void Every_narrative_character_comes_back_in_order()
    {
        var text = Squeeze(WithoutPageNumbers(Sample.Value.Text(layout: true)));
        var at = 0;
        foreach (var section in Report.Edition.NarrativeSections)
        {
            foreach (var piece in Pieces(Report.Narrative.Section(section.Code)!))
            {
                var found = text.IndexOf(Squeeze(piece), at, StringComparison.Ordinal);
                Assert.True(found >= 0, $"narrative text missing or out of order: {piece}");
                at = found + Squeeze(piece).Length;
            }
        }
    }

    [Fact]
    public void All_200_figures_come_back_in_the_forms_order()
    {
        var form = Report.Edition;
        var text = WithoutPageNumbers(Sample.Value.Text(layout: true));
        var tables = text[text.IndexOf(form.Section("proactive").Title, StringComparison.Ordinal)..text.IndexOf(form.Section("problems").Title, StringComparison.Ordinal)];

        // Every standalone number in the tables (labels such as "1.属于国家秘密" are not numbers), top to bottom and left to right.
        var printed = Whitespace().Split(tables).Where(t => Number().IsMatch(t)).ToList();
        var expected = form.Figures.Select(f => FormTableSpec.Format(Report.Figure(f.Key), f.Kind)).ToList();

        Assert.Equal(200, expected.Count);
        Assert.Equal(expected, printed);
        Assert.Contains("177", printed); // the seed's (七)总计 as printed, slip included
    }

    [Fact]
    public void The_requests_table_continues_on_the_next_page_under_its_header_rows()
    {
        var pages = Sample.Value.Text(layout: true).Split('\f');
        var withRequests = pages.Where(p => p.Contains("自然人", StringComparison.Ordinal)).ToList();
        Assert.True(withRequests.Count >= 2, "the requests table should break across pages with this narrative");
        Assert.All(withRequests, p => Assert.Contains("申请人情况", p));
        Assert.All(withRequests, p => Assert.Contains("法人或其他组织", p));
    }

    [Fact]
    public void Fonts_are_embedded_subsets_and_none_is_type_3()
    {
        var fonts = Poppler.Run("pdffonts", Sample.Value.Path).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        output.WriteLine(string.Join('\n', fonts));
        Assert.NotEmpty(fonts);
        foreach (var line in fonts)
        {
            Assert.Matches(@"^[A-Z]{6}\+", line);
            Assert.DoesNotContain("Type 3", line);
            Assert.Contains("CID TrueType", line);
            Assert.Matches(@"\byes\s+yes\s+yes\b", line); // emb sub uni
        }
    }

    [Fact]
    public void The_document_says_its_title_author_and_language()
    {
        var info = Poppler.Run("pdfinfo", Sample.Value.Path);
        Assert.Contains($"Title:           {Report.Title}", info);
        Assert.Contains($"Author:          {SampleDistrict.Name}", info);
        Assert.Contains("Page size:       595.276 x 841.89 pts (A4)", info);

        using var pdf = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(Sample.Value.Bytes), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        Assert.Equal("zh-CN", pdf.Internals.Catalog.Elements.GetString("/Lang"));
    }

    [Fact]
    public void Page_numbers_are_dashed_at_the_foot_odd_pages_right_even_pages_left()
    {
        var pages = Sample.Value.Pages().Count;
        for (var page = 1; page <= pages; page++)
        {
            var words = Poppler.Run("pdftotext", "-f", $"{page}", "-l", $"{page}", "-bbox", Sample.Value.Path, "-");
            var number = Word().Matches(words).Select(m => (X: double.Parse(m.Groups["x"].Value, CultureInfo.InvariantCulture), Y: double.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), Text: m.Groups["t"].Value))
                .Where(w => w.Y > 745).ToList();
            Assert.Equal(["—", $"{page}", "—"], number.Select(w => w.Text));
            if (page % 2 == 1)
            {
                Assert.True(number[0].X > 595.276 / 2, $"page {page}'s number should be at the right");
            }
            else
            {
                Assert.True(number[^1].X < 595.276 / 2, $"page {page}'s number should be at the left");
            }
        }
    }

    [Fact]
    public void A_missing_narrative_section_prints_the_placeholder()
    {
        var sections = SampleNarrative.Government.Sections.Where(s => s.Key != "problems").ToDictionary();
        var pdf = RenderedReport.Write(SampleReports.Government(narrative: new ReportNarrative(sections)), "missing-problems");
        var text = pdf.Text(layout: true);
        var problems = text.IndexOf(Report.Edition.Section("problems").Title, StringComparison.Ordinal);
        var other = text.IndexOf(Report.Edition.Section("other_matters").Title, StringComparison.Ordinal);
        Assert.Contains(ReportNarrative.Placeholder, text[problems..other]);

        var empty = RenderedReport.Write(SampleReports.Government(narrative: ReportNarrative.Empty), "no-narrative").Text();
        Assert.Equal(3, Regex.Count(empty, Regex.Escape(ReportNarrative.Placeholder)));
    }

    [Fact]
    public void Markup_and_entities_in_a_name_or_the_narrative_print_as_literal_text()
    {
        const string name = "<script>alert(1)</script>&amp;区";
        var narrative = new ReportNarrative(new Dictionary<string, NarrativeSection>
        {
            ["overview"] = new([new NarrativeParagraph("正文<b>不加粗</b>&amp;&lt;x&gt;，<script>alert('x')</script>结束。")]),
        });
        var pdf = RenderedReport.Write(SampleReports.Government(name, narrative), "markup");
        var text = Squeeze(pdf.Text());

        Assert.Contains(Squeeze(name), text);
        Assert.Contains(Squeeze("正文<b>不加粗</b>&amp;&lt;x&gt;，<script>alert('x')</script>结束。"), text);
        Assert.Contains($"Author:          {name}", Poppler.Run("pdfinfo", pdf.Path));
    }

    [Fact]
    public void A_missing_font_file_names_the_setting_to_fix()
    {
        var fonts = ReportFonts.FromSettings(key => key == "Report:Fonts:Heading" ? "/nonexistent/黑体.ttf" : null);
        Assert.Equal(ReportFonts.Bundled.Body, fonts.Body);
        var error = Assert.Throws<FileNotFoundException>(() => new ReportPdfRenderer(fonts));
        Assert.Contains("Report__Fonts__Heading", error.Message);
    }

    [Fact]
    public void A_font_collection_is_refused_with_the_reason()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"collection-{Guid.NewGuid():N}.ttc");
        File.WriteAllBytes(path, [.. "ttcf"u8, 0, 1, 0, 0]);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => new ReportPdfRenderer(ReportFonts.Bundled with { Body = path }));
            Assert.Contains("Report__Fonts__Body", error.Message);
            Assert.Contains(".ttc", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_deployments_own_font_files_are_used_when_configured()
    {
        // The bundled sans face standing in for a licensed 仿宋: the body is then set in it.
        var fonts = ReportFonts.FromSettings(key => key == "Report:Fonts:Body" ? "fonts/NotoSansSC_400Regular.ttf" : null);
        Assert.Equal(System.IO.Path.Combine(ReportFonts.BundledFolder, "NotoSansSC_400Regular.ttf"), fonts.Body);
        var path = System.IO.Path.Combine(RenderedReport.ArtifactFolder(), "configured-fonts.pdf");
        File.WriteAllBytes(path, new ReportPdfRenderer(fonts).Render(Report));
        Assert.Contains("Noto Sans SC Regular", Poppler.Run("pdffonts", path));
    }

    [Fact]
    public void A_long_narrative_runs_over_pages_and_comes_back_whole()
    {
        var paragraph = string.Concat(Enumerable.Repeat("全区持续深化政务公开，围绕“放管服”改革、优化营商环境等重点工作，做好政策解读和回应关切（见附表），", 6)) + "提升公开质效。";
        var blocks = new List<NarrativeBlock>();
        for (var i = 1; i <= 8; i++)
        {
            blocks.Add(new NarrativeHeading($"（{"一二三四五六七八"[i - 1]}）第{i}项工作"));
            blocks.Add(new NarrativeParagraph(paragraph));
        }

        var narrative = new ReportNarrative(new Dictionary<string, NarrativeSection>(SampleNarrative.Government.Sections) { ["problems"] = new(blocks) });
        var pdf = RenderedReport.Write(SampleReports.Government(narrative: narrative), "long-narrative");
        var pages = pdf.Pages();
        output.WriteLine(string.Join('\n', pages));

        var text = Squeeze(WithoutPageNumbers(pdf.Text(layout: true)));
        Assert.Equal(8, Regex.Count(text, Regex.Escape(Squeeze(paragraph))));
        var layout = pdf.Text(layout: true);
        var problems = layout[layout.IndexOf(Report.Edition.Section("problems").Title, StringComparison.Ordinal)..layout.IndexOf(Report.Edition.Section("other_matters").Title, StringComparison.Ordinal)];
        Assert.All(Lines(WithoutPageNumbers(problems)), l => Assert.False(LineStartsWithClosingMark(l), $"a line begins with a closing mark: {l}"));
    }

    private static bool LineStartsWithClosingMark(string line) => Disclosure.Rendering.Pdf.Layout.LineBreaker.NoLineStart.Contains(line[0]) && line[0] is not '—';

    [Fact]
    public void One_renderer_serves_several_reports_at_once()
    {
        var reports = Enumerable.Range(1, 4).Select(i => SampleReports.Government($"{SampleDistrict.Name}{i}号")).ToList();
        var pdfs = new byte[reports.Count][];
        Parallel.For(0, reports.Count, i => pdfs[i] = RenderedReport.Renderer.Render(reports[i]));

        for (var i = 0; i < reports.Count; i++)
        {
            var path = System.IO.Path.Combine(RenderedReport.ArtifactFolder(), $"parallel-{i + 1}.pdf");
            File.WriteAllBytes(path, pdfs[i]);
            Assert.Contains($"Title:           {reports[i].Title}", Poppler.Run("pdfinfo", path));
            File.Delete(path);
        }
    }

    private static IEnumerable<string> Pieces(NarrativeSection section) => section.Blocks.SelectMany(block => block switch
    {
        NarrativeHeading h => [h.Text],
        NarrativeParagraph p => [p.Text],
        NarrativeList l => l.Items,
        NarrativeTable t => t.Rows.SelectMany(r => r),
        _ => Enumerable.Empty<string>(),
    });

    private static List<string> Lines(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static string Squeeze(string text) => Whitespace().Replace(text, "");

    private static string WithoutPageNumbers(string text) => PageNumberLine().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\d+(\.\d+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\s*—\s*\d+\s*—\s*$", RegexOptions.Multiline)]
    private static partial Regex PageNumberLine();

    [GeneratedRegex("<word xMin=\"(?<x>[0-9.]+)\" yMin=\"(?<y>[0-9.]+)\"[^>]*>(?<t>[^<]*)</word>")]
    private static partial Regex Word();
}
