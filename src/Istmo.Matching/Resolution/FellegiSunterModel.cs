namespace Istmo.Matching;

/// <summary>One compared feature of a Fellegi–Sunter model: per level, m = P(level | match) and u = P(level | non-match).</summary>
public sealed record ComparisonFeature(string Name, IReadOnlyList<string> Levels, IReadOnlyList<double> M, IReadOnlyList<double> U)
{
    /// <summary>Match weight log2(m/u) of a level.</summary>
    public double Weight(int level) => Math.Log2(M[level] / U[level]);
}

/// <summary>A trained Fellegi–Sunter model: prior match probability λ and per-feature m/u (u from random pairs, m and λ by EM).</summary>
public sealed record FellegiSunterModel(double Lambda, IReadOnlyList<ComparisonFeature> Features, int Iterations, bool Converged)
{
    /// <summary>Prior weight log2(λ/(1−λ)).</summary>
    public double PriorWeight => Math.Log2(Lambda / (1 - Lambda));

    /// <summary>Converts a match weight to a probability.</summary>
    public static double Probability(double weight) => 1 / (1 + Math.Pow(2, -weight));

    /// <summary>Match weight of a comparison vector (level per feature, -1 = missing, contributes 0).</summary>
    public double MatchWeight(ReadOnlySpan<int> levels)
    {
        var w = PriorWeight;
        for (int f = 0; f < Features.Count && f < levels.Length; f++)
        {
            if (levels[f] >= 0)
            {
                w += Features[f].Weight(levels[f]);
            }
        }

        return w;
    }

    /// <summary>
    /// Estimates m, u and λ by expectation–maximisation from pattern counts; u starts from the random-pair estimate
    /// (blocked pairs are not random, so u is re-estimated among blocked non-matches unless <paramref name="fixU"/>).
    /// Patterns are comparison vectors with a count; missing levels (-1) are ignored for that feature.
    /// </summary>
    public static FellegiSunterModel Estimate(
        IReadOnlyList<(string Name, string[] Levels)> features, IReadOnlyList<(int[] Levels, long Count)> patterns,
        IReadOnlyList<double[]> u, double lambda = 0.05, int maxIterations = 100, double tolerance = 1e-6, bool fixU = false)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(u);
        u = [.. u.Select(x => (double[])x.Clone())];
        var f = features.Count;
        var m = new double[f][];
        for (int i = 0; i < f; i++)
        {
            // Start: the highest level is likely among matches, the lowest unlikely.
            var n = features[i].Levels.Length;
            m[i] = new double[n];
            for (int l = 0; l < n; l++)
            {
                m[i][l] = Math.Pow(4, l);
            }

            Normalise(m[i]);
        }

        var iterations = 0;
        var converged = false;
        var posterior = new double[patterns.Count];
        while (iterations < maxIterations && !converged)
        {
            iterations++;

            // E step.
            double matched = 0, total = 0;
            for (int p = 0; p < patterns.Count; p++)
            {
                var (levels, count) = patterns[p];
                double lm = Math.Log(lambda), lu = Math.Log(1 - lambda);
                for (int i = 0; i < f; i++)
                {
                    if (levels[i] >= 0)
                    {
                        lm += Math.Log(m[i][levels[i]]);
                        lu += Math.Log(u[i][levels[i]]);
                    }
                }

                var post = 1 / (1 + Math.Exp(lu - lm));
                posterior[p] = post;
                matched += post * count;
                total += count;
            }

            // M step.
            var newLambda = Math.Clamp(matched / Math.Max(1, total), 1e-9, 1 - 1e-9);
            var delta = Math.Abs(newLambda - lambda);
            lambda = newLambda;
            for (int i = 0; i < f; i++)
            {
                var acc = LevelShares(patterns, posterior, i, m[i].Length, matchSide: true);
                for (int l = 0; l < acc.Length; l++)
                {
                    delta = Math.Max(delta, Math.Abs(acc[l] - m[i][l]));
                }

                m[i] = acc;
                if (!fixU)
                {
                    var accU = LevelShares(patterns, posterior, i, u[i].Length, matchSide: false);
                    for (int l = 0; l < accU.Length; l++)
                    {
                        delta = Math.Max(delta, Math.Abs(accU[l] - u[i][l]));
                    }

                    accU.CopyTo(u[i], 0);
                }
            }

            converged = delta < tolerance;
        }

        var list = new List<ComparisonFeature>(f);
        for (int i = 0; i < f; i++)
        {
            list.Add(new ComparisonFeature(features[i].Name, features[i].Levels, m[i], u[i]));
        }

        return new FellegiSunterModel(lambda, list, iterations, converged);
    }

    /// <summary>M step for one feature: the share of each level among expected matches (or non-matches), smoothed so every
    /// level stays possible.</summary>
    private static double[] LevelShares(IReadOnlyList<(int[] Levels, long Count)> patterns, double[] posterior, int feature, int levels, bool matchSide)
    {
        var acc = new double[levels];
        for (int p = 0; p < patterns.Count; p++)
        {
            var level = patterns[p].Levels[feature];
            if (level >= 0)
            {
                acc[level] += (matchSide ? posterior[p] : 1 - posterior[p]) * patterns[p].Count;
            }
        }

        for (int l = 0; l < acc.Length; l++)
        {
            acc[l] += 1e-3;
        }

        Normalise(acc);
        return acc;
    }

    internal static void Normalise(double[] v)
    {
        var s = v.Sum();
        for (int i = 0; i < v.Length; i++)
        {
            v[i] /= s;
        }
    }
}
