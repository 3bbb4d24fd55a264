using Disclosure.Reading;

namespace Disclosure.Tests.Reading;

/// <summary>How figures are printed in messages, and where a printed figure stops being one.</summary>
public class FigureTextTests
{
    [Theory]
    [InlineData("1190", "1190")]
    [InlineData("7730.28", "7730.28")]
    [InlineData("12.3400", "12.34")]
    [InlineData("0.0001", "0.0001")]
    [InlineData("-3", "-3")]
    [InlineData("0", "0")]
    [InlineData("1234567.000000001", "1234567.000000001")]
    public void Prints_every_digit_and_no_trailing_zeros_or_separators(string value, string printed) =>
        Assert.Equal(printed, FigureText.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("-1,234,567,890,123,456,789,012", true)] // 30 characters: the longest a printed figure may be
    [InlineData("-12,345,678,901,234,567,890,123", false)] // 31
    [InlineData("1 234", true)] // spaces inside a printed figure are the layout's, not the figure's
    [InlineData("1,23", false)]
    [InlineData("1.", false)]
    [InlineData(".5", false)]
    [InlineData("+5", false)]
    [InlineData("   ", false)]
    [InlineData(null, false)]
    public void Printed_figures_follow_one_strict_pattern_up_to_30_characters(string? text, bool parses) =>
        Assert.Equal(parses, FigureText.TryParse(text, out _, FigureSyntax.Printed));

    [Theory]
    [InlineData("+5", 5)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("\u3000１２\u3000", 12)] // full-width digits and ideographic spaces around them
    public void Typed_figures_are_read_leniently(string text, double value)
    {
        Assert.True(FigureText.TryParse(text, out var parsed));
        Assert.Equal((decimal)value, parsed);
    }

    [Fact]
    public void A_typed_figure_with_a_space_inside_is_not_a_number()
    {
        Assert.False(FigureText.TryParse("12 345", out var value));
        Assert.Equal(0, value);
    }
}
