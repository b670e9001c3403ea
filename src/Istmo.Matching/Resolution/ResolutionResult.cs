namespace Istmo.Matching;

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

    /// <summary>
    /// The level of a note beside the name's factor: the name scored 0.35–0.70, but a part of the shorter name is like
    /// no part of the other, so its level is that of names that do not align (no weight of its own).
    /// </summary>
    public const int UnmatchedPart = -2;

    /// <summary>The note of <see cref="UnmatchedPart"/>, in English.</summary>
    public const string UnmatchedPartText = "a part of the shorter name is like no part of the other: weighed as names that do not align";

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

        if (Level == UnmatchedPart)
        {
            return $"{Feature}: {LevelName}";
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
