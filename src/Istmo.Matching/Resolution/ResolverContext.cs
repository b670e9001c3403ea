namespace Istmo.Matching;

/// <summary>What every comparison of one resolution run shares: whole-name frequencies and the token-similarity cache.</summary>
internal sealed class ResolverContext
{
    public ResolverContext(Dictionary<string, int> nameCounts, int records, SimilarityCache similarities)
    {
        NameCounts = nameCounts;
        Records = records;
        Similarities = similarities;
        double f2 = 0, f3 = 0;
        foreach (var c in nameCounts.Values)
        {
            var f = c / (double)Math.Max(1, records);
            f2 += f * f;
            f3 += f * f * f;
        }

        AverageSharedNameFrequency = f2 > 0 ? f3 / f2 : 0;
    }

    /// <summary>Records holding each whole name (<see cref="ResolverRecord.NameKey"/>), for the term-frequency adjustment.</summary>
    public Dictionary<string, int> NameCounts { get; }

    /// <summary>Number of valid records.</summary>
    public int Records { get; }

    /// <summary>
    /// Token-pair and merged-run similarities between the run's interned tokens, shared by all threads: the same common
    /// given names and surnames meet in millions of pairs, and the aligner's token similarity is most of a comparison.
    /// </summary>
    public SimilarityCache Similarities { get; }

    /// <summary>Σ f³ / Σ f²: the expected frequency of the name two random records share when they share one.</summary>
    public double AverageSharedNameFrequency { get; }

    /// <summary>Whole-name counts of the records (primary name, tokens sorted).</summary>
    public static Dictionary<string, int> CountNames(IEnumerable<ResolverRecord> records)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            if (r.NameKey.Length > 0)
            {
                counts[r.NameKey] = counts.TryGetValue(r.NameKey, out var c) ? c + 1 : 1;
            }
        }

        return counts;
    }

    /// <summary>Frequency (0..1) of a record's whole name in the run.</summary>
    public float Frequency(ResolverRecord r) => NameCounts.TryGetValue(r.NameKey, out var c) ? c / (float)Math.Max(1, Records) : 0;

    /// <summary>
    /// Term-frequency adjustment of a close name (as Splink adjusts an exact match): log2(E[frequency of the name a random
    /// agreeing pair shares] / frequency of this name), positive for rare names, negative for common ones, where a
    /// namesake is likely ("Wang Wei", "José Rodríguez").
    /// </summary>
    public double TfAdjustment(float frequency) => frequency > 0 && AverageSharedNameFrequency > 0 ? Math.Clamp(Math.Log2(AverageSharedNameFrequency / frequency), -4, 4) : 0;
}
