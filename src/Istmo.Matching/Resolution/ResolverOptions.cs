namespace Istmo.Matching;

/// <summary>Settings of <see cref="EntityResolver"/>.</summary>
public sealed record ResolverOptions
{
    /// <summary>Blocking rules (union); default <see cref="BlockingRule.Defaults"/>.</summary>
    public IReadOnlyList<BlockingRule> BlockingRules { get; init; } = BlockingRule.Defaults;

    /// <summary>Match probability at or above which two records are linked (default 0.5, as the CLI and the registry use).</summary>
    public double MatchProbability { get; init; } = 0.5;

    /// <summary>Blocks larger than this are compared by a sorted-neighbourhood window instead of all pairs (default 50).</summary>
    public int MaxBlockSize { get; init; } = 50;

    /// <summary>Window of the sorted neighbourhood inside oversized blocks (default 6).</summary>
    public int Window { get; init; } = 6;

    /// <summary>Random pairs sampled to estimate u (default 200,000).</summary>
    public int RandomPairs { get; init; } = 200_000;

    /// <summary>Pairs sampled inside each training block for EM (default 250,000: ample for the ~20 m parameters, and EM costs a full comparison per pair).</summary>
    public int MaxTrainingPairs { get; init; } = 250_000;

    /// <summary>EM iteration limit per training block (default 200: at 1M generated records one block needed ~110; results as with 100).</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>Seed of the random pair sample (same seed, same result).</summary>
    public int Seed { get; init; } = 7;

    /// <summary>
    /// When set, every link carries its evidence (<see cref="ResolvedPair.Factors"/>): each feature's level and weight. Off
    /// by default: it costs one more comparison per link.
    /// </summary>
    public bool ExplainLinks { get; init; }

    /// <summary>Degree of parallelism for pair scoring (-1 = all cores).</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
