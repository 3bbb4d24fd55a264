using Disclosure.Form;
using Disclosure.Rendering.Pdf.Layout;
using Disclosure.Reports;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Disclosure.Rendering.Pdf;

/// <summary>
/// The report's PDF, laid out as a Chinese official document (GB/T 9704 habits): A4, type area 156 × 225 mm at
/// 37 mm from the top and 28 mm from the left; the title 22 pt on two lines (the body, then the year's line);
/// section headings 16 pt in the heading face; body text 16 pt justified with a two-character first-line indent,
/// 22 lines a page; sections 二、三、四 the national form's tables (10.5 pt, full borders, merged cells, header rows
/// repeated on continued pages); page numbers "— 1 —" 14 pt at the foot, odd pages right and even pages left.
/// Fonts are embedded as TrueType subsets. Safe to share between threads: each render has its own document.
/// </summary>
public sealed class ReportPdfRenderer
{
    private static readonly double Mm = 72 / 25.4;
    private static readonly double PageWidth = 210 * Mm;
    private static readonly double PageHeight = 297 * Mm;
    private static readonly double Left = 28 * Mm;
    private static readonly double Top = 37 * Mm;
    private static readonly double TypeWidth = 156 * Mm;
    private static readonly double TypeHeight = 225 * Mm;
    private static readonly double Bottom = Top + TypeHeight;

    private const double BodySize = 16;
    private const double TitleSize = 22;
    private const double TableSize = 10.5;
    private const double PageNumberSize = 14;
    private const double Ascent = 0.88; // of the em, for a baseline in a line box (Noto CJK and most Chinese faces)
    private static readonly double BodyPitch = TypeHeight / 22;
    private const double TitlePitch = 36;
    private static readonly TableStyle TableStyle = new(TableSize * 1.3, 3, 3.5);

    private readonly string _body;
    private readonly string _bold;
    private readonly string _heading;
    private readonly string _title;

    /// <summary>A renderer over the bundled fonts (<see cref="ReportFonts.Bundled"/>).</summary>
    /// <summary>The file's name among a report's outputs.</summary>
    public const string FileName = "report.pdf";

    public ReportPdfRenderer()
        : this(ReportFonts.Bundled)
    {
    }

    /// <summary>A renderer over <paramref name="fonts"/>; throws at once, naming the setting, when a file is missing or unusable.</summary>
    public ReportPdfRenderer(ReportFonts fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        fonts.Check();
        Fonts = fonts;
        _body = ReportFontResolver.Register(fonts.Body);
        _bold = ReportFontResolver.Register(fonts.Bold);
        _heading = ReportFontResolver.Register(fonts.Heading);
        _title = ReportFontResolver.Register(fonts.Title);
    }

    private static readonly Lazy<ReportPdfRenderer> SharedRenderer = new(FromEnvironment);

    /// <summary>
    /// One renderer for the process, over the fonts the environment names (<c>Report__Fonts__*</c>) or the bundled ones;
    /// built on first use (reading the fonts takes under a second), then shared.
    /// </summary>
    public static ReportPdfRenderer Shared => SharedRenderer.Value;

    /// <summary>A renderer over the fonts the environment names (<c>Report__Fonts__Body</c> …), the bundled ones otherwise.</summary>
    public static ReportPdfRenderer FromEnvironment() => new(ReportFonts.FromEnvironment());

    /// <summary>A renderer over the fonts a configuration names (<c>Report:Fonts:Body</c> …; pass <c>key => configuration[key]</c>).</summary>
    public static ReportPdfRenderer FromSettings(Func<string, string?> setting) => new(ReportFonts.FromSettings(setting));

    public ReportFonts Fonts { get; }

    /// <summary>Writes the report's PDF to <paramref name="output"/> (left open).</summary>
    public void Render(AnnualReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var document = Compose(report);
        document.Save(output, closeStream: false);
    }

    /// <summary>The report's PDF as bytes.</summary>
    public byte[] Render(AnnualReport report)
    {
        using var buffer = new MemoryStream();
        Render(report, buffer);
        return buffer.ToArray();
    }

    private PdfDocument Compose(AnnualReport report)
    {
        var document = new PdfDocument();
        document.Info.Title = report.Title;
        document.Info.Author = report.Body.Name;
        document.Info.Subject = report.Edition.Title;
        document.Info.Creator = "Disclosure";
        if (report.PublishedUtc is { } published)
        {
            document.Info.CreationDate = published.UtcDateTime;
            document.Info.ModificationDate = published.UtcDateTime;
        }

        document.Language = "zh-CN";
        document.ViewerPreferences.DisplayDocTitle = true;
        document.Options.CompressContentStreams = true;
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.Default;

        try
        {
            var page = new PageFlow(document, new Typefaces(_body, _bold, _heading, _title));
            page.Title(report.Body.Name, report.TitleYearLine);
            foreach (var section in report.Edition.Sections)
            {
                if (section.IsNarrative)
                {
                    page.Heading(section.Title);
                    Narrative(page, report.Narrative.Section(section.Code));
                }
                else
                {
                    var grid = report.Edition.Grids.Single(g => g.Section == section);
                    var spec = FormTableSpec.Create(grid, report.Figure, TypeWidth, TableSize, TableStyle.PaddingX);
                    page.Table(spec, section.Title);
                }
            }

            page.Finish();
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private static void Narrative(PageFlow page, NarrativeSection? section)
    {
        if (section is not { Blocks.Count: > 0 })
        {
            page.Paragraph(ReportNarrative.Placeholder, bold: false);
            return;
        }

        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case NarrativeHeading heading:
                    page.Paragraph(heading.Text, bold: true, keepWithNext: true);
                    break;
                case NarrativeParagraph paragraph:
                    page.Paragraph(paragraph.Text, bold: false);
                    break;
                case NarrativeList list:
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        page.Paragraph(list.Ordered ? $"{i + 1}. {list.Items[i]}" : $"· {list.Items[i]}", bold: false);
                    }

                    break;
                case NarrativeTable table when table.Rows.Count > 0:
                    page.Table(NarrativeTableSpec(table, page.TableMeasure(false)), heading: null);
                    break;
            }
        }
    }

    /// <summary>An author's table: the first row a bold header, numbers right-aligned, columns in proportion to their text.</summary>
    private static TableSpec NarrativeTableSpec(NarrativeTable table, MeasureText measure)
    {
        var columns = table.Rows.Max(r => r.Count);
        var natural = Enumerable.Range(0, columns)
            .Select(c => table.Rows.Select(r => c < r.Count ? measure(r[c]) : 0).DefaultIfEmpty(0).Max() + 2 * TableStyle.PaddingX + TableSize)
            .ToArray();
        var total = natural.Sum();
        var widths = natural.Select(w => w / total * TypeWidth).ToArray();
        var cells = new List<TableCell>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var text = c < table.Rows[r].Count ? table.Rows[r][c] : "";
                var align = r == 0 ? TextAlign.Center : IsNumber(text) ? TextAlign.Right : TextAlign.Left;
                cells.Add(new TableCell(r, c, 1, 1, text, align, Bold: r == 0));
            }
        }

        return new TableSpec(table.Rows.Count, widths, cells, new HashSet<int> { 0 });
    }

    private static bool IsNumber(string text) =>
        text.Length > 0 && text.All(ch => char.IsAsciiDigit(ch) || ch is ',' or '.' or '%' or '-' or '+');

    private sealed record Typefaces(string Body, string Bold, string Heading, string Title);

    /// <summary>The document as it is written: the current page, where the next line goes, and the fonts with their measures.</summary>
    private sealed class PageFlow
    {
        private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
        private readonly PdfDocument _document;
        private readonly XGraphics _measure;
        private readonly Dictionary<XFont, Dictionary<string, double>> _widths = [];
        private readonly XFont _bodyFont;
        private readonly XFont _boldFont;
        private readonly XFont _headingFont;
        private readonly XFont _titleFont;
        private readonly XFont _tableFont;
        private readonly XFont _tableBoldFont;
        private readonly XFont _pageNumberFont;
        private readonly XPen _rule = new(XColors.Black, 0.5);
        private XGraphics? _gfx;
        private int _pages;
        private double _y;

        public PageFlow(PdfDocument document, Typefaces faces)
        {
            _document = document;
            _measure = XGraphics.CreateMeasureContext(new XSize(PageWidth, PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
            _bodyFont = Font(faces.Body, BodySize);
            _boldFont = Font(faces.Bold, BodySize);
            _headingFont = Font(faces.Heading, BodySize);
            _titleFont = Font(faces.Title, TitleSize);
            _tableFont = Font(faces.Body, TableSize);
            _tableBoldFont = Font(faces.Bold, TableSize);
            _pageNumberFont = Font(faces.Body, PageNumberSize);
        }

        private static XFont Font(string family, double size) => new(family, size, XFontStyleEx.Regular, Unicode);

        private XGraphics Gfx => _gfx ?? NewPage();

        public MeasureText TableMeasure(bool bold) => Measure(bold ? _tableBoldFont : _tableFont);

        private MeasureText Measure(XFont font)
        {
            if (!_widths.TryGetValue(font, out var cache))
            {
                _widths[font] = cache = new Dictionary<string, double>(StringComparer.Ordinal);
            }

            return text =>
            {
                if (!cache.TryGetValue(text, out var width))
                {
                    cache[text] = width = _measure.MeasureString(text, font).Width;
                }

                return width;
            };
        }

        private XGraphics NewPage()
        {
            _gfx?.Dispose();
            var page = _document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            _gfx = XGraphics.FromPdfPage(page);
            _pages++;
            _y = Top;
            PageNumber(_gfx, _pages);
            return _gfx;
        }

        /// <summary>"— 1 —" at the foot, 7 mm under the type area; odd pages at the right, even at the left, one character in.</summary>
        private void PageNumber(XGraphics gfx, int number)
        {
            var text = $"— {number} —";
            var baseline = Bottom + 7 * Mm + PageNumberSize * Ascent;
            var width = Measure(_pageNumberFont)(text);
            var x = number % 2 == 1 ? Left + TypeWidth - PageNumberSize - width : Left + PageNumberSize;
            gfx.DrawString(text, _pageNumberFont, XBrushes.Black, x, baseline, XStringFormats.BaseLineLeft);
        }

        /// <summary>Starts a new page unless <paramref name="height"/> more points fit on this one (or it is still empty).</summary>
        private void Need(double height)
        {
            if (_gfx is null || (_y + height > Bottom + 0.01 && _y > Top))
            {
                NewPage();
            }
        }

        public void Title(string name, string yearLine)
        {
            var measure = Measure(_titleFont);
            var lines = LineBreaker.Break(name, TypeWidth, measure).Concat(LineBreaker.Break(yearLine, TypeWidth, measure)).ToList();
            foreach (var line in lines)
            {
                Need(TitlePitch);
                DrawLine(line, _titleFont, TitleSize, TitlePitch, TextAlign.Center, isLast: true);
            }

            _y += BodyPitch; // a blank line under the title
        }

        public void Heading(string text)
        {
            var lines = LineBreaker.Break(text, TypeWidth, Measure(_headingFont), 2 * BodySize);
            Need((lines.Count + 1) * BodyPitch);
            foreach (var line in lines)
            {
                DrawLine(line, _headingFont, BodySize, BodyPitch, TextAlign.Left, isLast: true);
            }
        }

        public void Paragraph(string text, bool bold, bool keepWithNext = false)
        {
            var font = bold ? _boldFont : _bodyFont;
            var lines = LineBreaker.Break(text, TypeWidth, Measure(font), 2 * BodySize);
            // Keep a sub-heading with the next line, and never leave one line of a paragraph alone at the foot.
            Need(Math.Min(lines.Count, 2) * BodyPitch + (keepWithNext ? BodyPitch : 0));
            for (var i = 0; i < lines.Count; i++)
            {
                // No last line alone at the top of a page: the line before it goes over with it.
                Need(i > 0 && i == lines.Count - 2 ? 2 * BodyPitch : BodyPitch);
                DrawLine(lines[i], font, BodySize, BodyPitch, TextAlign.Justify, isLast: i == lines.Count - 1);
            }
        }

        private void DrawLine(TextLine line, XFont font, double size, double pitch, TextAlign align, bool isLast)
        {
            var gfx = Gfx;
            var baseline = _y + (pitch - size) / 2 + size * Ascent;
            foreach (var piece in line.Place(TypeWidth, align, isLast))
            {
                gfx.DrawString(piece.Text, font, XBrushes.Black, Left + piece.X, baseline, XStringFormats.BaseLineLeft);
            }

            _y += pitch;
        }

        /// <summary>A table (with the section heading over it when given), broken across pages with its header rows repeated.</summary>
        public void Table(TableSpec spec, string? heading)
        {
            var layout = TableLayout.Create(spec, TableStyle, TableMeasure);
            var headingHeight = heading is null ? 0 : BodyPitch;
            _ = Gfx;
            var slices = layout.Paginate(Bottom - _y - headingHeight, TypeHeight);
            if (slices[0].IsEmpty && _y > Top)
            {
                NewPage();
                slices = layout.Paginate(TypeHeight - headingHeight, TypeHeight);
            }

            if (heading is not null)
            {
                Heading(heading);
            }

            var textSlice = TextSlices(layout, slices);
            for (var i = 0; i < slices.Count; i++)
            {
                if (i > 0)
                {
                    NewPage();
                }

                if (!slices[i].IsEmpty)
                {
                    DrawSlice(layout, slices[i], cell => textSlice.GetValueOrDefault(cell, i) == i);
                }
            }

            _y += BodyPitch / 2;
        }

        /// <summary>
        /// Where a merged cell broken across pages prints its text: in its tallest part (as Hongze's vertical 三 label).
        /// Cells of repeated header rows print on every page.
        /// </summary>
        private static Dictionary<LaidCell, int> TextSlices(TableLayout layout, IReadOnlyList<TableSlice> slices)
        {
            var chosen = new Dictionary<LaidCell, int>();
            foreach (var cell in layout.Cells.Where(c => c.Cell.RowSpan > 1))
            {
                var best = -1;
                var tallest = 0.0;
                for (var i = 0; i < slices.Count; i++)
                {
                    var height = 0.0;
                    for (var r = Math.Max(cell.Cell.Row, slices[i].FirstRow); r <= Math.Min(cell.Cell.LastRow, slices[i].LastRow); r++)
                    {
                        height += layout.RowHeights[r];
                    }

                    if (height > tallest)
                    {
                        (best, tallest) = (i, height);
                    }
                }

                if (best >= 0)
                {
                    chosen[cell] = best;
                }
            }

            return chosen;
        }

        private void DrawSlice(TableLayout layout, TableSlice slice, Func<LaidCell, bool> printsText)
        {
            var gfx = Gfx;
            var top = new Dictionary<int, double>();
            var y = _y;
            foreach (var row in slice.Rows)
            {
                top[row] = y;
                y += layout.RowHeights[row];
            }

            foreach (var cell in layout.Cells)
            {
                var rows = Enumerable.Range(cell.Cell.Row, cell.Cell.RowSpan).Where(top.ContainsKey).ToList();
                if (rows.Count == 0)
                {
                    continue;
                }

                var cellTop = top[rows[0]];
                var height = rows.Sum(r => layout.RowHeights[r]);
                var rect = new XRect(Left + cell.X, cellTop, cell.Width, height);
                gfx.DrawRectangle(_rule, rect);

                if (!printsText(cell) && !slice.RepeatedRows.Contains(cell.Cell.Row))
                {
                    continue;
                }

                var font = cell.Cell.Bold ? _tableBoldFont : _tableFont;
                var fits = (int)Math.Floor((height - 2 * TableStyle.PaddingY + 0.01) / TableStyle.LineHeight);
                var lines = cell.Lines.Take(Math.Max(0, fits)).ToList();
                var textTop = cellTop + (height - lines.Count * TableStyle.LineHeight) / 2;
                var inner = cell.Width - 2 * TableStyle.PaddingX;
                var downwards = cell.Lines.Count > 1 && inner < 2 * TableSize && cell.Lines.All(l => l.Pieces.Count == 1);
                foreach (var line in lines)
                {
                    var baseline = textTop + (TableStyle.LineHeight - TableSize) / 2 + TableSize * Ascent;
                    foreach (var piece in line.Place(inner, cell.Cell.Align, isLastLine: true))
                    {
                        // Text read downwards sets 、，。 in the upper right of their square, as vertical type does.
                        var shift = downwards && piece.Text is "、" or "，" or "。" ? TableSize * 0.55 : 0;
                        gfx.DrawString(piece.Text, font, XBrushes.Black, Left + cell.X + TableStyle.PaddingX + piece.X + shift, baseline - shift, XStringFormats.BaseLineLeft);
                    }

                    textTop += TableStyle.LineHeight;
                }
            }

            _y = y;
        }

        public void Finish()
        {
            _ = Gfx;
            _gfx?.Dispose();
            _gfx = null;
            _measure.Dispose();
        }
    }
}
