using System.Diagnostics;
using System.Globalization;
using Istmo.Matching;

namespace Istmo.Bench.Matching;

/// <summary>The resolution section's breakdown (ISTMO_RESOLUTION_DIAG=1): where true pairs are missed and false ones made, against the generator's truth.</summary>
public static partial class MatchingBenchmark
{
    /// <summary>Every pair of records (lower index first) that share a label, group by group in order of first appearance.</summary>
    private static IEnumerable<(int A, int B)> PairsWithin(IReadOnlyList<int> labels)
    {
        foreach (var g in Enumerable.Range(0, labels.Count).GroupBy(i => labels[i]).Where(g => g.Count() > 1))
        {
            var members = g.ToArray();
            for (int x = 0; x < members.Length; x++)
            {
                for (int y = x + 1; y < members.Length; y++)
                {
                    yield return (members[x], members[y]);
                }
            }
        }
    }

    private static string Describe(MatchEntity e) =>
        $"{string.Join(" / ", e.Names)} {e.BirthDate}{(e.City is null ? "" : " " + e.City)}{string.Concat(e.Emails.Select(m => " " + m))}{string.Concat(e.DocumentNumbers.Select(d => " #" + d))}";

    /// <summary>Whether the resolver compared two records (candidate pairs are packed with the lower index high).</summary>
    private static bool Compared(ResolverTrace trace, int a, int b) => trace.Candidates.Contains(((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b));

    private static void Diagnose(ResolverTrace trace, List<MatchEntity> records, List<int> truth, int[] predicted, double threshold, Report w)
    {
        var tw = Math.Log2(threshold / (1 - threshold));
        List<long> truePairs = [.. PairsWithin(truth).Select(p => ((long)p.A << 32) | (uint)p.B)];

        var sample = trace.Candidates.Take(20000).ToArray();
        var sw = Stopwatch.StartNew();
        foreach (var p in sample)
        {
            trace.Explain((int)(p >> 32), (int)(p & 0xFFFFFFFF));
        }

        var tAll = sw.Elapsed.TotalMilliseconds * 1000 / sample.Length;
        sw.Restart();
        foreach (var p in sample)
        {
            trace.NameScore((int)(p >> 32), (int)(p & 0xFFFFFFFF));
        }

        var tName = sw.Elapsed.TotalMilliseconds * 1000 / sample.Length;
        w.Line($"  per candidate pair: compare {tAll:0.0} µs, of which names {tName:0.0} µs; name forms per record {Enumerable.Range(0, 1000).Average(trace.NameForms):0.00}");
        foreach (var (rule, set) in trace.RulePairs)
        {
            var covered = truePairs.Count(set.Contains);
            var only = truePairs.Count(p => set.Contains(p) && trace.RulePairs.All(r => r.Key == rule || !r.Value.Contains(p)));
            w.Line($"  rule {rule,-20} pairs {set.Count,10:N0}  true pairs covered {covered,8:N0} of {truePairs.Count:N0}, only by this rule {only,6:N0}");
        }

        var truthSize = truth.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        int attRight = 0, attLone = 0, attWrong = 0;
        foreach (var (u, p) in trace.Attached)
        {
            if (truth[u] == truth[p])
            {
                attRight++;
            }
            else if (truthSize[truth[u]] == 1)
            {
                attLone++;
            }
            else
            {
                attWrong++;
                if (attWrong % 50 == 1)
                {
                    var mates = Enumerable.Range(0, records.Count).Where(i => i != u && truth[i] == truth[u]).Select(i => Describe(records[i]) + (Compared(trace, i, u) ? " [cand]" : ""));
                    w.Line($"    wrong attach: {Describe(records[u])} -> {Describe(records[p])}; mates: {string.Join(" | ", mates)}");
                }
            }
        }

        foreach (var g in trace.Refused.GroupBy(x => x.Reason))
        {
            w.Line($"  refused links ({g.Key}): true pairs {g.Count(x => truth[x.A] == truth[x.B]):N0}, false pairs {g.Count(x => truth[x.A] != truth[x.B]):N0}");
            foreach (var x in g.Where(x => truth[x.A] == truth[x.B]).Take(6))
            {
                w.Line($"    {Describe(records[x.A])} ~ {Describe(records[x.B])}");
            }
        }

        w.Line($"  attached undated: right {attRight:N0}, lone person {attLone:N0}, other person's cluster {attWrong:N0}");
        int notCandidate = 0, below = 0, guarded = 0, notCandidateAbove = 0, notCandidateNear = 0;
        var belowPatterns = new Dictionary<string, int>();
        var missedLevels = new Dictionary<string, int>();
        foreach (var (a, b) in PairsWithin(truth))
        {
            if (predicted[a] == predicted[b])
            {
                continue;
            }

            if (!trace.Candidates.Contains(((long)a << 32) | (uint)b))
            {
                var (ml, mw) = trace.Explain(a, b);
                var mk = $"name {ml[ResolverComparison.Name]} birth {ml[ResolverComparison.Birth]}";
                missedLevels[mk] = missedLevels.GetValueOrDefault(mk) + 1;
                if (mw >= tw && notCandidateAbove++ % 60 == 0)
                {
                    w.Line($"    not candidate, would link: {Describe(records[a])}  ~  {Describe(records[b])}  [{string.Join(",", ml)}] w={mw:0.0}");
                }

                notCandidateNear += mw >= tw - 3 ? 1 : 0;
                if (notCandidate % 97 == 0)
                {
                    w.Line($"    not candidate: {Describe(records[a])}  ~  {Describe(records[b])}  [{string.Join(",", ml)}] w={mw:0.0}");
                }

                notCandidate++;
                continue;
            }

            var (levels, weight) = trace.Explain(a, b);
            if (weight < tw)
            {
                below++;
                var key = string.Join(",", levels) + (weight < tw - 5 ? " (far)" : " (near)");
                belowPatterns[key] = belowPatterns.GetValueOrDefault(key) + 1;
            }
            else
            {
                guarded++;
            }
        }

        w.Line($"  missed true pairs: not candidates {notCandidate:N0}, below threshold {below:N0}, above but refused/other cluster {guarded:N0}");
        w.Line($"  of the pairs not candidates, at or above the link threshold {notCandidateAbove:N0}, within 3 bits of it {notCandidateNear:N0}");
        w.Line("  not candidates by level: " + string.Join(", ", missedLevels.OrderByDescending(kv => kv.Value).Take(16).Select(kv => $"{kv.Key} ×{kv.Value}")));
        foreach (var (k, c) in belowPatterns.OrderByDescending(kv => kv.Value).Take(12))
        {
            w.Line($"    below: {k} ×{c}");
        }

        LostByFragment(trace, records, truth, predicted, w);
        var fp = new Dictionary<string, int>();
        var byLevels = new Dictionary<(int, int), (int True, int False)>();
        // ISTMO_RESOLUTION_CELL="name,birth" (levels, e.g. "2,5") prints a sample (1 in 23) of that cell's pairs, true and false.
        var cellEnv = Environment.GetEnvironmentVariable("ISTMO_RESOLUTION_CELL");
        foreach (var (a, b) in PairsWithin(predicted))
        {
            var (nl, nw) = trace.Explain(a, b);
            var cell = byLevels.GetValueOrDefault((nl[ResolverComparison.Name], nl[ResolverComparison.Birth]));
            byLevels[(nl[ResolverComparison.Name], nl[ResolverComparison.Birth])] = truth[a] == truth[b] ? (cell.True + 1, cell.False) : (cell.True, cell.False + 1);
            if (cellEnv == $"{nl[ResolverComparison.Name]},{nl[ResolverComparison.Birth]}" && ((a * 7919L) + b) % 23 == 0)
            {
                w.Line($"    cell {cellEnv} {(truth[a] == truth[b] ? "true " : "false")}: {Describe(records[a])} ~ {Describe(records[b])} [{string.Join(",", nl)}] w={nw:0.0} name score {trace.NameScore(a, b):0.00}");
            }

            if (truth[a] != truth[b])
            {
                var (levels, weight) = trace.Explain(a, b);
                var key = string.Join(",", levels) + (weight >= tw ? " (linked)" : " (chained)");
                fp[key] = fp.GetValueOrDefault(key) + 1;
            }
        }

        foreach (var (k, c) in fp.OrderByDescending(kv => kv.Value).Take(10))
        {
            w.Line($"    false: {k} ×{c}");
        }

        w.Line("  pairs in predicted clusters by (name, birth) level, true/false: " + string.Join(", ", byLevels.OrderBy(kv => kv.Key).Select(kv => $"({kv.Key.Item1},{kv.Key.Item2}) {kv.Value.True}/{kv.Value.False}")));
    }

    /// <summary>
    /// Missed true pairs by the kind of the smaller fragment a person's records were split into, and for undated records
    /// left alone, how their close names (0.85+, among the candidates) spread over the predicted clusters.
    /// </summary>
    private static void LostByFragment(ResolverTrace trace, List<MatchEntity> records, List<int> truth, int[] predicted, Report w)
    {
        var predSize = new Dictionary<int, int>();
        foreach (var c in predicted)
        {
            predSize[c] = predSize.GetValueOrDefault(c) + 1;
        }

        string Kind(int i) => records[i].BirthDate is null ? "undated" : records[i].BirthDate!.Value.Day is null ? "year-only" : "dated";

        // Pairs between the fragments into which one partition splits each group of another, counted by the kind of the
        // smaller fragment (one record by its date, or a group) and where that fragment stands.
        Dictionary<string, long> BySmallerFragment(Func<int, int> groupOf, Func<int, int> splitBy, Func<int[], string> where)
        {
            var counts = new Dictionary<string, long>();
            foreach (var g in Enumerable.Range(0, records.Count).GroupBy(groupOf).Where(g => g.Count() > 1))
            {
                var frags = g.GroupBy(splitBy).Select(f => f.ToArray()).OrderBy(f => f.Length).ToArray();
                for (int x = 0; x < frags.Length; x++)
                {
                    for (int y = x + 1; y < frags.Length; y++)
                    {
                        var small = frags[x];
                        var key = (small.Length == 1 ? Kind(small[0]) + " record" : "group of " + small.Length) + where(small);
                        counts[key] = counts.GetValueOrDefault(key) + ((long)small.Length * frags[y].Length);
                    }
                }
            }

            return counts;
        }

        // Missed pairs: a person's records split over predicted clusters.
        var lost = BySmallerFragment(i => truth[i], i => predicted[i], small => predSize[predicted[small[0]]] > small.Length ? " inside another person's cluster" : " alone");
        w.Line("  missed true pairs by smaller fragment: " + string.Join(", ", lost.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value:N0}")));

        // False pairs: a predicted cluster joining people, and whether the smaller fragment's person has records elsewhere
        // (a person alone joined to another, or a piece of a person).
        var truthCount = truth.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var wrong = BySmallerFragment(i => predicted[i], i => truth[i], small => truthCount[truth[small[0]]] > small.Length ? " (person has other records)" : " (whole person)");
        w.Line("  false pairs by smaller fragment: " + string.Join(", ", wrong.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value:N0}")));

        // Undated singletons of multi-record people: close names' clusters.
        var truthSize = truth.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var lone = new HashSet<int>(Enumerable.Range(0, records.Count).Where(i => records[i].BirthDate is null && predSize[predicted[i]] == 1 && truthSize[truth[i]] > 1));
        var close = new Dictionary<int, List<(int X, double W, bool Partner)>>();
        foreach (var p in trace.Candidates)
        {
            int a = (int)(p >> 32), b = (int)(p & 0xFFFFFFFF);
            if (!lone.Contains(a) && !lone.Contains(b))
            {
                continue;
            }

            var (levels, weight) = trace.Explain(a, b);
            // Close names as the product's attachment reads them: a partner, or a rival whose facts contradict.
            var closeness = UndatedPlacement.CloseName(levels);
            if (closeness == UndatedPlacement.Closeness.Far)
            {
                continue;
            }

            var partner = closeness == UndatedPlacement.Closeness.Partner;
            foreach (var (u, x) in new[] { (a, b), (b, a) })
            {
                if (lone.Contains(u))
                {
                    if (!close.TryGetValue(u, out var list))
                    {
                        close[u] = list = [];
                    }

                    list.Add((x, weight, partner));
                }
            }
        }

        var why = new Dictionary<string, int>();
        var byTruth = Enumerable.Range(0, records.Count).ToLookup(i => truth[i]);
        var shownUncompared = 0;
        foreach (var u in lone)
        {
            var list = close.GetValueOrDefault(u) ?? [];
            var mine = list.Where(c => truth[c.X] == truth[u]).ToList();
            var others = list.Where(c => truth[c.X] != truth[u]).ToList();
            var myClusters = mine.Select(c => predicted[c.X]).Distinct().Count();
            var otherPeople = others.Select(c => truth[c.X]).Distinct().Count();
            string key;
            if (mine.Count == 0)
            {
                // Its mates' best name level (compared or not): a close mate never compared is a blocking miss.
                var bestMate = (Level: -1, Cand: false);
                foreach (var x in byTruth[truth[u]])
                {
                    if (x != u)
                    {
                        var level = trace.Explain(u, x).Levels[ResolverComparison.Name];
                        var cand = Compared(trace, x, u);
                        if (level > bestMate.Level || (level == bestMate.Level && cand))
                        {
                            bestMate = (level, cand);
                        }
                    }
                }

                key = $"no close mate among candidates; best mate name level {bestMate.Level} ({(bestMate.Cand ? "compared" : "not compared")})";
                if (bestMate.Level >= ResolverComparison.NameClose && !bestMate.Cand && shownUncompared++ < 40)
                {
                    w.Line($"    never compared: {records[u].Names[0]}  ~  " + string.Join(" | ", byTruth[truth[u]].Where(x => x != u).Select(x => $"{records[x].Names[0]} {records[x].BirthDate}")));
                }
            }
            else if (!mine.Any(c => c.Partner))
            {
                key = "close mates all contradict (sex/nat/id)";
            }
            else if (otherPeople == 0)
            {
                key = myClusters > 1 ? $"only own person, split in {Math.Min(myClusters, 3)}+ clusters" : $"only own person, one cluster, best w {Math.Floor(mine.Max(c => c.W) / 2) * 2:+0;-0}";
            }
            else
            {
                var gap = mine.Max(c => c.W) - others.Max(c => c.W);
                key = $"namesakes too ({Math.Min(otherPeople, 3)}+ people), own best − other best {(gap >= 4 ? ">=4" : gap >= 0 ? "0..4" : "<0")}";
            }

            why[key] = why.GetValueOrDefault(key) + 1;
        }

        // Dated and year-only singletons of multi-record people: their best link to their own person.
        var datedLone = Enumerable.Range(0, records.Count).Where(i => records[i].BirthDate is not null && predSize[predicted[i]] == 1 && truthSize[truth[i]] > 1).ToList();
        var datedWhy = new Dictionary<string, int>();
        var shown = 0;
        foreach (var u in datedLone)
        {
            var best = (W: double.NegativeInfinity, X: -1, Cand: false, Levels: Array.Empty<int>());
            foreach (var x in byTruth[truth[u]])
            {
                if (x != u)
                {
                    var cand = Compared(trace, x, u);
                    var (levels, weight) = trace.Explain(u, x);
                    if (weight > best.W)
                    {
                        best = (weight, x, cand, levels);
                    }
                }
            }

            var key = $"{Kind(u)}: {(best.Cand ? "candidate" : "not candidate")}, name {best.Levels[ResolverComparison.Name]} birth {best.Levels[ResolverComparison.Birth]}, w {(best.W >= 0 ? ">=0" : best.W >= -5 ? "-5..0" : best.W >= -10 ? "-10..-5" : "<-10")}";
            datedWhy[key] = datedWhy.GetValueOrDefault(key) + 1;
            if ((best.Levels[ResolverComparison.Name] <= 2 && best.Levels[ResolverComparison.Birth] == ResolverComparison.BirthExact || best.Levels[ResolverComparison.Name] >= ResolverComparison.NameClose && best.Levels[ResolverComparison.Birth] == 1) && shown++ < 30)
            {
                w.Line($"    dated alone: {Describe(records[u])} ~ {Describe(records[best.X])} [{string.Join(",", best.Levels)}] w={best.W:0.0} cand={best.Cand}");
            }
        }

        w.Line($"  dated records alone with mates ({datedLone.Count:N0}):");
        foreach (var (k, c) in datedWhy.OrderByDescending(kv => kv.Value).Take(25))
        {
            w.Line($"    {k}: {c:N0}");
        }

        w.Line($"  undated records alone with mates ({lone.Count:N0}):");
        foreach (var (k, c) in why.OrderByDescending(kv => kv.Value))
        {
            w.Line($"    {k}: {c:N0}");
        }
    }
}
