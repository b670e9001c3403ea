namespace Istmo.Matching;

/// <summary>
/// Hashing of packed pairs (a &lt;&lt; 32 | b) for diagnostic sets: long's own hash, a ^ b, puts the pairs of one block
/// in a handful of buckets (minutes instead of seconds at 300k records).
/// </summary>
internal sealed class PairHash : IEqualityComparer<long>
{
    public static readonly PairHash Instance = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long obj)
    {
        var z = (ulong)obj * 0x9E3779B97F4A7C15UL;
        return (int)(z >> 32) ^ (int)z;
    }
}

/// <summary>Diagnostics of one resolution run (indexes are positions among the valid records).</summary>
internal sealed class ResolverTrace
{
    /// <summary>False to record only the phases' times (the pair sets cost gigabytes at a million records).</summary>
    public bool Detailed { get; init; } = true;

    public HashSet<long> Candidates { get; set; } = new(PairHash.Instance);

    public List<(string Phase, double Seconds)> Phases { get; } = [];

    public Func<int, int, double> NameScore { get; set; } = (_, _) => 0;

    public Func<int, int> NameForms { get; set; } = _ => 0;

    public Dictionary<string, HashSet<long>> RulePairs { get; } = [];

    /// <summary>Pairs per blocking rule (before the union), also when not <see cref="Detailed"/>.</summary>
    public Dictionary<string, int> RuleCounts { get; } = [];

    /// <summary>Undated records attached to the one cluster their close-named partners belong to (record, partner).</summary>
    public List<(int Record, int Partner)> Attached { get; } = [];

    /// <summary>Links the clusterer refused, with the reason ("cohesion", or "guard": a birth-year span or both sexes).</summary>
    public List<(int A, int B, string Reason)> Refused { get; } = [];

    public Func<int, int, (int[] Levels, double Weight)> Explain { get; set; } = (_, _) => ([], 0);
}
