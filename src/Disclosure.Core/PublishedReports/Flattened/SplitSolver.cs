using Disclosure.Form;

namespace Disclosure.PublishedReports.Flattened;

/// <summary>
/// Combines the runs' own splits under the rules that join runs (columns adding down the table, received + carried
/// over = handled + carried forward): runs linked by such rules are searched together, and a run is read only when
/// every combination that satisfies them gives it the same split. <see cref="Solve"/> is one such search under a given
/// set of rules; <see cref="SlipProofReader"/> repeats it with each figure's rules set aside.
/// </summary>
internal static class SplitSolver
{
    public const int StepBudget = 2_000_000;

    /// <param name="focus">When given, only the groups of linked runs that hold one of these runs are searched; the others' outcomes are null.</param>
    public static IReadOnlyList<RunOutcome?> Solve(IReadOnlyList<RowDigits> runs, IReadOnlyList<SplitResult> splits, IReadOnlyList<ArithmeticCheck> checks, IReadOnlySet<int>? focus = null)
    {
        var outcomes = new RunOutcome?[runs.Count];
        var where = new Dictionary<string, (int Run, int Position)>(StringComparer.Ordinal);
        for (var r = 0; r < runs.Count; r++)
        {
            for (var p = 0; p < runs[r].Figures.Count; p++)
            {
                where[runs[r].Figures[p].Key] = (r, p);
            }

            outcomes[r] = splits[r].Candidates.Count switch
            {
                0 => RunOutcome.Unsolved(splits[r].RefusedBecause ?? "没有一种拆分符合该行自身的总计(报告本身的数字可能有误)") with { Exhausted = splits[r].Exhausted },
                1 => RunOutcome.Read(splits[r].Candidates[0]),
                _ => null,
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
            if (focus is not null && !group.Any(focus.Contains))
            {
                continue;
            }

            var members = group.OrderBy(r => r).ToList();
            var memberSet = members.ToHashSet();
            var rules = joining.Where(j => j.Figures.Any(f => memberSet.Contains(where[f.Key].Run))).ToList();
            SolveComponent(members, rules, splits, where, outcomes);
        }

        return outcomes;
    }

    /// <summary>
    /// Searches one group of linked runs. Every deciding rule is an equality, so each is kept as a running sum
    /// (figure minus the figures it must equal) that must end at zero; a branch is cut as soon as the runs still to
    /// choose cannot bring some sum back to zero, whatever splits they take.
    /// </summary>
    private static void SolveComponent(
        List<int> members,
        List<(ArithmeticCheck Check, FigureDefinition[] Figures)> rules,
        IReadOnlyList<SplitResult> splits,
        Dictionary<string, (int Run, int Position)> where,
        RunOutcome?[] outcomes)
    {
        // Fewest candidates first: the runs with many are then chosen where the sums are nearly settled.
        members = [.. members.OrderBy(r => splits[r].Candidates.Count).ThenBy(r => r)];
        var slot = members.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i);
        var n = members.Count;
        var k = rules.Count;
        var start = new decimal[k];
        var contribution = new decimal[k][][];
        for (var c = 0; c < k; c++)
        {
            var (check, _) = rules[c];
            contribution[c] = [.. members.Select(r => new decimal[splits[r].Candidates.Count])];
            var terms = new[] { (check.Cell, 1m) }.Concat(check.Plus.Select(f => (f, -1m))).Concat(check.Minus.Select(f => (f, 1m)));
            foreach (var (figure, sign) in terms)
            {
                var (run, position) = where[figure.Key];
                if (slot.TryGetValue(run, out var m))
                {
                    var candidates = splits[run].Candidates;
                    for (var j = 0; j < candidates.Count; j++)
                    {
                        contribution[c][m][j] += sign * candidates[j][position];
                    }
                }
                else
                {
                    start[c] += sign * outcomes[run]!.Values![position];
                }
            }
        }

        // What the runs from slot i on can still add to each sum, at least and at most.
        var least = new decimal[k][];
        var most = new decimal[k][];
        for (var c = 0; c < k; c++)
        {
            least[c] = new decimal[n + 1];
            most[c] = new decimal[n + 1];
            for (var i = n - 1; i >= 0; i--)
            {
                least[c][i] = least[c][i + 1] + contribution[c][i].Min();
                most[c][i] = most[c][i + 1] + contribution[c][i].Max();
            }
        }

        var touching = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, k).Where(c => contribution[c][i].Any(v => v != 0)).ToArray()).ToArray();
        var seen = members.Select(_ => new HashSet<int>()).ToArray();
        var picked = new int[n];
        var sums = (decimal[])start.Clone();
        var steps = 0;
        var exhausted = false;
        var forcedSlot = -1;
        var forcedCandidate = -1;

        // Depth first to the first combination that brings every sum to zero; its splits are marked as possible.
        bool Search(int i)
        {
            if (i == n)
            {
                for (var m = 0; m < n; m++)
                {
                    seen[m].Add(picked[m]);
                }

                return true;
            }

            var count = splits[members[i]].Candidates.Count;
            for (var j = i == forcedSlot ? forcedCandidate : 0; j < (i == forcedSlot ? forcedCandidate + 1 : count); j++)
            {
                if (++steps > StepBudget)
                {
                    exhausted = true;
                    return false;
                }

                var fits = true;
                foreach (var c in touching[i])
                {
                    var sum = sums[c] + contribution[c][i][j];
                    if (sum + least[c][i + 1] > 0 || sum + most[c][i + 1] < 0)
                    {
                        fits = false;
                        break;
                    }
                }

                if (!fits)
                {
                    continue;
                }

                foreach (var c in touching[i])
                {
                    sums[c] += contribution[c][i][j];
                }

                picked[i] = j;
                var found = Search(i + 1);
                foreach (var c in touching[i])
                {
                    sums[c] -= contribution[c][i][j];
                }

                if (found || exhausted)
                {
                    return found;
                }
            }

            return false;
        }

        // A rule that holds for no choice at all leaves nothing possible; otherwise each split of each run not yet
        // seen in a solution is tried on its own.
        var solvable = Enumerable.Range(0, k).All(c => least[c][0] + sums[c] <= 0 && most[c][0] + sums[c] >= 0);
        for (var m = 0; solvable && m < n && !exhausted; m++)
        {
            for (var j = 0; j < splits[members[m]].Candidates.Count && !exhausted; j++)
            {
                if (!seen[m].Contains(j))
                {
                    (forcedSlot, forcedCandidate) = (m, j);
                    Search(0);
                }
            }
        }

        var solutions = seen.All(s => s.Count > 0) ? 1 : 0;
        for (var m = 0; m < n; m++)
        {
            var run = members[m];
            var candidates = splits[run].Candidates;
            outcomes[run] = exhausted
                ? RunOutcome.Unsolved($"与之相关的各行拆分组合过多,搜索超过 {StepBudget} 步,{SplitResult.TooManyMark}") with { Exhausted = true }
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
    /// <summary>For an ambiguous run: the one split that every rule allows, when only a possible slip admits the others.</summary>
    public decimal[]? IfNoSlip { get; init; }

    public static RunOutcome Read(decimal[] values) => new(values, [values], null);

    public static RunOutcome Ambiguous(IReadOnlyList<decimal[]> candidates) => new(null, candidates, null);

    public static RunOutcome Unsolved(string reason) => new(null, [], reason);

    /// <summary>The search hit a bound: the run's splits are not known, so it cannot be read.</summary>
    public bool Exhausted { get; init; }
}
