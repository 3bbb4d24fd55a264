using Disclosure.Form;

namespace Disclosure.PublishedReports.Flattened;

/// <summary>
/// Decides each run's split so that one slip in the report cannot make a figure read wrongly. A slip breaks every
/// rule its figure is in, so the true split may fail them while another split happens to fit. The search is therefore
/// repeated once for each figure with the rules containing it set aside (that figure "may be the slip"), and a run
/// is read only when every search that finds a solution gives it the same split. For a consistent report the
/// repeats rarely add a reading; for one with a slip the true split shows up beside the wrong one, and the row is
/// left out rather than guessed.
/// </summary>
internal static class SlipProofReader
{
    /// <summary>Splits a run may try, in the first search and in each repeat.</summary>
    public const int RunBudget = 200_000;

    public static IReadOnlyList<RunOutcome> Decide(IReadOnlyList<RowDigits> runs, IReadOnlyList<ArithmeticCheck> checks)
    {
        var full = Narrowed(runs, [.. runs.Select(r => SplitEnumerator.Enumerate(r, checks, RunBudget))], checks);
        var union = runs.Select(_ => new Admitted()).ToArray();
        var first = SplitSolver.Solve(runs, full, checks);
        Admit(union, first);

        // What each figure can be under the first search bounds a relaxed run's splits through the joining rules.
        var known = new Dictionary<string, (decimal Least, decimal Most)>(StringComparer.Ordinal);
        var runOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < runs.Count; r++)
        {
            for (var i = 0; i < runs[r].Figures.Count; i++)
            {
                runOf[runs[r].Figures[i].Key] = r;
                if (full[r].Candidates.Count > 0)
                {
                    known[runs[r].Figures[i].Key] = (full[r].Candidates.Min(c => c[i]), full[r].Candidates.Max(c => c[i]));
                }
            }
        }

        var checkFigures = checks.Select(c => c.Plus.Append(c.Cell).Concat(c.Minus).Select(f => f.Key).ToArray()).ToArray();
        var asides = runOf.Keys
            .Select(key => (Key: key, Aside: Enumerable.Range(0, checks.Count).Where(i => checkFigures[i].Contains(key, StringComparer.Ordinal)).ToArray()))
            .Where(a => a.Aside.Length > 0)
            .GroupBy(a => string.Join(",", a.Aside))
            .Select(g => (Run: runOf[g.First().Key], g.First().Aside));

        // The rules that touch each run: a relaxed run is enumerated under these alone.
        var touching = runs.Select((_, r) => Enumerable.Range(0, checks.Count)
            .Where(i => checkFigures[i].Any(k => runOf.TryGetValue(k, out var at) && at == r)).ToArray()).ToArray();

        // The run a rule lies wholly inside (三's 总计 column, 四's group totals), or -1 for a rule joining runs.
        var insideRun = checkFigures.Select(figures => figures.All(runOf.ContainsKey) && figures.Select(k => runOf[k]).Distinct().Count() == 1 ? runOf[figures[0]] : -1).ToArray();

        foreach (var (run, aside) in asides)
        {
            var splits = full.ToList();
            var changed = aside.Select(i => insideRun[i]).Where(r => r >= 0).Append(run).Distinct();
            var focus = new HashSet<int>();
            foreach (var r in changed)
            {
                // The run's own figures in known are shadowed by its positions in the enumerator.
                var rules = touching[r].Where(i => !aside.Contains(i)).Select(i => checks[i]).ToList();
                splits[r] = SplitEnumerator.Enumerate(runs[r], rules, RunBudget, known);
                focus.Add(r);
            }

            // Only the runs the set-aside rules touched can read otherwise than in the first search.
            foreach (var i in aside)
            {
                focus.UnionWith(checkFigures[i].Where(runOf.ContainsKey).Select(k => runOf[k]));
            }

            // Nothing loosened: every run concerned still has its one split of the first search.
            if (focus.All(r => splits[r].Candidates.Count == 1 && full[r].Candidates.Count == 1 && splits[r].Candidates[0].AsSpan().SequenceEqual(full[r].Candidates[0])))
            {
                continue;
            }

            var active = checks.Where((_, i) => !aside.Contains(i)).ToList();
            var outcomes = SplitSolver.Solve(runs, splits, active, focus);
            for (var r = 0; r < runs.Count; r++)
            {
                if (focus.Contains(r) && outcomes[r] is { } outcome)
                {
                    union[r].Add(outcome);
                }
            }
        }

        return [.. runs.Select((_, r) => union[r].Outcome(full[r]) is { Candidates.Count: > 1 } ambiguous && first[r]?.Values is { } strict
            ? ambiguous with { IfNoSlip = strict }
            : union[r].Outcome(full[r]))];
    }

    /// <summary>
    /// Drops the splits of each run that no values of the other runs' splits could make fit the joining rules, until
    /// nothing changes: a sound narrowing (no combination is lost) that leaves the combining search little to do.
    /// </summary>
    private static List<SplitResult> Narrowed(IReadOnlyList<RowDigits> runs, List<SplitResult> splits, IReadOnlyList<ArithmeticCheck> checks)
    {
        for (var round = 0; round < 4; round++)
        {
            var bounds = new Dictionary<string, (decimal Least, decimal Most)>(StringComparer.Ordinal);
            for (var r = 0; r < runs.Count; r++)
            {
                for (var i = 0; i < runs[r].Figures.Count && splits[r].Candidates.Count > 0; i++)
                {
                    bounds[runs[r].Figures[i].Key] = (splits[r].Candidates.Min(c => c[i]), splits[r].Candidates.Max(c => c[i]));
                }
            }

            var changed = false;
            for (var r = 0; r < runs.Count; r++)
            {
                if (splits[r].Candidates.Count < 2)
                {
                    continue;
                }

                var kept = splits[r].Candidates.Where(c => SplitEnumerator.Fits(runs[r], c, checks, bounds)).ToList();
                if (kept.Count < splits[r].Candidates.Count)
                {
                    splits[r] = splits[r] with { Candidates = kept };
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return splits;
    }

    private static void Admit(Admitted[] union, IReadOnlyList<RunOutcome?> outcomes)
    {
        for (var r = 0; r < union.Length; r++)
        {
            union[r].Add(outcomes[r]!);
        }
    }

    /// <summary>Every split some search admitted for one run, and the first reason a search gave for none.</summary>
    private sealed class Admitted
    {
        private readonly Dictionary<string, decimal[]> _splits = new(StringComparer.Ordinal);
        private string? _reason;
        private bool _exhausted;

        public void Add(RunOutcome outcome)
        {
            _exhausted |= outcome.Exhausted;
            _reason ??= outcome.Reason;
            foreach (var split in outcome.Candidates)
            {
                _splits.TryAdd(string.Join("|", split), split);
            }
        }

        public RunOutcome Outcome(SplitResult full)
        {
            if (_exhausted)
            {
                return RunOutcome.Unsolved(full.Exhausted ? full.RefusedBecause! : $"与之相关的拆分组合过多,{SplitResult.TooManyMark}");
            }

            return _splits.Count switch
            {
                0 => RunOutcome.Unsolved(_reason ?? "没有一种拆分符合表格的勾稽关系(报告本身的数字可能有误)"),
                1 => RunOutcome.Read(_splits.Values.Single()),
                _ => RunOutcome.Ambiguous([.. _splits.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value)]),
            };
        }
    }
}
