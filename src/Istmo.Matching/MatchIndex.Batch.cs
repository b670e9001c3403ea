using System.Collections.Concurrent;

namespace Istmo.Matching;

/// <summary>
/// Batch search. Queries are searched in an order that keeps the index's memory warm: sorted by their rarest listed word,
/// queries sharing a surname follow one another, so the posting lists, the candidates' arrays and the similarity caches
/// they read are still in the CPU's caches for the next one (at 1M names a query's time is mostly cache misses into
/// arrays of megabytes). Each query is searched exactly as alone; only the order of work changes.
/// </summary>
public sealed partial class MatchIndex
{
    /// <summary>Queries prepared, sorted and searched together: the more, the more namesakes meet (surnames are
    /// Zipf-distributed; 100k-name batches at 1M measured 0.103 ms CPU per query in chunks of 4,096, 0.095 in one chunk);
    /// the fewer, the less memory their prepared forms hold (~1 KB each).</summary>
    internal const int BatchChunk = 65_536;

    /// <summary>The chunk size <see cref="SearchMany"/> uses (<see cref="BatchChunk"/>; tests set a small one to cross chunk
    /// boundaries).</summary>
    internal int BatchChunkSize { get; set; } = BatchChunk;

    /// <summary>Searches many queries in parallel; result lists are in query order. A query that fails validation throws.</summary>
    public IReadOnlyList<IReadOnlyList<MatchResult>> SearchMany(IReadOnlyList<MatchEntity> queries, MatchOptions? options = null, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(queries);
        options ??= MatchOptions.Default;
        options.Validate();
        var results = new IReadOnlyList<MatchResult>[queries.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        var chunk = Math.Max(1, Math.Min(BatchChunkSize, queries.Count));
        var prepared = new PreparedEntity[chunk];
        var localityKeys = new long[chunk];
        var order = new int[chunk];
        for (int start = 0; start < queries.Count; start += chunk)
        {
            var count = Math.Min(chunk, queries.Count - start);
            var grain = Math.Max(1, Math.Min(256, count / (Environment.ProcessorCount * 8) + 1));
            Parallel.ForEach(Partitioner.Create(0, count, grain), parallel, range =>
            {
                for (int i = range.Item1; i < range.Item2; i++)
                {
                    var query = queries[start + i] ?? throw new ArgumentException($"Query {start + i} is null.", nameof(queries));
                    prepared[i] = Prepare(query, options);
                    localityKeys[i] = LocalityKey(prepared[i]);
                    order[i] = i;
                }
            });

            Array.Sort(localityKeys, order, 0, count);
            Parallel.ForEach(Partitioner.Create(0, count, grain), parallel, range =>
            {
                for (int j = range.Item1; j < range.Item2; j++)
                {
                    var i = order[j];
                    results[start + i] = SearchPrepared(prepared[i], options);
                }
            });

            Array.Clear(prepared);
        }

        return results;
    }

    /// <summary>The sort key that groups queries by their rarest listed word (its list's length, then its key; queries with
    /// no listed word last).</summary>
    private long LocalityKey(PreparedEntity q)
    {
        var best = long.MaxValue;
        foreach (var name in q.Names)
        {
            foreach (var t in name.Tokens)
            {
                if (!t.IsParticle && t.FKey >= 0)
                {
                    best = Math.Min(best, ((long)_postings[t.FKey].Length << 32) | (uint)t.FKey);
                }
            }
        }

        return best;
    }
}
