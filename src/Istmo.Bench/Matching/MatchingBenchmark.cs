using System.Diagnostics;
using System.Globalization;
using Istmo.Matching;

namespace Istmo.Bench.Matching;

/// <summary>Macro benchmark of the matching engine: accuracy against two baselines, latency, throughput, build time, memory, entity resolution.</summary>
public static class MatchingBenchmark
{
    /// <summary>Runs every section and prints numbers with their targets; returns 0 when it ran (targets missed are printed as MISS).</summary>
    public static int Run(MatchingBenchOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var size = options.Quick ? Math.Min(options.Size, 10_000) : options.Size;
        var queries = options.Quick ? Math.Min(options.Queries, 500) : options.Queries;
        var pairs = options.Quick ? Math.Min(options.Pairs, 1_000) : options.Pairs;
        var batch = options.BatchQueries ?? Math.Clamp(size / 10, 1_000, 100_000);
        var resolution = options.ResolutionSize ?? (options.Quick ? Math.Min(size, 10_000) : size);
        if (size < 100 || queries < 10)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Size must be at least 100 and Queries at least 10.");
        }

        var w = new Report(output);
        w.Line($"istmo bench matching — N={size:N0} watchlist names, {queries:N0} queries, seed {options.Seed}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        w.Line("");

        // 1. Watchlist and index.
        var gen = new IdentityGenerator(options.Seed);
        var sw = Stopwatch.StartNew();
        var identities = new Identity[size];
        for (int i = 0; i < size; i++)
        {
            identities[i] = gen.NextIdentity();
        }

        var entities = identities.Select(p => IdentityGenerator.ToEntity(p)).ToList();
        w.Line($"generated {size:N0} identities in {sw.Elapsed.TotalSeconds:0.0} s");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        sw.Restart();
        var index = MatchIndex.Build(entities);
        var buildSeconds = sw.Elapsed.TotalSeconds;
        entities = null;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var indexBytes = GC.GetTotalMemory(true) - before;
        var ws = Process.GetCurrentProcess().WorkingSet64;
        w.Section("Index");
        w.Metric("build time", $"{buildSeconds:0.0} s", Scale(30, size), buildSeconds <= Scale(30, size), $"< {Scale(30, size):0.#} s (30 s at 1M)");
        w.Metric("index managed memory", $"{indexBytes / 1e6:N0} MB", 0, indexBytes <= Scale(1.5e9, size), $"< {Scale(1500, size):N0} MB (1.5 GB at 1M)");
        w.Line($"  process working set {ws / 1e6:N0} MB (includes generator data); {index.TokenCount:N0} tokens, {index.KeyCount:N0} keys, {index.Rejected.Count} rejected");

        // 2. Pairwise accuracy on labelled pairs, engine vs baselines.
        w.Section($"Pairwise accuracy on {pairs:N0} labelled pairs (half variants, half hard negatives)");
        var labelled = new IdentityGenerator(options.Seed + 1).Pairs(pairs);
        PairwiseAccuracy(labelled, w);

        // 3. Screening accuracy and single-query latency.
        var qgen = new IdentityGenerator(options.Seed + 2);
        var keyOf = identities.Select(TruthKey).ToArray();
        var queriesList = new List<(MatchEntity Query, Identity Person, bool Listed)>(queries);
        for (int i = 0; i < queries; i++)
        {
            var r = qgen.Random.NextDouble();
            if (r < 0.5)
            {
                var p = identities[qgen.Random.Next(size)];
                queriesList.Add((qgen.Variant(p, "q" + i), p, true));
            }
            else if (r < 0.7)
            {
                var (n, _) = qgen.HardNegative(identities[qgen.Random.Next(size)]);
                queriesList.Add((qgen.Variant(n, "q" + i, keepBirthDate: true), n, false));
            }
            else
            {
                var n = qgen.NextIdentity("f");
                queriesList.Add((qgen.Variant(n, "q" + i), n, false));
            }
        }

        var defaults = MatchOptions.Default;
        foreach (var (q, _, _) in queriesList.Take(50))
        {
            index.Search(q, defaults); // warm-up
        }

        var latencies = new double[queries];
        var engineCounts = new Counts();
        var topOne = new Counts();
        var results = new IReadOnlyList<MatchResult>[queries];
        for (int i = 0; i < queries; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            results[i] = index.Search(queriesList[i].Query, defaults);
            latencies[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        }

        for (int i = 0; i < queries; i++)
        {
            var (_, person, listed) = queriesList[i];
            engineCounts.Add(results[i].Where(r => r.IsMatch).Select(r => r.CandidateId), person, listed, keyOf);
            topOne.Add(results[i].Take(1).Where(r => r.IsMatch).Select(r => r.CandidateId), person, listed, keyOf);
        }

        Array.Sort(latencies);
        var p50 = Percentile(latencies, 0.50);
        var p99 = Percentile(latencies, 0.99);
        w.Section($"Screening {queries:N0} queries against {size:N0} names (default options: threshold 0.70, cutoff 0.50, limit 10, explanations on)");
        w.Metric("engine, every flagged result", engineCounts.ToString(), 0.97, engineCounts.F1 >= 0.97, "F1 ≥ 0.97");
        w.Line($"  engine, top result only            {topOne}");
        w.Line("  (a flag is correct when it names the query's identity or an identical name+birth date; queries without a birth date");
        w.Line("   legitimately flag several namesakes, which the strict count treats as false positives)");
        w.Metric("single-query latency p50", $"{p50:0.000} ms", 1, p50 < 1, "< 1 ms at 1M");
        w.Metric("single-query latency p99", $"{p99:0.000} ms", 5, p99 < 5, "< 5 ms at 1M");

        // 4. Brute-force baselines on a sample, extrapolated.
        var sample = Math.Clamp((int)(20_000_000L / size), 10, Math.Min(200, queries));
        var names = identities.Select(p => NameNormalizer.Normalize(p.FullName)).ToArray();
        BaselineScreening(queriesList.Take(sample).ToList(), results.Take(sample).ToList(), names, identities, keyOf, w);

        // 5. Batch throughput.
        var batchQueries = new List<MatchEntity>(batch);
        for (int i = 0; i < batch; i++)
        {
            var p = qgen.Random.NextDouble() < 0.5 ? identities[qgen.Random.Next(size)] : qgen.NextIdentity("b");
            batchQueries.Add(qgen.Variant(p, "b" + i));
        }

        var bulk = new MatchOptions { Explain = false };
        sw.Restart();
        var batchResults = index.SearchMany(batchQueries, bulk);
        var perSecond = batch / sw.Elapsed.TotalSeconds;
        w.Section($"Batch screening {batch:N0} names against {size:N0} (SearchMany, explanations off)");
        w.Metric("throughput", $"{perSecond:N0} names/s", 20_000, perSecond >= 20_000, "≥ 20,000 names/s (100k vs 1M)");
        w.Line($"  flagged {batchResults.Sum(r => r.Count(x => x.IsMatch)):N0} matches in {sw.Elapsed.TotalSeconds:0.00} s");

        // 6. Entity resolution.
        identities = [];
        names = [];
        index = null;
        GC.Collect();
        ResolutionSection(resolution, options.Seed + 3, w);

        w.Line("");
        w.Line($"targets missed: {w.Missed}");
        return 0;
    }

    private static double Scale(double atMillion, int size) => Math.Max(atMillion * size / 1_000_000.0, atMillion / 100);

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>Two records are the same person when they come from the same identity, or are indistinguishable (same folded name and birth date).</summary>
    public static string TruthKey(Identity p) => NameNormalizer.Normalize(p.FullName) + "|" + p.BirthDate;

    private static void PairwiseAccuracy(List<LabelledPair> labelled, Report w)
    {
        var engine = new List<(double, bool)>(labelled.Count);
        var tokenSet = new List<(double, bool)>(labelled.Count);
        var jaro = new List<(double, bool)>(labelled.Count);
        foreach (var pair in labelled)
        {
            engine.Add((Scorer.Score(pair.A, pair.B, new MatchOptions { Explain = false }).Score, pair.IsMatch));
            var a = Baselines.Norm(pair.A);
            var b = Baselines.Norm(pair.B);
            tokenSet.Add((Baselines.TokenSet(a, b), pair.IsMatch));
            jaro.Add((Baselines.Jaro(a, b), pair.IsMatch));
        }

        var e = Counts.At(engine, 0.70);
        w.Metric("engine (threshold 0.70)", e.ToString(), 0.97, e.F1 >= 0.97, "F1 ≥ 0.97");
        var eBest = Adjudications.CalibrateThreshold(engine, 0.70);
        w.Line($"  engine at its best threshold {eBest:0.00}: {Counts.At(engine, eBest)}");
        foreach (var (name, list, fixedT) in new[] { ("FuzzySharp token-set ratio", tokenSet, Baselines.TokenSetThreshold), ("Jaro-Winkler full string", jaro, Baselines.JaroWinklerThreshold) })
        {
            var best = Adjudications.CalibrateThreshold(list, fixedT);
            w.Line($"  baseline {name}: at {fixedT:0.00} {Counts.At(list, fixedT)}; at its best threshold {best:0.00} (oracle) {Counts.At(list, best)}");
        }

        var byKind = labelled.Select((p, i) => (p.Kind, Score: engine[i].Item1, p.IsMatch)).GroupBy(x => x.Kind);
        foreach (var g in byKind.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var correct = g.Count(x => (x.Score >= 0.70) == x.IsMatch);
            w.Line($"  engine on {g.Key}: {correct}/{g.Count()} correct ({100.0 * correct / g.Count():0.0}%)");
        }
    }

    private static void BaselineScreening(
        List<(MatchEntity Query, Identity Person, bool Listed)> sample, List<IReadOnlyList<MatchResult>> engineResults,
        string[] names, Identity[] identities, string[] keyOf, Report w)
    {
        w.Section($"Brute-force baselines on a sample of {sample.Count} queries against all {names.Length:N0} names (single thread, extrapolated)");
        var engine = new Counts();
        for (int i = 0; i < sample.Count; i++)
        {
            engine.Add(engineResults[i].Where(r => r.IsMatch).Select(r => r.CandidateId), sample[i].Person, sample[i].Listed, keyOf);
        }

        w.Line($"  engine on the same sample: {engine}");
        foreach (var (label, fn, threshold) in new (string, Func<string, string, double>, double)[]
        {
            ("FuzzySharp token-set ratio ≥ 90", Baselines.TokenSet, Baselines.TokenSetThreshold),
            ("Jaro-Winkler ≥ 0.92", Baselines.Jaro, Baselines.JaroWinklerThreshold),
        })
        {
            var counts = new Counts();
            var sw = Stopwatch.StartNew();
            var top = new List<(double Score, int Index)>();
            foreach (var (query, person, listed) in sample)
            {
                var q = Baselines.Norm(query);
                top.Clear();
                for (int j = 0; j < names.Length; j++)
                {
                    var s = fn(q, names[j]);
                    if (s >= threshold)
                    {
                        top.Add((s, j));
                    }
                }

                var flagged = top.OrderByDescending(x => x.Score).ThenBy(x => x.Index).Take(10).Select(x => identities[x.Index].Id);
                counts.Add(flagged, person, listed, keyOf);
            }

            var perQuery = sw.Elapsed.TotalMilliseconds / Math.Max(1, sample.Count);
            w.Line($"  baseline {label}: {counts}; {perQuery:N1} ms/query → {1000.0 / perQuery:N1} queries/s per core (extrapolated from {sample.Count} queries)");
        }
    }

    private static void ResolutionSection(int count, int seed, Report w)
    {
        w.Section($"Entity resolution of {count:N0} registry-like records (clusters of 1–5 noisy records per person, plus look-alike relatives)");
        var gen = new IdentityGenerator(seed);
        var records = new List<MatchEntity>(count);
        var truth = new List<int>(count);
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
            if (gen.Random.NextDouble() < 0.1 && records.Count < count)
            {
                var (relative, _) = gen.HardNegative(p);
                records.Add(gen.Variant(relative, "r" + records.Count.ToString(CultureInfo.InvariantCulture), keepBirthDate: true));
                truth.Add(cluster++);
            }
        }

        GC.Collect();
        var sw = Stopwatch.StartNew();
        var result = new EntityResolver().Resolve(records);
        var seconds = sw.Elapsed.TotalSeconds;
        var predicted = new int[records.Count];
        for (int c = 0; c < result.Clusters.Count; c++)
        {
            foreach (var id in result.Clusters[c])
            {
                predicted[int.Parse(id.AsSpan(1), CultureInfo.InvariantCulture)] = c;
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

        var tp = cells.Values.Sum(Pairs);
        var predictedPairs = predSizes.Values.Sum(Pairs);
        var truePairs = truthSizes.Values.Sum(Pairs);
        var c2 = new Counts { Tp = tp, Fp = predictedPairs - tp, Fn = truePairs - tp };
        w.Metric("resolution time", $"{seconds:0.0} s", 0, seconds <= Scale(120, count), $"< {Scale(120, count):0.#} s (2 min at 1M)");
        w.Metric("pairwise precision / recall / F1", c2.ToString(), 0.95, c2.F1 >= 0.95, "F1 ≥ 0.95");
        var m = result.Model;
        w.Line($"  {result.ComparedPairs:N0} pairs compared, {result.Links.Count:N0} links at p ≥ {result.Threshold:0.00}, {result.Clusters.Count:N0} clusters (truth {cluster:N0}); EM {m.Iterations} iterations, converged {m.Converged}, λ={m.Lambda:0.0000}");
        foreach (var f in m.Features)
        {
            var levels = string.Join(", ", f.Levels.Select((l, i) => string.Create(CultureInfo.InvariantCulture, $"{l}: m={f.M[i]:0.000} u={f.U[i]:0.0000} w={f.Weight(i):+0.0;-0.0}")));
            w.Line($"    {f.Name,-12} {levels}");
        }
    }

    /// <summary>Pairwise counts for screening: a flag is right when it names the query's identity or an indistinguishable one.</summary>
    internal sealed class Counts
    {
        public long Tp { get; set; }

        public long Fp { get; set; }

        public long Fn { get; set; }

        public double Precision => Tp + Fp == 0 ? 1 : Tp / (double)(Tp + Fp);

        public double Recall => Tp + Fn == 0 ? 1 : Tp / (double)(Tp + Fn);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public static Counts At(List<(double Score, bool IsMatch)> scores, double threshold)
        {
            var c = new Counts();
            foreach (var (s, m) in scores)
            {
                if (s >= threshold && m)
                {
                    c.Tp++;
                }
                else if (s >= threshold)
                {
                    c.Fp++;
                }
                else if (m)
                {
                    c.Fn++;
                }
            }

            return c;
        }

        public void Add(IEnumerable<string> flagged, Identity person, bool listed, string[] keyOf)
        {
            var truthKey = TruthKey(person);
            var hit = false;
            foreach (var id in flagged)
            {
                var idx = int.Parse(id.AsSpan(1), CultureInfo.InvariantCulture);
                if ((listed && id == person.Id) || keyOf[idx] == truthKey)
                {
                    Tp++;
                    hit = true;
                }
                else
                {
                    Fp++;
                }
            }

            if (listed && !hit)
            {
                Fn++;
            }
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P={Precision:0.0000} R={Recall:0.0000} F1={F1:0.0000} (tp {Tp}, fp {Fp}, fn {Fn})");
    }

    /// <summary>Aligned output with target checks.</summary>
    internal sealed class Report(TextWriter output)
    {
        public int Missed { get; private set; }

        public void Line(string s) => output.WriteLine(s);

        public void Section(string title)
        {
            output.WriteLine("");
            output.WriteLine("== " + title);
        }

        public void Metric(string name, string value, double target, bool ok, string targetText)
        {
            _ = target;
            if (!ok)
            {
                Missed++;
            }

            output.WriteLine($"  {name,-34} {value,-52} target {targetText,-28} {(ok ? "OK" : "MISS")}");
        }
    }
}
