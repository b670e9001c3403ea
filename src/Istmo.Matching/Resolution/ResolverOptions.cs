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

/// <summary>A linked pair with its Fellegi–Sunter match weight and probability.</summary>
public sealed record ResolvedPair(string A, string B, double MatchWeight, double Probability)
{
    /// <summary>
    /// With <see cref="ResolverOptions.ExplainLinks"/>: the prior, then each compared feature's level and weight in bits
    /// (and a name that was not compared, saying why); else empty.
    /// </summary>
    public IReadOnlyList<LinkFactor> Factors { get; init; } = [];

    /// <summary>
    /// The factors in English ("prior -13.3", "email equal +13.1", "name: a given name on one side, a surname on the
    /// other (not compared)"), as the CLI writes them.
    /// </summary>
    public IReadOnlyList<string> Evidence => [.. Factors.Select(f => f.ToString())];
}

/// <summary>
/// One part of a link's evidence: the prior (<see cref="Prior"/>), or a feature compared at a level (its index among the
/// feature's levels, see <see cref="EntityResolver.Features"/>, and its English name) with its weight in bits; the name's
/// term-frequency adjustment beside it. A name not compared has level <see cref="NotCompared"/> and no weight.
/// </summary>
public sealed record LinkFactor(string Feature, int Level, string LevelName, double Weight, double FrequencyAdjustment = 0)
{
    /// <summary>The feature name of the prior (the log-odds of a match before any comparison).</summary>
    public const string Prior = "prior";

    /// <summary>The level of a feature that was not compared although both records hold it.</summary>
    public const int NotCompared = -1;

    /// <summary>Why a name was not compared (<see cref="NotCompared"/>), in English.</summary>
    public const string PartsDisjoint = "a given name on one side, a surname on the other";

    /// <summary>A weight in bits with its sign, to a tenth ("+11.3", "-2.1"), as the CLI and the pages show it.</summary>
    public static string Bits(double w) => w.ToString("+0.0;-0.0;0.0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The factor in English, as <c>istmo resolve --links</c> writes it.</summary>
    public override string ToString()
    {
        if (Feature == Prior)
        {
            return "prior " + Bits(Weight);
        }

        if (Level == NotCompared)
        {
            return $"{Feature}: {LevelName} (not compared)";
        }

        var item = $"{Feature} {LevelName} {Bits(Weight)}";
        return FrequencyAdjustment != 0 ? $"{item} (name frequency {Bits(FrequencyAdjustment)})" : item;
    }
}

/// <summary>Result of entity resolution: clusters of record ids (singletons included), the links, the model and counts.</summary>
public sealed record ResolutionResult(
    IReadOnlyList<IReadOnlyList<string>> Clusters,
    IReadOnlyList<ResolvedPair> Links,
    FellegiSunterModel Model,
    long ComparedPairs,
    double Threshold,
    IReadOnlyList<(string Id, string Reason)> Rejected);
