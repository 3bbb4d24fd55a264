using System.Collections.Frozen;
using Disclosure.Form;

namespace Disclosure.Samples;

/// <summary>
/// Splits a district's report figures across its offices, deterministically, so that every office's form
/// satisfies every arithmetic rule and the offices' figures add up exactly to the district's tables.
/// </summary>
/// <remarks>
/// <para>
/// The district's tables may carry the seed's slip: a (七)总计 larger than its outcome rows add up to. The
/// split starts from the corrected tables (the missing applications filed under 三(六)3 其他) and splits
/// them case by case: in each applicant column every source unit (a 本年新收 or 上年结转 application) is
/// paired with a destination unit (an outcome row or 结转下年度) and each pair goes to one office, so each
/// office's balance holds by construction. The slipped applications go to the slipped office, whose
/// submitted figures then lose them again from 其他 (and its 总计 column) while its (七)总计 stays: its
/// handled_sum fails exactly where the district's does, and the offices' sum is the district's tables as printed.
/// </para>
/// <para>
/// Appeals go to offices in proportion to the requests each received; 行政许可, 行政处罚 and 行政强制
/// decisions and normative documents by the offices' shares (a document issued this year also counts as in
/// force, so in_force ≥ issued per office); the fee amount by jittered shares, in whole yuan (0.0001 万元).
/// Totals (总计 column, (七)总计, appeal totals) are derived as sums. The random source is a fixed-seed
/// SplitMix64, so the split is the same on every machine and runtime.
/// </para>
/// </remarks>
public static class SampleSplitter
{
    /// <summary>The fixed seed of the sample split.</summary>
    public const ulong DefaultRandomSeed = 20221231;

    private const string Other = "other.other";
    private const string HandledTotal = "handled_total";
    private const string Total = "total";

    /// <summary>The seed report's 2022 figures split across 二道区's 32 offices, 住建局 carrying the slip.</summary>
    public static SampleSet Erdao2022() =>
        Split(SeedFigures2022.Figures, SampleDistrict.Offices, SampleDistrict.SlippedOfficeId, SampleDistrict.Year);

    public static SampleSet Split(
        IReadOnlyDictionary<string, decimal> district,
        IReadOnlyList<SampleOffice> offices,
        string slippedOfficeId,
        int year,
        ulong randomSeed = DefaultRandomSeed,
        FormEdition? form = null)
    {
        form ??= NationalForm.Edition2021;
        if (offices.Count == 0 || offices.Select(o => o.Id).Distinct(StringComparer.Ordinal).Count() != offices.Count)
        {
            throw new ArgumentException("The roster must list at least one office, each id once.", nameof(offices));
        }

        var slipped = IndexOf(offices, slippedOfficeId);
        var missing = form.Figures.FirstOrDefault(f => !district.ContainsKey(f.Key));
        if (missing is not null)
        {
            throw new ArgumentException($"The district's figures lack {missing.Key}.", nameof(district));
        }

        var split = new SplitState(form, district, offices, new SplitMix64(randomSeed));
        var slip = split.Requests(slipped);
        split.Appeals();
        split.Proactive();

        var figures = new Dictionary<string, IReadOnlyDictionary<string, decimal>>(StringComparer.Ordinal);
        IReadOnlyDictionary<string, decimal> corrected = FrozenDictionary<string, decimal>.Empty;
        for (var i = 0; i < offices.Count; i++)
        {
            var office = split.Offices[i];
            if (i == slipped)
            {
                corrected = office.ToFrozenDictionary(StringComparer.Ordinal);
                foreach (var (column, count) in slip)
                {
                    office[Key(Other, column)] -= count;
                    office[Key(Other, Total)] -= count;
                }
            }

            figures[offices[i].Id] = office.ToFrozenDictionary(StringComparer.Ordinal);
        }

        return new SampleSet(year, form, offices, figures, slippedOfficeId, corrected);
    }

    private static int IndexOf(IReadOnlyList<SampleOffice> offices, string id)
    {
        for (var i = 0; i < offices.Count; i++)
        {
            if (offices[i].Id == id)
            {
                return i;
            }
        }

        throw new ArgumentException($"Office '{id}' is not on the roster.", nameof(id));
    }

    private static string Key(string row, string column) => $"requests.{row}.{column}";

    private static int Whole(decimal value, string key) =>
        value >= 0 && value == decimal.Truncate(value) && value <= int.MaxValue
            ? (int)value
            : throw new ArgumentException($"{key} must be a whole number ≥ 0 to split, not {value}.");

    /// <summary>The split in progress: one figure dictionary per office, in roster order.</summary>
    private sealed class SplitState
    {
        private readonly FormEdition _form;
        private readonly IReadOnlyDictionary<string, decimal> _district;
        private readonly IReadOnlyList<SampleOffice> _roster;
        private readonly SplitMix64 _random;

        public SplitState(FormEdition form, IReadOnlyDictionary<string, decimal> district, IReadOnlyList<SampleOffice> roster, SplitMix64 random)
        {
            _form = form;
            _district = district;
            _roster = roster;
            _random = random;
            Offices = [.. roster.Select(_ => form.Figures.ToDictionary(f => f.Key, _ => 0m, StringComparer.Ordinal))];
        }

        public Dictionary<string, decimal>[] Offices { get; }

        private int Count(string key) => Whole(_district[key], key);

        /// <summary>Splits section 三 and returns the slip per applicant column (what the slipped office's 其他 must lose again).</summary>
        public List<(string Column, int Count)> Requests(int slippedOffice)
        {
            var table = _form.Requests;
            var applicants = table.Columns.Where(c => c.Code != Total).Select(c => c.Code).ToArray();
            var outcomes = _form.RequestOutcomes.Select(r => r.Code).ToArray();
            string[] sourceRows = ["received", "carried_over"];
            string[] destinationRows = [.. outcomes, "carried_forward"];
            var weights = _roster.Select(o => (double)o.Shares.Requests).ToArray();

            CheckColumnSums(table.Rows.Select(r => r.Code), applicants);
            var slip = new List<(string Column, int Count)>();
            var totalSlip = Count(Key(HandledTotal, Total)) - outcomes.Sum(r => Count(Key(r, Total)));
            foreach (var column in applicants)
            {
                var missingApplications = Count(Key(HandledTotal, column)) - outcomes.Sum(r => Count(Key(r, column)));
                if (missingApplications < 0)
                {
                    throw new ArgumentException($"(七)总计 for {column} is less than its outcome rows add up to; only a total that counts more can be corrected by filing under 其他.");
                }

                var sources = Units(sourceRows, column);
                var destinations = Units(destinationRows, column);
                for (var i = 0; i < missingApplications; i++)
                {
                    destinations.Add(Other);
                }

                if (sources.Count != destinations.Count)
                {
                    throw new ArgumentException($"The district's requests.balance does not hold for {column} even with (七)总计 taken as reported.");
                }

                // The slipped applications: one source each, filed under 其他 at the slipped office.
                for (var i = 0; i < missingApplications; i++)
                {
                    Add(slippedOffice, Key(sources[^1], column), 1);
                    Add(slippedOffice, Key(Other, column), 1);
                    sources.RemoveAt(sources.Count - 1);
                    destinations.Remove(Other);
                }

                Shuffle(sources);
                Shuffle(destinations);
                for (var i = 0; i < sources.Count; i++)
                {
                    var office = Pick(weights);
                    Add(office, Key(sources[i], column), 1);
                    Add(office, Key(destinations[i], column), 1);
                }

                if (missingApplications > 0)
                {
                    slip.Add((column, missingApplications));
                }
            }

            if (totalSlip != slip.Sum(s => s.Count))
            {
                throw new ArgumentException("The (七)总计 of the 总计 column does not differ from its outcome rows by the sum of the applicant columns' differences.");
            }

            foreach (var office in Offices)
            {
                foreach (var column in applicants)
                {
                    office[Key(HandledTotal, column)] = outcomes.Sum(r => office[Key(r, column)]);
                }

                foreach (var row in table.Rows)
                {
                    office[Key(row.Code, Total)] = applicants.Sum(c => office[Key(row.Code, c)]);
                }
            }

            return slip;
        }

        /// <summary>Splits section 四: each decision goes to an office in proportion to the requests it received.</summary>
        public void Appeals()
        {
            var table = _form.Appeals;
            var weights = Offices.Select(o => (double)(o[Key("received", Total)] + o[Key("carried_over", Total)])).ToArray();
            if (weights.All(w => w == 0))
            {
                weights = [.. _roster.Select(o => (double)o.Shares.Requests)];
            }

            foreach (var group in table.Rows)
            {
                var results = table.Columns.Where(c => c.Code != Total).Select(c => _form.Figure(table, group.Code, c.Code).Key).ToArray();
                var total = _form.Figure(table, group.Code, Total).Key;
                if (results.Sum(Count) != Count(total))
                {
                    throw new ArgumentException($"The district's appeals.group_sum does not hold for {group.Code}.");
                }

                foreach (var key in results)
                {
                    Scatter(key, Count(key), weights);
                }

                foreach (var office in Offices)
                {
                    office[total] = results.Sum(k => office[k]);
                }
            }
        }

        /// <summary>Splits section 二 by the offices' shares; a document issued this year is also in force at its office.</summary>
        public void Proactive()
        {
            var documents = _roster.Select(o => (double)o.Shares.Documents).ToArray();
            foreach (var row in new[] { "regulations", "normative_documents" })
            {
                var prefix = $"proactive.art20_1.{row}.";
                var issued = Count(prefix + "issued");
                var inForce = Count(prefix + "in_force");
                if (inForce < issued)
                {
                    throw new ArgumentException($"{prefix}in_force is less than {prefix}issued; the split keeps in_force ≥ issued at every office.");
                }

                for (var i = 0; i < issued; i++)
                {
                    var office = Pick(documents);
                    Add(office, prefix + "issued", 1);
                    Add(office, prefix + "in_force", 1);
                }

                Scatter(prefix + "in_force", inForce - issued, documents);
                Scatter(prefix + "repealed", Count(prefix + "repealed"), documents);
            }

            Scatter("proactive.art20_5.licensing.decisions", Count("proactive.art20_5.licensing.decisions"), [.. _roster.Select(o => (double)o.Shares.Licensing)]);
            Scatter("proactive.art20_6.penalty.decisions", Count("proactive.art20_6.penalty.decisions"), [.. _roster.Select(o => (double)o.Shares.Penalty)]);
            Scatter("proactive.art20_6.coercion.decisions", Count("proactive.art20_6.coercion.decisions"), [.. _roster.Select(o => (double)o.Shares.Coercion)]);
            Fees("proactive.art20_8.fees.amount_10k_yuan");
        }

        /// <summary>The fee in whole yuan (0.0001 万元), apportioned by jittered shares with largest remainders so it sums exactly.</summary>
        private void Fees(string key)
        {
            var amount = _district[key];
            var yuan = amount * 10_000m;
            if (amount < 0 || yuan != decimal.Truncate(yuan))
            {
                throw new ArgumentException($"{key} must be ≥ 0 with at most 4 decimal places, not {amount}.");
            }

            var weights = _roster.Select(o => o.Shares.Fees * (0.5 + _random.NextDouble())).ToArray();
            var parts = Apportion((long)yuan, weights);
            for (var i = 0; i < parts.Length; i++)
            {
                Offices[i][key] += parts[i] / 10_000m;
            }
        }

        private long[] Apportion(long total, double[] weights)
        {
            var sum = weights.Sum();
            if (sum <= 0)
            {
                weights = [.. weights.Select(_ => 1.0)];
                sum = weights.Length;
            }

            var parts = new long[weights.Length];
            var remainders = new double[weights.Length];
            for (var i = 0; i < weights.Length; i++)
            {
                var exact = total * (weights[i] / sum);
                parts[i] = (long)Math.Floor(exact);
                remainders[i] = exact - parts[i];
            }

            var left = total - parts.Sum();
            foreach (var i in Enumerable.Range(0, weights.Length).Where(i => weights[i] > 0).OrderByDescending(i => remainders[i]).ThenBy(i => i))
            {
                if (left <= 0)
                {
                    break;
                }

                parts[i]++;
                left--;
            }

            for (var i = 0; left > 0; i = (i + 1) % parts.Length)
            {
                if (weights[i] > 0)
                {
                    parts[i]++;
                    left--;
                }
            }

            return parts;
        }

        private void CheckColumnSums(IEnumerable<string> rows, string[] applicants)
        {
            foreach (var row in rows)
            {
                if (applicants.Sum(c => Count(Key(row, c))) != Count(Key(row, Total)))
                {
                    throw new ArgumentException($"The district's requests.column_sum does not hold for {row}.");
                }
            }
        }

        private List<string> Units(string[] rows, string column)
        {
            var units = new List<string>();
            foreach (var row in rows)
            {
                units.AddRange(Enumerable.Repeat(row, Count(Key(row, column))));
            }

            return units;
        }

        private void Scatter(string key, int units, double[] weights)
        {
            for (var i = 0; i < units; i++)
            {
                Add(Pick(weights), key, 1);
            }
        }

        private void Add(int office, string key, decimal value) => Offices[office][key] += value;

        private int Pick(double[] weights)
        {
            var sum = weights.Sum();
            if (sum <= 0)
            {
                return _random.Next(weights.Length);
            }

            var target = _random.NextDouble() * sum;
            for (var i = 0; i < weights.Length; i++)
            {
                target -= weights[i];
                if (target < 0 && weights[i] > 0)
                {
                    return i;
                }
            }

            return Array.FindLastIndex(weights, w => w > 0);
        }

        private void Shuffle(List<string> items)
        {
            for (var i = items.Count - 1; i > 0; i--)
            {
                var j = _random.Next(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
        }
    }
}

/// <summary>SplitMix64: a tiny fixed-seed generator, the same on every runtime (System.Random's seeded sequence is not a contract).</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A double in [0, 1) from the top 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [0, bound), without modulo bias worth speaking of for small bounds.</summary>
    public int Next(int bound) => (int)(NextUInt64() % (ulong)bound);
}
