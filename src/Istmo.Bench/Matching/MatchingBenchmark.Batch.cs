using System.Diagnostics;
using Istmo.Matching;

namespace Istmo.Bench.Matching;

/// <summary>Batch-throughput section: many generated queries against the whole index with <see cref="MatchIndex.SearchMany"/>.</summary>
public static partial class MatchingBenchmark
{
    private static void BatchSection(MatchIndex index, Identity[] identities, IdentityGenerator qgen, int batch, Report w)
    {
        var size = identities.Length;
        var first = BatchQueries(identities, qgen, batch, "b");
        var second = BatchQueries(identities, qgen, batch, "c");
        var bulk = new MatchOptions { Explain = false };

        // Two passes over different queries. The first, in a process that has not searched yet, includes the warm-up: the
        // JIT's tiering (tier 0, then instrumented, then optimised code for the hot methods: ~1 s of CPU here) and the
        // index-wide cache of token similarities filling up. The second is the steady state of a process that screens
        // one batch after another (the Screening module's server); the target is read on it, and both are printed.
        w.Section($"Batch screening {batch:N0} names against {size:N0} (SearchMany, explanations off)");
        var cold = TimeBatch(index, first, bulk);
        w.Line($"  first pass (in a fresh process this includes the JIT's warm-up): {cold.PerSecond:N0} names/s, CPU {cold.CpuMs:0.000} ms/query");
        var warm = TimeBatch(index, second, bulk);
        w.Metric("throughput (second pass, other names)", $"{warm.PerSecond:N0} names/s", 20_000, warm.PerSecond >= 20_000, "≥ 20,000 names/s (100k vs 1M)");

        // CPU time per query does not depend on what else runs on the machine; the throughput it implies on idle cores is
        // cores / CPU time (SearchMany keeps every core busy).
        var idle = Environment.ProcessorCount * 1000.0 / Math.Max(warm.CpuMs, 1e-9);
        w.Line($"  CPU time {warm.CpuMs:0.000} ms/query (process CPU time / queries) → {idle:N0} names/s on {Environment.ProcessorCount} idle cores");
        w.Line($"  {warm.Collections} garbage collections ({warm.Gen1} of generation 1, {warm.Gen2} of generation 2), {warm.PausedMs:N0} ms paused, {warm.AllocatedPerQuery / 1024:N1} KB allocated per query");
        w.Line($"  flagged {cold.Flagged:N0} + {warm.Flagged:N0} matches; results checksums {cold.Checksum:x16} {warm.Checksum:x16}");

        // ISTMO_BATCH_REPEAT=N runs the first batch N more times and prints each run's CPU per query: on a shared machine one
        // run's CPU time varies by ±10%, so speed changes are compared on the minimum of several runs.
        if (int.TryParse(Environment.GetEnvironmentVariable("ISTMO_BATCH_REPEAT"), out var repeat) && repeat > 0)
        {
            var runs = Enumerable.Range(0, repeat).Select(_ => TimeBatch(index, first, bulk).CpuMs).ToList();
            w.Line($"  repeated runs, CPU ms/query: {string.Join(", ", runs.Select(x => x.ToString("0.000")))} (min {runs.Min():0.000})");
        }
    }

    /// <summary>Half the queries are variants of listed people, half variants of people not listed.</summary>
    private static List<MatchEntity> BatchQueries(Identity[] identities, IdentityGenerator qgen, int batch, string prefix)
    {
        var queries = new List<MatchEntity>(batch);
        for (int i = 0; i < batch; i++)
        {
            var p = qgen.Random.NextDouble() < 0.5 ? identities[qgen.Random.Next(identities.Length)] : qgen.NextIdentity(prefix);
            queries.Add(qgen.Variant(p, prefix + i));
        }

        return queries;
    }

    private static BatchTiming TimeBatch(MatchIndex index, List<MatchEntity> queries, MatchOptions options)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var gc0 = GC.CollectionCount(0);
        var gen10 = GC.CollectionCount(1);
        var gen20 = GC.CollectionCount(2);
        var pause0 = GC.GetTotalPauseDuration();
        var allocated0 = GC.GetTotalAllocatedBytes();
        var sw = Stopwatch.StartNew();
        var results = index.SearchMany(queries, options);
        var wall = sw.Elapsed.TotalSeconds;
        process.Refresh();
        return new BatchTiming(
            queries.Count / wall,
            (process.TotalProcessorTime - cpu0).TotalMilliseconds / queries.Count,
            GC.CollectionCount(0) - gc0,
            GC.CollectionCount(1) - gen10,
            GC.CollectionCount(2) - gen20,
            (GC.GetTotalPauseDuration() - pause0).TotalMilliseconds,
            (GC.GetTotalAllocatedBytes() - allocated0) / (double)queries.Count,
            results.Sum(r => r.Count(x => x.IsMatch)),
            Checksum(results));
    }

    private readonly record struct BatchTiming(double PerSecond, double CpuMs, int Collections, int Gen1, int Gen2, double PausedMs, double AllocatedPerQuery, int Flagged, ulong Checksum);

    /// <summary>A checksum of every result list (candidate ids in order, scores to 1e-9), so a speed change can show that
    /// it left the results exactly as they were.</summary>
    private static ulong Checksum(IReadOnlyList<IReadOnlyList<MatchResult>> results)
    {
        ulong h = 14695981039346656037;
        foreach (var list in results)
        {
            foreach (var r in list)
            {
                foreach (var c in r.CandidateId)
                {
                    h = (h ^ c) * 1099511628211;
                }

                h = (h ^ (ulong)Math.Round(r.Score * 1e9)) * 1099511628211;
            }

            h = (h ^ 0xff) * 1099511628211;
        }

        return h;
    }
}
