namespace Istmo.Matching;

/// <summary>
/// Deduplicates records into clusters: union of blocking rules → pairwise comparison vectors → Fellegi–Sunter weights
/// (u from random pairs, m and λ by EM, term-frequency adjustment on shared surnames) → connected components at a threshold.
/// Adjudications calibrate the threshold and force (true match) or forbid (false positive) links. Deterministic.
/// </summary>
public sealed class EntityResolver(ResolverOptions? options = null)
{
    private static readonly (string Name, string[] Levels)[] FeatureLevels =
    [
        ("name", ["below 0.70", "0.70+", "0.85+", "0.95+"]),
        ("givenName", ["different", "similar", "equal or variant"]),
        ("surname", ["different", "similar", "shared"]),
        ("birthDate", ["different", "year ±1 or same year", "compatible or swapped", "exact"]),
        ("sex", ["different", "equal"]),
        ("nationality", ["disjoint", "shared"]),
        ("document", ["different", "equal"]),
        ("phone", ["different", "equal"]),
    ];

    private const int SurnameFeature = 2;
    private const int BirthFeature = 3;

    private readonly ResolverOptions _options = options ?? new ResolverOptions();

    /// <summary>The comparison features and their level names.</summary>
    public static IReadOnlyList<(string Name, string[] Levels)> Features => FeatureLevels;

    /// <summary>Resolves records into clusters. Records failing validation become singletons and are listed in <see cref="ResolutionResult.Rejected"/>.</summary>
    public ResolutionResult Resolve(IReadOnlyList<MatchEntity> records, Adjudications? adjudications = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var o = _options;
        if (double.IsNaN(o.MatchProbability) || o.MatchProbability is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), o.MatchProbability, "MatchProbability must be in (0,1).");
        }

        // 1. Prepare.
        var prepared = new ResolverRecord?[records.Count];
        var errors = new string?[records.Count];
        var po = new ParallelOptions { MaxDegreeOfParallelism = o.MaxDegreeOfParallelism };
        Parallel.For(0, records.Count, po, i =>
        {
            try
            {
                var e = records[i] ?? throw new ArgumentException($"Record {i} is null.", nameof(records));
                prepared[i] = ResolverRecord.Create(i, e, PreparedEntity.Prepare(e, withDisplay: false));
            }
            catch (ArgumentException ex)
            {
                errors[i] = ex.Message;
            }
        });

        var rejected = new List<(string, string)>();
        var valid = new List<ResolverRecord>(records.Count);
        for (int i = 0; i < prepared.Length; i++)
        {
            if (prepared[i] is { } r)
            {
                valid.Add(r);
            }
            else
            {
                rejected.Add((records[i]?.Id ?? $"#{i}", errors[i] ?? "invalid record"));
            }
        }

        var n = valid.Count;
        var tf = SurnameFrequencies(valid);
        AssignRarePairs(valid);

        // 2. Candidate pairs from the union of blocking rules.
        var pairs = CandidatePairs(valid, o);

        // 3. Comparison vectors (pattern code per pair) and surname term-frequency of shared surnames.
        var codes = new int[pairs.Length];
        var tfShared = new float[pairs.Length];
        Parallel.For(0, pairs.Length, po, p =>
        {
            var (a, b) = ((int)(pairs[p] >> 32), (int)(pairs[p] & 0xFFFFFFFF));
            Span<int> levels = stackalloc int[FeatureLevels.Length];
            tfShared[p] = Compare(valid[a], valid[b], levels, tf, n);
            codes[p] = Encode(levels);
        });

        // 4. u from random pairs; m and λ by EM over the blocked pairs.
        var u = EstimateU(valid, tf, o);
        var counts = new Dictionary<int, long>();
        foreach (var c in codes)
        {
            counts[c] = counts.TryGetValue(c, out var k) ? k + 1 : 1;
        }

        var allPatterns = counts.OrderBy(kv => kv.Key).Select(kv => (Decode(kv.Key), kv.Value)).ToList();

        // Pairs with contradictory birth dates never link (rule below): EM is trained without them, otherwise the many
        // namesakes and relatives they contain become the "match" class (birth date "different" got a positive weight).
        var patterns = allPatterns.Where(p => p.Item1[BirthFeature] != 0).ToList();
        if (patterns.Count == 0)
        {
            patterns = allPatterns;
        }

        // EM starts from a conservative rule (close name and agreeing birth date, or a shared document) for both m and u;
        // started from a generic guess, EM on blocked pairs drifts to "namesake" as the match class.
        var model = FellegiSunterModel.Estimate(FeatureLevels, patterns, u, maxIterations: o.MaxIterations, initialPosterior: Seed);
        var patternWeight = new Dictionary<int, double>(counts.Count);
        foreach (var (levels, _) in allPatterns)
        {
            patternWeight[Encode(levels)] = model.MatchWeight(levels);
        }

        var uShared = u[SurnameFeature][2];
        double WeightOf(int p) => patternWeight[codes[p]] + TfAdjustment(tfShared[p], uShared);

        // 5. Threshold, calibrated on adjudicated pairs when there are enough of both kinds.
        var threshold = o.MatchProbability;
        var byId = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            byId.TryAdd(valid[i].Entity.Id, i);
        }

        var mustLink = new List<(int, int)>();
        var cannotLink = new List<(int, int)>();
        if (adjudications is not null)
        {
            var labelled = new List<(double, bool)>();
            var levels = new int[FeatureLevels.Length];
            foreach (var (a, b, isMatch) in adjudications.Pairs)
            {
                if (byId.TryGetValue(a, out var ia) && byId.TryGetValue(b, out var ib) && ia != ib)
                {
                    (isMatch ? mustLink : cannotLink).Add((Math.Min(ia, ib), Math.Max(ia, ib)));
                    var shared = Compare(valid[ia], valid[ib], levels, tf, n);
                    labelled.Add((FellegiSunterModel.Probability(model.MatchWeight(levels) + TfAdjustment(shared, uShared)), isMatch));
                }
            }

            if (labelled.Count(x => x.Item2) >= 3 && labelled.Count(x => !x.Item2) >= 3)
            {
                threshold = Math.Clamp(Adjudications.CalibrateThreshold(labelled, threshold), 0.01, 0.999);
            }
        }

        // 6. Links and clusters.
        var thresholdWeight = Math.Log2(threshold / (1 - threshold));
        var linkIdx = new List<(double W, int P)>();
        for (int p = 0; p < pairs.Length; p++)
        {
            // Contradictory birth dates (both known, two or more years apart) never link: EM cannot tell a parent or sibling
            // with the same name from a duplicate, so this deterministic rule guards the clusters against chaining.
            if (Decode(codes[p])[BirthFeature] == 0)
            {
                continue;
            }

            var w = WeightOf(p);
            if (w >= thresholdWeight)
            {
                linkIdx.Add((w, p));
            }
        }

        linkIdx.Sort((x, y) => x.W != y.W ? y.W.CompareTo(x.W) : pairs[x.P].CompareTo(pairs[y.P]));
        var uf = new ConstrainedUnionFind(n, cannotLink, [.. valid.Select(r => r.Birth >> 9)]);
        foreach (var (a, b) in mustLink)
        {
            uf.Union(a, b, force: true);
        }

        var links = new List<ResolvedPair>(linkIdx.Count);
        var forbidden = new HashSet<long>(cannotLink.Select(c => ((long)c.Item1 << 32) | (uint)c.Item2));
        foreach (var (w, p) in linkIdx)
        {
            if (forbidden.Contains(pairs[p]))
            {
                continue;
            }

            var (a, b) = ((int)(pairs[p] >> 32), (int)(pairs[p] & 0xFFFFFFFF));
            if (uf.Union(a, b))
            {
                links.Add(new ResolvedPair(valid[a].Entity.Id, valid[b].Entity.Id, w, FellegiSunterModel.Probability(w)));
            }
        }

        var groups = new Dictionary<int, List<string>>();
        var clusters = new List<IReadOnlyList<string>>();
        for (int i = 0; i < n; i++)
        {
            var root = uf.Find(i);
            if (!groups.TryGetValue(root, out var list))
            {
                list = [];
                groups[root] = list;
                clusters.Add(list);
            }

            list.Add(valid[i].Entity.Id);
        }

        foreach (var (id, _) in rejected)
        {
            clusters.Add([id]);
        }

        return new ResolutionResult(clusters, links, model, pairs.Length, threshold, rejected);
    }

    private static double Seed(int[] levels) =>
        levels[6] == 1 || (levels[0] >= 2 && levels[3] >= 2) || (levels[0] == 3 && levels[3] == -1 && levels[1] == 2) ? 0.95 : 0.02;

    private static double TfAdjustment(float tf, double uShared) => tf > 0 ? Math.Clamp(Math.Log2(uShared / tf), -4, 6) : 0;

    private static Dictionary<string, int> SurnameFrequencies(List<ResolverRecord> records)
    {
        var tf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            foreach (var t in r.Family)
            {
                tf[t.Fold] = tf.TryGetValue(t.Fold, out var c) ? c + 1 : 1;
            }
        }

        return tf;
    }

    /// <summary>Sets each record's two rarest name tokens (sorted) as its rare-pair blocking key.</summary>
    private static void AssignRarePairs(List<ResolverRecord> records)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            foreach (var t in r.Entity.Names.Length > 0 ? r.Entity.Names[0].Tokens : [])
            {
                if (!t.IsParticle)
                {
                    df[t.CanonicalFold] = df.TryGetValue(t.CanonicalFold, out var c) ? c + 1 : 1;
                }
            }
        }

        foreach (var r in records)
        {
            var tokens = (r.Entity.Names.Length > 0 ? r.Entity.Names[0].Tokens : []).Where(t => !t.IsParticle).Select(t => t.CanonicalFold).Distinct()
                .OrderBy(t => df[t]).ThenBy(t => t, StringComparer.Ordinal).Take(2).OrderBy(t => t, StringComparer.Ordinal).ToArray();
            r.RarePair = tokens.Length == 2 ? tokens[0] + "|" + tokens[1] : null;
        }
    }

    private static long[] CandidatePairs(List<ResolverRecord> records, ResolverOptions o)
    {
        var n = records.Count;
        var rules = o.BlockingRules;
        var groupOf = new int[rules.Count][];
        var pairs = new List<long>(n * 4);
        for (int r = 0; r < rules.Count; r++)
        {
            var keys = new string?[n];
            for (int i = 0; i < n; i++)
            {
                keys[i] = rules[r].KeyOf(records[i]);
            }

            var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int i = 0; i < n; i++)
            {
                if (keys[i] is { } k)
                {
                    if (!blocks.TryGetValue(k, out var list))
                    {
                        list = [];
                        blocks[k] = list;
                    }

                    list.Add(i);
                }
            }

            var groups = new int[n];
            Array.Fill(groups, -1);
            var g = 0;
            foreach (var (_, members) in blocks.OrderBy(b => b.Value[0]))
            {
                g++;
                if (members.Count < 2)
                {
                    continue;
                }

                if (members.Count <= o.MaxBlockSize)
                {
                    foreach (var m in members)
                    {
                        groups[m] = g;
                    }

                    for (int x = 0; x < members.Count; x++)
                    {
                        for (int y = x + 1; y < members.Count; y++)
                        {
                            AddPair(members[x], members[y], r, groupOf, pairs);
                        }
                    }
                }
                else
                {
                    // Oversized block: sorted neighbourhood on the normalised primary name.
                    var sorted = members.OrderBy(m => PrimaryText(records[m]), StringComparer.Ordinal).ThenBy(m => m).ToArray();
                    for (int x = 0; x < sorted.Length; x++)
                    {
                        for (int y = x + 1; y < Math.Min(sorted.Length, x + 1 + o.Window); y++)
                        {
                            AddPair(sorted[x], sorted[y], r, groupOf, pairs);
                        }
                    }
                }
            }

            groupOf[r] = groups;
        }

        return [.. pairs];
    }

    private static string PrimaryText(ResolverRecord r) => r.Entity.Names.Length == 0 ? "" : string.Join(' ', r.Entity.Names[0].Tokens.Select(t => t.Fold));

    /// <summary>Adds a pair unless an earlier rule already compared it (same fully-compared block).</summary>
    private static void AddPair(int a, int b, int rule, int[][] groupOf, List<long> pairs)
    {
        if (a > b)
        {
            (a, b) = (b, a);
        }

        for (int r = 0; r < rule; r++)
        {
            var g = groupOf[r];
            if (g[a] >= 0 && g[a] == g[b])
            {
                return;
            }
        }

        pairs.Add(((long)a << 32) | (uint)b);
    }

    private static double[][] EstimateU(List<ResolverRecord> records, Dictionary<string, int> tf, ResolverOptions o)
    {
        var u = FeatureLevels.Select(f => Enumerable.Repeat(1.0, f.Levels.Length).ToArray()).ToArray();
        var n = records.Count;
        if (n >= 2)
        {
            var rng = new Random(o.Seed);
            Span<int> levels = stackalloc int[FeatureLevels.Length];
            var samples = Math.Min(o.RandomPairs, (long)n * (n - 1) / 2);
            for (long s = 0; s < samples; s++)
            {
                var a = rng.Next(n);
                var b = rng.Next(n - 1);
                if (b >= a)
                {
                    b++;
                }

                Compare(records[a], records[b], levels, tf, n);
                for (int f = 0; f < levels.Length; f++)
                {
                    if (levels[f] >= 0)
                    {
                        u[f][levels[f]] += 1;
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

    private static int Encode(ReadOnlySpan<int> levels)
    {
        var code = 0;
        for (int f = levels.Length - 1; f >= 0; f--)
        {
            code = (code * 5) + levels[f] + 1;
        }

        return code;
    }

    private static int[] Decode(int code)
    {
        var levels = new int[FeatureLevels.Length];
        for (int f = 0; f < levels.Length; f++)
        {
            levels[f] = (code % 5) - 1;
            code /= 5;
        }

        return levels;
    }

    /// <summary>Fills the comparison vector of two records; returns the frequency (0..1) of the rarest shared surname, or 0.</summary>
    internal static float Compare(ResolverRecord a, ResolverRecord b, Span<int> levels, Dictionary<string, int> tf, int n)
    {
        var ea = a.Entity;
        var eb = b.Entity;

        // Name: best alignment over all name pairs, the shorter name as query (extra parts on the longer side cost less).
        double best = 0;
        var org = ea.Schema == EntitySchema.Organization;
        foreach (var x in ea.Names)
        {
            foreach (var y in eb.Names)
            {
                var (q, c) = x.Tokens.Length <= y.Tokens.Length ? (x, y) : (y, x);
                best = Math.Max(best, NameComparer.Compare(q.Tokens, q.Roles, q.LegalForm, c.Tokens, c.Roles, c.LegalForm, org, null));
            }
        }

        if (ea.Schema != eb.Schema)
        {
            best *= 0.5;
        }

        levels[0] = best >= 0.95 ? 3 : best >= 0.85 ? 2 : best >= 0.70 ? 1 : 0;

        // Given name.
        if (a.Given is null || b.Given is null)
        {
            levels[1] = -1;
        }
        else if (string.Equals(a.Given, b.Given, StringComparison.Ordinal))
        {
            levels[1] = 2;
        }
        else
        {
            levels[1] = !NameComparer.IsGenderPair(a.Given, b.Given) && JaroWinkler.Similarity(a.Given, b.Given) >= 0.88 ? 1 : 0;
        }

        // Surnames (as a set: order and missing maternal surnames do not matter).
        float shared = 0;
        if (a.Family.Length == 0 || b.Family.Length == 0)
        {
            levels[2] = -1;
        }
        else
        {
            var level = 0;
            foreach (var x in a.Family)
            {
                foreach (var y in b.Family)
                {
                    if (string.Equals(x.Fold, y.Fold, StringComparison.Ordinal))
                    {
                        level = 2;
                        var f = tf.TryGetValue(x.Fold, out var c) ? c / (float)Math.Max(1, n) : 0;
                        shared = shared == 0 ? f : Math.Min(shared, f);
                    }
                    else if (level < 1 && JaroWinkler.Similarity(x.Fold, y.Fold) >= 0.88)
                    {
                        level = 1;
                    }
                }
            }

            levels[2] = level;
        }

        // Birth date.
        if (ea.Birth == 0 || eb.Birth == 0)
        {
            levels[3] = -1;
        }
        else
        {
            levels[3] = Scorer.CompareDates(ea.Birth, eb.Birth).Level switch
            {
                Scorer.DateLevel.Exact => 3,
                Scorer.DateLevel.Compatible or Scorer.DateLevel.Swapped => 2,
                Scorer.DateLevel.Near or Scorer.DateLevel.SameYear => 1,
                _ => 0,
            };
        }

        levels[4] = ea.Sex == 0 || eb.Sex == 0 ? -1 : ea.Sex == eb.Sex ? 1 : 0;
        levels[5] = ea.Countries.Length == 0 || eb.Countries.Length == 0 ? -1 : ea.Countries.Intersect(eb.Countries).Any() ? 1 : 0;
        levels[6] = ea.Documents.Length == 0 || eb.Documents.Length == 0 ? -1 : ea.Documents.Intersect(eb.Documents).Any() ? 1 : 0;
        levels[7] = ea.Phones.Length == 0 || eb.Phones.Length == 0 ? -1 : ea.Phones.Intersect(eb.Phones).Any() ? 1 : 0;
        return levels[2] == 2 ? shared : 0;
    }
}
