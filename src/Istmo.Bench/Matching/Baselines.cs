using Istmo.Matching;

namespace Istmo.Bench.Matching;

/// <summary>The two brute-force baselines: FuzzySharp token-set ratio and full-string Jaro–Winkler on normalised names.</summary>
internal static class Baselines
{
    /// <summary>Default flag thresholds for screening (token-set ratio ≥ 90; Jaro–Winkler ≥ 0.92, Splink's top level).</summary>
    public const double TokenSetThreshold = 0.90;
    public const double JaroWinklerThreshold = 0.92;

    public static double TokenSet(string a, string b) => FuzzySharp.Fuzz.TokenSetRatio(a, b) / 100.0;

    public static double Jaro(string a, string b) => JaroWinkler.Similarity(a, b);

    public static string Norm(MatchEntity e) => NameNormalizer.Normalize(e.Names.Count > 0 ? e.Names[0] : "");
}
