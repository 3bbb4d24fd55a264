using Disclosure.Form;

namespace Disclosure.PublishedReports.Flattened;

/// <summary>
/// Combines the runs' own splits under the rules that join runs (columns adding down the table, received + carried
/// over = handled + carried forward): runs linked by such rules are searched together, and a run is read only when
/// every combination that satisfies them gives it the same split.
/// </summary>
internal static class SplitSolver
{
    public const int StepBudget = 2_000_000;
    public const int SolutionCap = 10_000;

    public static IReadOnlyList<RunOutcome> Solve(IReadOnlyList<RowDigits> runs, IReadOnlyList<SplitResult> splits, IReadOnlyList<ArithmeticCheck> checks)
    {
        var outcomes = new RunOutcome[runs.Count];
        var where = new Dictionary<string, (int Run, int Position)>(StringComparer.Ordinal);
        for (var r = 0; r < runs.Count; r++)
        {
            for (var p = 0; p < runs[r].Figures.Count; p++)
            {
                where[runs[r].Figures[p].Key] = (r, p);
            }

            outcomes[r] = splits[r].Candidates.Count switch
            {
                0 => RunOutcome.Unsolved(splits[r].RefusedBecause ?? "没有一种拆分符合该行自身的总计(报告本身的数字可能有误)"),
                1 => RunOutcome.Read(splits[r].Candidates[0]),
                _ => null!,
            };
        }

        // Rules that join runs and whose every figure lies in a run that can be read some way.
        var joining = checks
            .Select(c => c.Plus.Append(c.Cell).Concat(c.Minus).ToArray())
            .Select((figures, i) => (Check: checks[i], Figures: figures))
            .Where(c => c.Figures.All(f => where.ContainsKey(f.Key) && splits[where[f.Key].Run].Candidates.Count > 0))
            .Where(c => c.Figures.Select(f => where[f.Key].Run).Distinct().Count() > 1)
            .ToList();

        var open = Enumerable.Range(0, runs.Count).Where(r => outcomes[r] is null).ToList();
        var component = open.ToDictionary(r => r, r => r);
        int Find(int r) => component[r] == r ? r : component[r] = Find(component[r]);
        foreach (var (_, figures) in joining)
        {
            var linked = figures.Select(f => where[f.Key].Run).Where(component.ContainsKey).Distinct().ToList();
            foreach (var other in linked.Skip(1))
            {
                component[Find(other)] = Find(linked[0]);
            }
        }

        foreach (var group in open.GroupBy(Find))
        {
            var members = group.OrderBy(r => r).ToList();
            var memberSet = members.ToHashSet();
            var rules = joining.Where(j => j.Figures.Any(f => memberSet.Contains(where[f.Key].Run))).ToList();
            SolveComponent(members, rules, splits, where, outcomes);
        }

        return outcomes;
    }

    private static void SolveComponent(
        List<int> members,
        List<(ArithmeticCheck Check, FigureDefinition[] Figures)> rules,
        IReadOnlyList<SplitResult> splits,
        Dictionary<string, (int Run, int Position)> where,
        RunOutcome[] outcomes)
    {
        var order = members.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i);
        var due = rules
            .GroupBy(rule => rule.Figures.Select(f => where[f.Key].Run).Where(order.ContainsKey).Max(r => order[r]))
            .ToDictionary(g => g.Key, g => g.ToArray());
        var chosen = new decimal[]?[outcomes.Length];
        for (var r = 0; r < outcomes.Length; r++)
        {
            chosen[r] = outcomes[r]?.Values;
        }

        var seen = members.Select(_ => new HashSet<int>()).ToArray();
        var picked = new int[members.Count];
        var solutions = 0;
        var steps = 0;
        var exhausted = false;

        decimal Value(FigureDefinition f)
        {
            var (run, position) = where[f.Key];
            return chosen[run]![position];
        }

        void Assign(int i)
        {
            if (exhausted)
            {
                return;
            }

            if (i == members.Count)
            {
                if (++solutions > SolutionCap)
                {
                    exhausted = true;
                    return;
                }

                for (var m = 0; m < members.Count; m++)
                {
                    seen[m].Add(picked[m]);
                }

                return;
            }

            var candidates = splits[members[i]].Candidates;
            for (var c = 0; c < candidates.Count; c++)
            {
                if (++steps > StepBudget)
                {
                    exhausted = true;
                    return;
                }

                chosen[members[i]] = candidates[c];
                picked[i] = c;
                if (due.TryGetValue(i, out var checks) &&
                    !checks.All(rule => SplitChecks.Holds(rule.Check.Comparison, Value(rule.Check.Cell),
                        rule.Check.Plus.Sum(Value) - rule.Check.Minus.Sum(Value))))
                {
                    continue;
                }

                Assign(i + 1);
            }

            chosen[members[i]] = null;
        }

        Assign(0);
        for (var m = 0; m < members.Count; m++)
        {
            var run = members[m];
            var candidates = splits[run].Candidates;
            outcomes[run] = exhausted
                ? RunOutcome.Unsolved($"与之相关的各行共有超过 {SolutionCap} 种拆分组合,超出检查范围")
                : solutions == 0
                    ? RunOutcome.Unsolved($"有 {candidates.Count} 种拆分符合该行自身的总计,但没有一种同时符合表格各行之间的勾稽关系(报告本身的数字可能有误)")
                    : seen[m].Count == 1
                        ? RunOutcome.Read(candidates[seen[m].Single()])
                        : RunOutcome.Ambiguous([.. seen[m].Order().Select(c => candidates[c])]);
        }
    }
}

/// <summary>What became of one run: read (one split), ambiguous (its candidate splits), or not splittable (why).</summary>
internal sealed record RunOutcome(decimal[]? Values, IReadOnlyList<decimal[]> Candidates, string? Reason)
{
    public static RunOutcome Read(decimal[] values) => new(values, [values], null);

    public static RunOutcome Ambiguous(IReadOnlyList<decimal[]> candidates) => new(null, candidates, null);

    public static RunOutcome Unsolved(string reason) => new(null, [], reason);
}
