using System.Diagnostics;
using System.Globalization;
using Istmo.Matching;

namespace Istmo.Bench.Matching;

/// <summary>Entity-resolution section: generated registry-like records with known clusters, pairwise P/R/F1 and time.</summary>
public static partial class MatchingBenchmark
{
    private static void ResolutionSection(int count, int seed, Report w)
    {
        w.Section($"Entity resolution of {count:N0} registry-like records (clusters of 1–5 noisy records per person, plus look-alike relatives)");
        var gen = new IdentityGenerator(seed);
        var records = new List<MatchEntity>(count);
        var truth = new List<int>(count);
        var people = new List<Identity>();
        var cluster = 0;
        while (records.Count < count)
        {
            var p = gen.NextIdentity("r");
            var size = 1;
            while (size < 5 && gen.Random.NextDouble() < 0.45)
            {
                size++;
            }

            for (int k = 0; k < size && records.Count < count; k++)
            {
                var id = "r" + records.Count.ToString(CultureInfo.InvariantCulture);
                records.Add(k == 0 && gen.Random.NextDouble() < 0.5 ? IdentityGenerator.ToEntity(p, id) : gen.Variant(p, id));
                truth.Add(cluster);
            }

            cluster++;
            people.Add(p);
            if (gen.Random.NextDouble() < 0.1 && records.Count < count)
            {
                var (relative, _) = gen.HardNegative(p);
                records.Add(gen.Variant(relative, "r" + records.Count.ToString(CultureInfo.InvariantCulture), keepBirthDate: true));
                truth.Add(cluster++);
                people.Add(relative);
            }
        }

        var predicted = ResolveAndScore(records, truth, cluster, new ResolverOptions(), w);
        // Records per person, for both breakdowns.
        var sizes = new long[people.Count];
        foreach (var t in truth)
        {
            sizes[t]++;
        }

        Namesakes(records, truth, people, sizes, w);
        ByCulture(truth, predicted, people, sizes, w);
    }

    /// <summary>
    /// Resolves labelled records from a file (`istmo bench resolve`) with the product's resolver and prints time and pairwise
    /// precision, recall and F1 against the labels. Records the reader refused (no name and no other fact) have no cluster but
    /// their true pairs still count, as missed: pass their labels in <paramref name="refusedLabels"/>.
    /// </summary>
    /// <returns>0 when it ran (an F1 below 0.95 is printed as MISS).</returns>
    public static int RunLabelled(string title, IReadOnlyList<MatchEntity> records, IReadOnlyList<string> labels, IReadOnlyList<string> refusedLabels, double threshold, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(refusedLabels);
        if (labels.Count != records.Count)
        {
            throw new ArgumentException("One label per record is needed.", nameof(labels));
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int Person(string label)
        {
            if (!ids.TryGetValue(label, out var c))
            {
                c = ids.Count;
                ids[label] = c;
            }

            return c;
        }

        List<int> truth = [.. labels.Select(Person)];
        List<int> refused = [.. refusedLabels.Select(Person)];
        var w = new Report(output);
        w.Section($"Entity resolution of {title}: {records.Count:N0} records{(refused.Count > 0 ? $" ({refused.Count:N0} more refused by the reader, counted alone)" : "")}, {ids.Count:N0} labelled people");
        ResolveAndScore([.. records], truth, ids.Count, new ResolverOptions { MatchProbability = threshold }, w, refused);
        return 0;
    }

    /// <returns>Each record's predicted cluster (an index into the result's clusters).</returns>
    private static int[] ResolveAndScore(List<MatchEntity> records, List<int> truth, int people, ResolverOptions options, Report w, IReadOnlyList<int>? refused = null)
    {
        GC.Collect();
        var sw = Stopwatch.StartNew();
        // The resolver the product uses (CLI `istmo resolve` and the registry's duplicate clusters), with its defaults.
        // ISTMO_RESOLUTION_DIAG=1 adds a breakdown: time per phase, pairs and recall per blocking rule, missed and false pairs.
        var resolver = new EntityResolver(options);
        // ISTMO_RESOLUTION_DIAG=phases prints the phases' times only (the breakdown takes minutes at 1M).
        var diag = Environment.GetEnvironmentVariable("ISTMO_RESOLUTION_DIAG");
        var trace = diag is "1" or "phases" ? new ResolverTrace { Detailed = diag == "1" } : null;
        resolver.Trace = trace;
        var result = resolver.Resolve(records);
        var seconds = sw.Elapsed.TotalSeconds;
        var position = new Dictionary<string, int>(records.Count, StringComparer.Ordinal);
        for (int i = 0; i < records.Count; i++)
        {
            position[records[i].Id] = i;
        }

        var predicted = new int[records.Count];
        for (int c = 0; c < result.Clusters.Count; c++)
        {
            foreach (var id in result.Clusters[c])
            {
                predicted[position[id]] = c;
            }
        }

        static long Pairs(long k) => k * (k - 1) / 2;
        var cells = new Dictionary<(int, int), long>();
        var predSizes = new Dictionary<int, long>();
        var truthSizes = new Dictionary<int, long>();
        for (int i = 0; i < records.Count; i++)
        {
            var key = (predicted[i], truth[i]);
            cells[key] = cells.GetValueOrDefault(key) + 1;
            predSizes[predicted[i]] = predSizes.GetValueOrDefault(predicted[i]) + 1;
            truthSizes[truth[i]] = truthSizes.GetValueOrDefault(truth[i]) + 1;
        }

        foreach (var t in refused ?? [])
        {
            truthSizes[t] = truthSizes.GetValueOrDefault(t) + 1;
        }

        var tp = cells.Values.Sum(Pairs);
        var predictedPairs = predSizes.Values.Sum(Pairs);
        var truePairs = truthSizes.Values.Sum(Pairs);
        var c2 = new Counts { Tp = tp, Fp = predictedPairs - tp, Fn = truePairs - tp };
        // 2 minutes at a million records, scaled, but never below 5 s: a small file's time is the model's training, not its size.
        var limit = Math.Max(Scale(120, records.Count), 5);
        w.Metric("resolution time", $"{seconds:0.0} s", 0, seconds <= limit, $"< {limit:0.#} s (2 min at 1M)");
        w.Metric("pairwise precision / recall / F1", c2.ToString(), 0.95, c2.F1 >= 0.95, "F1 ≥ 0.95");
        if (trace is not null)
        {
            w.Line("  phases: " + string.Join(", ", trace.Phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Phase} {p.Seconds:0.0} s"))));
            w.Line("  pairs per rule: " + string.Join(", ", trace.RuleCounts.Select(kv => $"{kv.Key} {kv.Value:N0}")));
            if (trace.Detailed)
            {
                Diagnose(trace, records, truth, predicted, result.Threshold, w);
            }
        }

        var m = result.Model;
        w.Line($"  {result.ComparedPairs:N0} pairs compared, {result.Links.Count:N0} links at p ≥ {result.Threshold:0.00}, {result.Clusters.Count:N0} clusters (truth {people:N0}); EM {m.Iterations} iterations, converged {m.Converged}, λ={m.Lambda:0.0000}");
        foreach (var f in m.Features)
        {
            var levels = string.Join(", ", f.Levels.Select((l, i) => string.Create(CultureInfo.InvariantCulture, $"{l}: m={f.M[i]:0.000} u={f.U[i]:0.0000} w={f.Weight(i):+0.0;-0.0}")));
            w.Line($"    {f.Name,-12} {levels}");
        }

        return predicted;
    }
}
