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

    private static readonly decimal[] Pow10 = [.. Enumerable.Range(0, MaxFigureDigits + 1).Select(e => (decimal)Math.Pow(10, e))];

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

        // Totals inside the run (三's 总计 column, 四's group totals): a total is at most as long as the digits left for
        // it, so once the parts placed so far exceed that, longer parts only make it worse.
        var totals = checks
            .Where(c => c.Comparison == Comparison.Equal && c.Minus.Count == 0 && index.ContainsKey(c.Cell.Key) && c.Plus.All(f => index.ContainsKey(f.Key)))
            .Select(c => (Cell: index[c.Cell.Key], Parts: c.Plus.Select(f => index[f.Key]).ToArray()))
            .Where(t => t.Parts.All(p => p < t.Cell))
            .ToArray();
        var boundedAt = Enumerable.Range(0, k).Select(j => totals.Where(t => t.Parts.Contains(j)).ToArray()).ToArray();

        var values = new decimal[k];
        var found = new List<decimal[]>();
        var steps = 0;
        var exhausted = false;

        bool PartsTooLarge(int figure, int end)
        {
            foreach (var (cell, parts) in boundedAt[figure])
            {
                // Every figure after this one but the total takes at least one digit.
                var digitsForTotal = digits.Length - end - (cell - figure - 1) - (k - 1 - cell);
                if (digitsForTotal <= 0)
                {
                    return true;
                }

                decimal sum = 0;
                foreach (var part in parts)
                {
                    if (part <= figure)
                    {
                        sum += values[part];
                    }
                }

                if (digitsForTotal < MaxFigureDigits && sum >= Pow10[digitsForTotal])
                {
                    return true;
                }
            }

            return false;
        }

        void Place(int position, int figure)
        {
            if (exhausted)
            {
                return;
            }

            var remaining = k - figure - 1;
            var lastEnd = digits.Length - remaining;
            long value = 0;
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

                value = (value * 10) + (digits[end - 1] - '0');
                if (figure == k - 1 && end != digits.Length)
                {
                    continue;
                }

                values[figure] = value;
                if (figure < k - 1 && boundedAt[figure].Length > 0 && PartsTooLarge(figure, end))
                {
                    break;
                }

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
        private readonly Comparison _comparison;
        private readonly (int Index, int Sign)[] _terms;

        // The other rows' share of cell − plus + minus, at least and at most, summed once.
        private readonly decimal _least;
        private readonly decimal _most;

        public IndexedCheck(ArithmeticCheck check, Dictionary<string, int> index, IReadOnlyDictionary<string, (decimal Least, decimal Most)> known)
        {
            _comparison = check.Comparison;
            var terms = new List<(int, int)>();
            foreach (var (figure, sign) in new[] { (check.Cell, 1) }.Concat(check.Plus.Select(f => (f, -1))).Concat(check.Minus.Select(f => (f, 1))))
            {
                if (index.TryGetValue(figure.Key, out var i))
                {
                    terms.Add((i, sign));
                }
                else
                {
                    var (least, most) = known[figure.Key];
                    _least += sign > 0 ? least : -most;
                    _most += sign > 0 ? most : -least;
                }
            }

            _terms = [.. terms];
            Trigger = _terms.Max(t => t.Index);
        }

        public int Trigger { get; }

        /// <summary>Whether cell − plus + minus can be zero (Equal) or at least zero (AtLeast) for some values of the other rows.</summary>
        public bool Holds(decimal[] values)
        {
            decimal own = 0;
            foreach (var (i, sign) in _terms)
            {
                own += sign * values[i];
            }

            return _comparison == Comparison.Equal ? own + _least <= 0 && own + _most >= 0 : own + _most >= 0;
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
