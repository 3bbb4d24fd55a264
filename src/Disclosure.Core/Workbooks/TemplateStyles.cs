using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Disclosure.Workbooks;

/// <summary>The template's stylesheet: cell formats in <see cref="CellStyle"/> order, and the two check highlights.</summary>
internal static class TemplateStyles
{
    public const uint ErrorHighlight = 0;
    public const uint WarningHighlight = 1;

    private const string FontName = "宋体";
    private const string InputFill = "FFFFF2CC";
    private const string HeaderFill = "FFF2F2F2";
    private const string PrefilledFill = "FFE7E6E6";

    private enum FontId : uint { Body, Bold, Title, Note }

    private enum FillId : uint { None, Gray125, Input, Header, Prefilled }

    private const uint NoBorder = 0;
    private const uint Thin = 1;
    private const uint General = 0;
    private const uint TextFormat = 49;

    public static Stylesheet Build()
    {
        var fonts = new Fonts(
            Font(11, bold: false),
            Font(11, bold: true),
            Font(16, bold: true),
            Font(9, bold: false, color: "FF595959"));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid(InputFill),
            Solid(HeaderFill),
            Solid(PrefilledFill));
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
                new RightBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
                new TopBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
                new BottomBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
                new DiagonalBorder()));

        var formats = new Dictionary<CellStyle, CellFormat>
        {
            [CellStyle.Default] = Format(FontId.Body, FillId.None, NoBorder),
            [CellStyle.Title] = Format(FontId.Title, FillId.None, NoBorder, HorizontalAlignmentValues.Center),
            [CellStyle.Note] = Format(FontId.Note, FillId.None, NoBorder, HorizontalAlignmentValues.Left, wrap: true),
            [CellStyle.SectionHeading] = Format(FontId.Bold, FillId.None, NoBorder, HorizontalAlignmentValues.Left),
            [CellStyle.TableHeading] = Format(FontId.Bold, FillId.None, Thin, HorizontalAlignmentValues.Left),
            [CellStyle.Header] = Format(FontId.Bold, FillId.Header, Thin, HorizontalAlignmentValues.Center, wrap: true),
            [CellStyle.Label] = Format(FontId.Body, FillId.None, Thin, HorizontalAlignmentValues.Left, wrap: true),
            [CellStyle.GroupLabel] = Format(FontId.Body, FillId.None, Thin, HorizontalAlignmentValues.Center, wrap: true),
            [CellStyle.CountInput] = Format(FontId.Body, FillId.Input, Thin, unlocked: true),
            [CellStyle.AmountInput] = Format(FontId.Body, FillId.Input, Thin, unlocked: true),
            [CellStyle.TextInput] = Format(FontId.Body, FillId.Input, Thin, HorizontalAlignmentValues.Left, wrap: true, unlocked: true, numberFormat: TextFormat),
            [CellStyle.NarrativeInput] = Format(FontId.Body, FillId.Input, Thin, HorizontalAlignmentValues.Left, wrap: true, unlocked: true,
                numberFormat: TextFormat, top: true),
            [CellStyle.Prefilled] = Format(FontId.Body, FillId.Prefilled, Thin, HorizontalAlignmentValues.Left),
        };

        var cellFormats = new CellFormats();
        foreach (var style in Enum.GetValues<CellStyle>().OrderBy(s => (uint)s))
        {
            cellFormats.Append(formats[style]);
        }

        return new Stylesheet(
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }),
            cellFormats,
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }),
            new DifferentialFormats(Highlight("FF9C0006", "FFFFC7CE"), Highlight("FF9C5700", "FFFFEB9C")));
    }

    private static Font Font(double size, bool bold, string? color = null)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size });
        font.Append(color is null ? new Color { Theme = 1 } : new Color { Rgb = color });
        font.Append(new FontName { Val = FontName });
        font.Append(new FontFamilyNumbering { Val = 2 });
        font.Append(new FontCharSet { Val = 134 });
        return font;
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static DifferentialFormat Highlight(string fontColor, string fillColor) =>
        new(new Font(new Color { Rgb = fontColor }), new Fill(new PatternFill(new BackgroundColor { Rgb = fillColor })));

    private static CellFormat Format(
        FontId font,
        FillId fill,
        uint border,
        HorizontalAlignmentValues? horizontal = null,
        bool wrap = false,
        bool unlocked = false,
        uint numberFormat = General,
        bool top = false)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = (uint)font,
            FillId = (uint)fill,
            BorderId = border,
            FormatId = 0,
            ApplyFont = font != FontId.Body,
            ApplyFill = fill != FillId.None,
            ApplyBorder = border != NoBorder,
            ApplyNumberFormat = numberFormat != General,
            ApplyAlignment = true,
            ApplyProtection = unlocked,
        };
        format.Append(new Alignment
        {
            Horizontal = horizontal,
            Vertical = top ? VerticalAlignmentValues.Top : VerticalAlignmentValues.Center,
            WrapText = wrap ? true : null,
        });
        if (unlocked)
        {
            format.Append(new Protection { Locked = false });
        }

        return format;
    }
}
