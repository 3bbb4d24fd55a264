using System.Globalization;
using Disclosure.Form;

namespace Disclosure.PublishedReports.Flattened;

/// <summary>
/// Every way to cut a run of digits into the row's figures that the digit rules allow (no leading zero except a lone
/// 0, a cut wherever the print had a gap) and that satisfies the rules lying wholly inside the run (三's 总计 column, 四's
/// group totals), checked as soon as their last figure is placed so the search stays small. The least and most each
/// figure of another row can be (<c>bounds</c>) let a rule joining rows prune here too: a split is kept only if the
/// rule can still hold for some values of the others.
/// </summary>
internal static class SplitEnumerator
{
    /// <summary>The longest figure a count can be (more digits than any body reports).</summary>
    private const int MaxFigureDigits = 12;

    public static SplitResult Enumerate(RowDigits row, IReadOnlyList<ArithmeticCheck> checks, int budget, IReadOnlyDictionary<string, (decimal Least, decimal Most)>? bounds = null)
    {
        var known = bounds ?? new Dictionary<string, (decimal, decimal)>(StringComparer.Ordinal);
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
            .Where(c => c.Plus.Append(c.Cell).Concat(c.Minus).All(f => index.ContainsKey(f.Key) || known.ContainsKey(f.Key))
                && c.Plus.Append(c.Cell).Concat(c.Minus).Any(f => index.ContainsKey(f.Key)))
            .Select(c => new IndexedCheck(c, index, known))
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
            ? SplitResult.TooMany(budget)
            : new SplitResult(found, null);
    }

    /// <summary>Whether one split of the row can fit every rule it is in, for some values of the other rows within their bounds.</summary>
    public static bool Fits(RowDigits row, decimal[] values, IReadOnlyList<ArithmeticCheck> checks, IReadOnlyDictionary<string, (decimal Least, decimal Most)> bounds)
    {
        var index = row.Figures.Select((f, i) => (f.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        return checks
            .Where(c => c.Plus.Append(c.Cell).Concat(c.Minus).Any(f => index.ContainsKey(f.Key))
                && c.Plus.Append(c.Cell).Concat(c.Minus).All(f => index.ContainsKey(f.Key) || bounds.ContainsKey(f.Key)))
            .All(c => new IndexedCheck(c, index, bounds).Holds(values));
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

    /// <summary>
    /// A check with its figures as positions in the run (or, for a figure of another row already certain, its value);
    /// <see cref="Trigger"/> is the last position in the run.
    /// </summary>
    private sealed class IndexedCheck
    {
        private readonly ArithmeticCheck _check;
        private readonly Term _cell;
        private readonly Term[] _plus;
        private readonly Term[] _minus;

        public IndexedCheck(ArithmeticCheck check, Dictionary<string, int> index, IReadOnlyDictionary<string, (decimal Least, decimal Most)> known)
        {
            Term TermOf(FigureDefinition f) => index.TryGetValue(f.Key, out var i) ? new Term(i, 0, 0) : new Term(-1, known[f.Key].Least, known[f.Key].Most);
            _check = check;
            _cell = TermOf(check.Cell);
            _plus = [.. check.Plus.Select(TermOf)];
            _minus = [.. check.Minus.Select(TermOf)];
            Trigger = _plus.Concat(_minus).Append(_cell).Max(t => t.Index);
        }

        public int Trigger { get; }

        /// <summary>Whether cell − plus + minus can be zero (Equal) or at least zero (AtLeast) for some values of the other rows.</summary>
        public bool Holds(decimal[] values)
        {
            var (least, most) = _cell.Of(values);
            foreach (var t in _plus)
            {
                var (l, m) = t.Of(values);
                least -= m;
                most -= l;
            }

            foreach (var t in _minus)
            {
                var (l, m) = t.Of(values);
                least += l;
                most += m;
            }

            return _check.Comparison == Comparison.Equal ? least <= 0 && most >= 0 : most >= 0;
        }

        private readonly record struct Term(int Index, decimal Least, decimal Most)
        {
            public (decimal Least, decimal Most) Of(decimal[] values) => Index >= 0 ? (values[Index], values[Index]) : (Least, Most);
        }
    }
}

/// <summary>The splits of one run that its own rules allow, or why it cannot be split.</summary>
internal sealed record SplitResult(IReadOnlyList<decimal[]> Candidates, string? RefusedBecause)
{
    public const string TooManyMark = "超出检查范围";

    public static SplitResult Refused(string reason) => new([], reason);

    public static SplitResult TooMany(int budget) => new([], $"可能的拆分超过 {budget} 种,{TooManyMark}") { Exhausted = true };

    /// <summary>The search hit its bound: nothing is known of this run's splits.</summary>
    public bool Exhausted { get; init; }
}
