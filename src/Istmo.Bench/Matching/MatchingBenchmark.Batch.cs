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
        var sw = Stopwatch.StartNew();
        var batchResults = index.SearchMany(batchQueries, bulk);
        var perSecond = batch / sw.Elapsed.TotalSeconds;
        w.Section($"Batch screening {batch:N0} names against {size:N0} (SearchMany, explanations off)");
        w.Metric("throughput", $"{perSecond:N0} names/s", 20_000, perSecond >= 20_000, "≥ 20,000 names/s (100k vs 1M)");
        w.Line($"  flagged {batchResults.Sum(r => r.Count(x => x.IsMatch)):N0} matches in {sw.Elapsed.TotalSeconds:0.00} s");
    }
}
