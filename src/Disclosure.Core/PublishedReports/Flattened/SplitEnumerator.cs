using System.Globalization;
using Disclosure.Form;

namespace Disclosure.PublishedReports.Flattened;

/// <summary>
/// Every way to cut a run of digits into the row's figures that the digit rules allow (no leading zero except a lone
/// 0, a cut wherever the print had a gap) and that satisfies the rules lying wholly inside the run (三's 总计 column, 四's
/// group totals), checked as soon as their last figure is placed so the search stays small.
/// </summary>
internal static class SplitEnumerator
{
    /// <summary>The longest figure a count can be (more digits than any body reports).</summary>
    private const int MaxFigureDigits = 12;

    public static SplitResult Enumerate(RowDigits row, IReadOnlyList<ArithmeticCheck> checks, int budget)
    {
        var figures = row.Figures;
        var digits = row.Digits;
        var k = figures.Count;
        if (k == 1)
        {
            return Single(row);
        }

        if (digits.Any(c => !char.IsAsciiDigit(c)))
        {
            return SplitResult.Refused("数字中有小数点或分隔符,而该行各栏都是件数");
        }

        if (digits.Length < k)
        {
            return SplitResult.Refused($"只有 {digits.Length} 位数字,少于该行应有的 {k} 个数字");
        }

        var index = figures.Select((f, i) => (f.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var internalChecks = checks
            .Where(c => c.Plus.Append(c.Cell).Concat(c.Minus).All(f => index.ContainsKey(f.Key)))
            .Select(c => new IndexedCheck(c, index))
            .GroupBy(c => c.Trigger)
            .ToDictionary(g => g.Key, g => g.ToArray());

        var values = new decimal[k];
        var found = new List<decimal[]>();
        var steps = 0;
        var exhausted = false;

        void Place(int position, int figure)
        {
            if (exhausted)
            {
                return;
            }

            var remaining = k - figure - 1;
            var lastEnd = digits.Length - remaining;
            for (var end = position + 1; end <= lastEnd; end++)
            {
                if (++steps > budget)
                {
                    exhausted = true;
                    return;
                }

                if (end - position > MaxFigureDigits || (end > position + 1 && digits[position] == '0'))
                {
                    break;
                }

                // A gap inside a figure is impossible; after this figure the next must start at the gap.
                if (end > position + 1 && row.ForcedCuts.Contains(end - 1))
                {
                    break;
                }

                if (figure == k - 1 && end != digits.Length)
                {
                    continue;
                }

                values[figure] = decimal.Parse(digits.AsSpan(position, end - position), NumberStyles.None, CultureInfo.InvariantCulture);
                if (internalChecks.TryGetValue(figure, out var due) && !due.All(c => c.Holds(values)))
                {
                    continue;
                }

                if (figure == k - 1)
                {
                    found.Add((decimal[])values.Clone());
                }
                else
                {
                    Place(end, figure + 1);
                }
            }
        }

        Place(0, 0);
        return exhausted
            ? SplitResult.Refused($"可能的拆分超过 {budget} 种,超出检查范围")
            : new SplitResult(found, null);
    }

    private static SplitResult Single(RowDigits row)
    {
        var digits = row.Digits;
        var wellFormed = row.ForcedCuts.All(c => c == 0) && digits.Length > 0 && char.IsAsciiDigit(digits[0]) && char.IsAsciiDigit(digits[^1])
            && digits.Count(c => c == '.') <= 1 && digits.All(c => char.IsAsciiDigit(c) || c == '.')
            && !(digits.Length > 1 && digits[0] == '0' && digits[1] != '.');
        if (!wellFormed || !decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return SplitResult.Refused("不是一个可以读出的数字");
        }

        return new SplitResult([[value]], null);
    }

    /// <summary>A check with its figures as positions in the run; <see cref="Trigger"/> is the last of them.</summary>
    private sealed class IndexedCheck
    {
        private readonly ArithmeticCheck _check;
        private readonly int _cell;
        private readonly int[] _plus;
        private readonly int[] _minus;

        public IndexedCheck(ArithmeticCheck check, Dictionary<string, int> index)
        {
            _check = check;
            _cell = index[check.Cell.Key];
            _plus = [.. check.Plus.Select(f => index[f.Key])];
            _minus = [.. check.Minus.Select(f => index[f.Key])];
            Trigger = _plus.Concat(_minus).Append(_cell).Max();
        }

        public int Trigger { get; }

        public bool Holds(decimal[] values) =>
            SplitChecks.Holds(_check.Comparison, values[_cell], _plus.Sum(i => values[i]) - _minus.Sum(i => values[i]));
    }
}

/// <summary>The splits of one run that its own rules allow, or why it cannot be split.</summary>
internal sealed record SplitResult(IReadOnlyList<decimal[]> Candidates, string? RefusedBecause)
{
    public static SplitResult Refused(string reason) => new([], reason);
}
