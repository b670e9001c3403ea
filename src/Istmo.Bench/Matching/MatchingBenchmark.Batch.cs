using System.Diagnostics;
using Istmo.Matching;

namespace Istmo.Bench.Matching;

/// <summary>Batch-throughput section: many generated queries against the whole index with <see cref="MatchIndex.SearchMany"/>.</summary>
public static partial class MatchingBenchmark
{
    private static void BatchSection(MatchIndex index, Identity[] identities, IdentityGenerator qgen, int batch, Report w)
    {
        var size = identities.Length;
        var batchQueries = new List<MatchEntity>(batch);
        for (int i = 0; i < batch; i++)
        {
            var p = qgen.Random.NextDouble() < 0.5 ? identities[qgen.Random.Next(size)] : qgen.NextIdentity("b");
            batchQueries.Add(qgen.Variant(p, "b" + i));
        }

        var bulk = new MatchOptions { Explain = false };

        // ISTMO_BATCH_REPEAT=N runs the batch N more times first and prints each run's CPU per query: on a shared machine one
        // run's CPU time varies by ±15%, so speed changes are compared on the minimum of several runs.
        if (int.TryParse(Environment.GetEnvironmentVariable("ISTMO_BATCH_REPEAT"), out var repeat) && repeat > 0)
        {
            var runs = new List<double>();
            for (int r = 0; r < repeat; r++)
            {
                var p0 = Process.GetCurrentProcess().TotalProcessorTime;
                index.SearchMany(batchQueries, bulk);
                runs.Add((Process.GetCurrentProcess().TotalProcessorTime - p0).TotalMilliseconds / batch);
            }

            w.Line($"  repeated runs, CPU ms/query: {string.Join(", ", runs.Select(x => x.ToString("0.000")))} (min {runs.Min():0.000})");
        }

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var batchResults = index.SearchMany(batchQueries, bulk);
        var wall = sw.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpu0).TotalMilliseconds / batch;
        var perSecond = batch / wall;

        // CPU time per query does not depend on what else runs on the machine; the throughput it implies on idle cores is
        // cores / CPU time (SearchMany keeps every core busy).
        var idle = Environment.ProcessorCount * 1000.0 / Math.Max(cpuMs, 1e-9);
        w.Section($"Batch screening {batch:N0} names against {size:N0} (SearchMany, explanations off)");
        w.Metric("throughput", $"{perSecond:N0} names/s", 20_000, perSecond >= 20_000, "≥ 20,000 names/s (100k vs 1M)");
        w.Line($"  CPU time {cpuMs:0.000} ms/query (process CPU time / queries) → {idle:N0} names/s on {Environment.ProcessorCount} idle cores");
        w.Line($"  flagged {batchResults.Sum(r => r.Count(x => x.IsMatch)):N0} matches in {wall:0.00} s; results checksum {Checksum(batchResults):x16}");
    }

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
