namespace Istmo.Matching;

/// <summary>
/// Unsupervised training of the resolver's Fellegi–Sunter model, following Splink's procedure: u from random pairs (fixed),
/// m by EM inside training blocks with the blocked feature left out of that block's EM (inside a block the blocked feature
/// agrees by construction, so it carries no information there, while the other features of its non-matches behave like
/// random pairs, which is what a fixed u assumes), m combined over blocks, and λ from the expected number of matches.
/// </summary>
internal static class ResolverTraining
{
    /// <summary>Pseudo-pairs of the prior u (matters only when there are few records).</summary>
    private const double PriorUStrength = 100;

    /// <summary>Pseudo-matches of the prior m (dominates when a training block holds few matches).</summary>
    private const double PriorMStrength = 50;

    // Blocking on names also makes sex (given name) and nationality (culture of the surnames) agree among non-matches, so
    // those are left out of that block's EM too: they would otherwise pull namesakes into the match class.
    private static readonly (string Name, Func<ResolverRecord, string?> Key, int[] Excluded)[] TrainingRules =
    [
        ("birth date", r => r.Birth != 0 && (r.Birth & 31) != 0 ? r.Birth.ToString(System.Globalization.CultureInfo.InvariantCulture) : null, [ResolverComparison.Birth]),
        ("name sound", r => r.GivenKey is null || r.SurnameKey is null ? null : r.GivenKey + "|" + r.SurnameKey, [ResolverComparison.Name, ResolverComparison.Sex, ResolverComparison.Nationality]),
        ("email", r => r.Emails.Length == 0 ? null : r.Emails[0], [ResolverComparison.Email]),
    ];

    /// <summary>u per feature level from random pairs (all pairs when there are few records), with a weak prior.</summary>
    public static double[][] EstimateU(List<ResolverRecord> records, ResolverContext context, ResolverOptions o)
    {
        var f = ResolverComparison.Features;
        var u = new double[f.Length][];
        for (int i = 0; i < f.Length; i++)
        {
            u[i] = [.. ResolverComparison.Specs[i].PriorU.Select(p => p * PriorUStrength)];
        }

        var n = records.Count;
        if (n >= 2)
        {
            var all = (long)n * (n - 1) / 2;
            var samples = Math.Min(o.RandomPairs, all);
            var pairs = new (int A, int B)[samples];
            if (samples == all)
            {
                var k = 0;
                for (int a = 0; a < n; a++)
                {
                    for (int b = a + 1; b < n; b++)
                    {
                        pairs[k++] = (a, b);
                    }
                }
            }
            else
            {
                var rng = new Random(o.Seed);
                for (long s = 0; s < samples; s++)
                {
                    var a = rng.Next(n);
                    var b = rng.Next(n - 1);
                    pairs[s] = (a, b >= a ? b + 1 : b);
                }
            }

            var counts = CountLevels(records, pairs, context, o, excluded: []);
            foreach (var (levels, count) in counts)
            {
                for (int i = 0; i < levels.Length; i++)
                {
                    if (levels[i] >= 0)
                    {
                        u[i][levels[i]] += count;
                    }
                }
            }
        }

        foreach (var row in u)
        {
            FellegiSunterModel.Normalise(row);
        }

        return u;
    }

    /// <summary>m per feature level: EM inside each training block (its own feature left out), combined and blended with the prior.</summary>
    /// <remarks>Also says whether birth dates decide (see <see cref="EntityResolver.DecisiveDatesMaxM"/>): they do unless EM
    /// saw enough duplicates with dates (<see cref="EntityResolver.DateEvidenceMin"/>) and more than that share of them two
    /// or more years apart. A handful of records, where EM cannot tell a same-named father and son from duplicates, keeps
    /// the rule.</remarks>
    public static (double[][] M, int Iterations, bool Converged, bool DatesDecide) EstimateM(List<ResolverRecord> records, ResolverContext context, ResolverOptions o, double[][] u)
    {
        var f = ResolverComparison.Features;
        var sum = new double[f.Length][];
        var weight = new double[f.Length];
        for (int i = 0; i < f.Length; i++)
        {
            sum[i] = new double[f[i].Levels.Length];
        }

        var iterations = 0;
        var converged = true;
        foreach (var (_, key, excluded) in TrainingRules)
        {
            var pairs = SamplePairs(records, key, o);
            if (pairs.Length == 0)
            {
                continue;
            }

            var patterns = CountLevels(records, pairs, context, o, excluded);
            var model = FellegiSunterModel.Estimate(f, patterns, u, lambda: 0.1, maxIterations: o.MaxIterations, fixU: true);
            iterations += model.Iterations;
            converged &= model.Converged;

            // Expected matches per feature that were observed (non-missing) in this block: the weight of its m estimate.
            var matchedObserved = new double[f.Length];
            foreach (var (levels, count) in patterns)
            {
                var post = Posterior(model, levels);
                for (int i = 0; i < levels.Length; i++)
                {
                    if (levels[i] >= 0)
                    {
                        matchedObserved[i] += post * count;
                    }
                }
            }

            for (int i = 0; i < f.Length; i++)
            {
                if (excluded.Contains(i) || matchedObserved[i] <= 0)
                {
                    continue;
                }

                for (int l = 0; l < sum[i].Length; l++)
                {
                    sum[i][l] += model.Features[i].M[l] * matchedObserved[i];
                }

                weight[i] += matchedObserved[i];
            }
        }

        var m = new double[f.Length][];
        for (int i = 0; i < f.Length; i++)
        {
            m[i] = new double[f[i].Levels.Length];
            for (int l = 0; l < m[i].Length; l++)
            {
                m[i][l] = (sum[i][l] + (PriorMStrength * ResolverComparison.Specs[i].PriorM[l])) / (weight[i] + PriorMStrength);
            }

            FellegiSunterModel.Normalise(m[i]);
        }

        // Where dates are corrupted by years, a year apart with another day and month is what duplicates look like, not
        // namesakes: EM's own estimate stands.
        // "Two or more years apart" is every level that far: different, and a decade (and a year) apart.
        var datesDecide = weight[ResolverComparison.Birth] < EntityResolver.DateEvidenceMin || ResolverComparison.YearsApart(m[ResolverComparison.Birth]) <= EntityResolver.DecisiveDatesMaxM;
        if (datesDecide)
        {
            LimitTwoErrorDates(m[ResolverComparison.Birth], u[ResolverComparison.Birth]);
            LimitWithinAMonth(m[ResolverComparison.Birth], u[ResolverComparison.Birth]);
        }

        return (m, iterations, converged, datesDecide);
    }

    /// <summary>
    /// Caps m of "±1 year, other day and month" at what two independent typing errors explain: P(year off by one) ×
    /// P(day or month wrong) / P(exact). EM otherwise learns it from the namesakes born within a year that name blocks
    /// are full of (common names in small pools), and links them. Never below the evidence of "different".
    /// </summary>
    internal static void LimitTwoErrorDates(double[] m, double[] u)
    {
        const int different = 0, twoErrors = 1, dayOrMonth = 2, yearOnly = 3, exact = ResolverComparison.BirthExact;
        var independent = m[exact] > 0 ? m[yearOnly] * m[dayOrMonth] / m[exact] : 0;
        var floor = u[different] > 0 ? m[different] / u[different] * u[twoErrors] : 0;
        var cap = Math.Max(independent, floor);
        if (m[twoErrors] > cap)
        {
            m[twoErrors] = cap;
            FellegiSunterModel.Normalise(m);
        }
    }

    /// <summary>
    /// Where dates decide, caps the weight of "within a month" at the better of the two levels it was split from ("same
    /// year, other day or month" and "±1 year, other day and month"): such data rarely hold shifted dates, and EM learns the
    /// level from namesakes born weeks apart (1M generated records: F1 0.9385 → 0.9379 without the cap, +950 false pairs).
    /// </summary>
    internal static void LimitWithinAMonth(double[] m, double[] u)
    {
        const int twoErrors = 1, dayOrMonth = 2, withinAMonth = ResolverComparison.BirthWithinAMonth;
        if (u[withinAMonth] <= 0 || u[dayOrMonth] <= 0 || u[twoErrors] <= 0)
        {
            return;
        }

        var cap = u[withinAMonth] * Math.Max(m[dayOrMonth] / u[dayOrMonth], m[twoErrors] / u[twoErrors]);
        if (m[withinAMonth] > cap)
        {
            m[withinAMonth] = cap;
            FellegiSunterModel.Normalise(m);
        }
    }

    /// <summary>
    /// λ = expected matches / all pairs, by fixed point over the candidate pairs' Bayes factors (pairs never blocked are
    /// taken as non-matches). <paramref name="bayesFactors"/> are log2(m/u) sums without the prior.
    /// </summary>
    public static double EstimateLambda(ReadOnlySpan<double> bayesFactors, long n)
    {
        var total = Math.Max(1.0, n * (n - 1) / 2.0);

        // Histogram of factors (0.05-bit bins) keeps the fixed point cheap at millions of pairs.
        var hist = new Dictionary<int, long>();
        foreach (var k in bayesFactors)
        {
            var bin = (int)Math.Round(Math.Clamp(k, -200, 200) * 20);
            hist[bin] = hist.GetValueOrDefault(bin) + 1;
        }

        var lambda = Math.Clamp(n / total, 1e-12, 0.5);
        for (int it = 0; it < 100; it++)
        {
            var prior = Math.Log2(lambda / (1 - lambda));
            double expected = 0;
            foreach (var (bin, count) in hist)
            {
                expected += count / (1 + Math.Pow(2, -((bin / 20.0) + prior)));
            }

            var next = Math.Clamp(expected / total, 1e-12, 0.5);
            if (Math.Abs(next - lambda) <= 1e-6 * lambda)
            {
                return next;
            }

            lambda = next;
        }

        return lambda;
    }

    private static double Posterior(FellegiSunterModel model, int[] levels)
    {
        var w = model.MatchWeight(levels);
        return FellegiSunterModel.Probability(w);
    }

    /// <summary>Pairs inside the blocks of a key, sampled (seeded) down to at most <see cref="ResolverOptions.MaxTrainingPairs"/>.</summary>
    private static (int A, int B)[] SamplePairs(List<ResolverRecord> records, Func<ResolverRecord, string?> key, ResolverOptions o)
    {
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < records.Count; i++)
        {
            if (key(records[i]) is { } k)
            {
                if (!blocks.TryGetValue(k, out var list))
                {
                    blocks[k] = list = [];
                }

                list.Add(i);
            }
        }

        double total = 0;
        foreach (var b in blocks.Values)
        {
            total += b.Count * (b.Count - 1) / 2.0;
        }

        if (total == 0)
        {
            return [];
        }

        var rate = Math.Min(1, o.MaxTrainingPairs / total);
        var rng = new Random(o.Seed + 1);
        var pairs = new List<(int, int)>((int)Math.Min(o.MaxTrainingPairs, total) + 16);
        foreach (var members in blocks.Values.OrderBy(b => b[0]))
        {
            var k = members.Count;
            if (k < 2)
            {
                continue;
            }

            var all = k * (k - 1) / 2.0;
            if (rate >= 1)
            {
                for (int x = 0; x < k; x++)
                {
                    for (int y = x + 1; y < k; y++)
                    {
                        pairs.Add((members[x], members[y]));
                    }
                }

                continue;
            }

            // Stochastic rounding keeps the expected sample proportional to the block's pairs.
            var want = all * rate;
            var take = (int)want + (rng.NextDouble() < want - (int)want ? 1 : 0);
            for (int s = 0; s < take; s++)
            {
                var x = rng.Next(k);
                var y = rng.Next(k - 1);
                pairs.Add((members[x], members[y >= x ? y + 1 : y]));
            }
        }

        return [.. pairs];
    }

    /// <summary>Comparison vectors of pairs as pattern counts; the excluded features are set missing.</summary>
    private static List<(int[] Levels, long Count)> CountLevels(List<ResolverRecord> records, (int A, int B)[] pairs, ResolverContext context, ResolverOptions o, int[] excluded)
    {
        var codes = new long[pairs.Length];
        Parallel.For(0, pairs.Length, new ParallelOptions { MaxDegreeOfParallelism = o.MaxDegreeOfParallelism }, () => new int[ResolverComparison.Count], (p, _, levels) =>
        {
            ResolverComparison.Compare(records[pairs[p].A], records[pairs[p].B], levels, context);
            foreach (var x in excluded)
            {
                levels[x] = -1;
            }

            codes[p] = ResolverCodes.Encode(levels);
            return levels;
        }, _ => { });
        var counts = new Dictionary<long, long>();
        foreach (var c in codes)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        return [.. counts.OrderBy(kv => kv.Key).Select(kv => (ResolverCodes.Decode(kv.Key), kv.Value))];
    }
}

/// <summary>Packs a comparison vector (levels −1..14 per feature, 4 bits each) into one number, so patterns can be counted.</summary>
internal static class ResolverCodes
{
    public static long Encode(ReadOnlySpan<int> levels)
    {
        long code = 0;
        for (int f = levels.Length - 1; f >= 0; f--)
        {
            code = (code * 16) + levels[f] + 1;
        }

        return code;
    }

    public static int[] Decode(long code)
    {
        var levels = new int[ResolverComparison.Count];
        for (int f = 0; f < levels.Length; f++)
        {
            levels[f] = (int)(code % 16) - 1;
            code /= 16;
        }

        return levels;
    }
}
