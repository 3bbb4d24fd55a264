namespace Disclosure.Workbooks;

/// <summary>A cell's position, 1-based, and its A1 spelling.</summary>
internal readonly record struct CellReference(int Row, int Column)
{
    // Excel's own bounds: 1,048,576 rows, 16,384 columns (XFD).
    public const int MaxRow = 1_048_576;
    public const int MaxColumn = 16_384;

    public override string ToString() => ColumnName(Column) + Row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"$D$12", as defined names and formulas spell a fixed cell.</summary>
    public string Absolute => $"${ColumnName(Column)}${Row}";

    /// <summary>Packs the position into one number, for cheap dictionary keys.</summary>
    public long Packed => ((long)Row << 16) | (uint)Column;

    public static string ColumnName(int column)
    {
        Span<char> buffer = stackalloc char[3];
        var length = 0;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            buffer[length++] = (char)('A' + ((n - 1) % 26));
        }

        buffer[..length].Reverse();
        return new string(buffer[..length]);
    }

    /// <summary>Parses "C7" or "$C$7"; false for anything else (ranges, R1C1, out of Excel's bounds).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CellReference reference)
    {
        reference = default;
        var i = 0;
        if (i < text.Length && text[i] == '$')
        {
            i++;
        }

        var column = 0;
        var letters = 0;
        while (i < text.Length && char.IsAsciiLetter(text[i]) && letters < 3)
        {
            column = column * 26 + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            i++;
            letters++;
        }

        if (letters == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] == '$')
        {
            i++;
        }

        var row = 0;
        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && digits < 7)
        {
            row = row * 10 + (text[i] - '0');
            i++;
            digits++;
        }

        if (digits == 0 || i != text.Length || row < 1 || row > MaxRow || column > MaxColumn)
        {
            return false;
        }

        reference = new CellReference(row, column);
        return true;
    }
}
