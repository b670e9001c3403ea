namespace Istmo.Matching;

/// <summary>
/// Deduplicates records into clusters: union of blocking rules → comparison vectors (the engine's name aligner plus
/// birth date, sex, nationality, document, phone, e-mail, city, postcode, address) → Fellegi–Sunter weights trained
/// without labels as Splink does (u from random pairs, m by EM per training block with that block's feature left out,
/// λ from the expected number of matches), with a term-frequency adjustment for common or rare surnames → links at a
/// match probability → clusters by a union-find that refuses unions joining contradictory facts. Adjudications calibrate
/// the threshold and force (true match) or forbid (false positive) links. Deterministic.
/// </summary>
public sealed class EntityResolver(ResolverOptions? options = null)
{
    /// <summary>
    /// Mean pairwise match probability two clusters must reach to join. Below 0.5 on purpose: a true cluster's records
    /// with a missing or mistyped birth date score low against each other although each links well to the rest, and a
    /// look-alike's cross pairs are near 0, so 0.3 still keeps a chain of namesakes apart.
    /// </summary>
    internal const double ClusterCohesion = 0.3;

    /// <summary>Bits by which an undated record's best link must beat its best link to a person born years apart.</summary>
    /// <remarks>300k generated records: margin 0 (no rule) F1 0.9322, 2 → 0.9339, 4 → 0.9336, 8 → 0.9335.</remarks>
    internal const double UndatedMargin = 2;

    /// <summary>
    /// Lowest match weight, in bits relative to the link threshold (−3: 11 % at the default 50 %), of the link by which an
    /// undated record joins the only cluster its close names point to; a weaker close name counts against that cluster
    /// instead (see <see cref="AttachExclusiveUndated"/>). Relative, so a stricter threshold makes attachments stricter too.
    /// </summary>
    /// <remarks>300k generated records, with containment frequencies: −8 → F1 0.9433, −5 → 0.9436, −3 → 0.9446, −2 → 0.9445,
    /// −1 → 0.9422, +1 → 0.9363 (before them: no floor 0.9375, −5 → 0.9377).</remarks>
    internal const double ExclusiveFloor = -3;

    /// <summary>
    /// Bits by which an undated record's strongest close name must beat its strongest close name in any other cluster for
    /// <see cref="AttachExclusiveUndated"/> to join it to the first.
    /// </summary>
    /// <remarks>300k generated records: only when no other cluster (∞) F1 0.9470, 6 → 0.9472, 3 → 0.9479, 2 → 0.9481,
    /// 1 → 0.9485, 0 → 0.9461; 1M: ∞ 0.9289, 2 → 0.9295 (P 0.963), 4 → 0.9297 (P 0.965): precision counts more at size.</remarks>
    internal const double ExclusiveMargin = 4;

    private readonly ResolverOptions _options = options ?? new ResolverOptions();

    /// <summary>The comparison features and their level names.</summary>
    public static IReadOnlyList<(string Name, string[] Levels)> Features => ResolverComparison.Features;

    /// <summary>When set (benchmark diagnostics), receives the candidate pairs and a way to explain any pair after <see cref="Resolve"/>.</summary>
    internal ResolverTrace? Trace { get; set; }

    /// <summary>Resolves records into clusters. Records failing validation become singletons and are listed in <see cref="ResolutionResult.Rejected"/>.</summary>
    public ResolutionResult Resolve(IReadOnlyList<MatchEntity> records, Adjudications? adjudications = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var o = _options;
        if (double.IsNaN(o.MatchProbability) || o.MatchProbability is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), o.MatchProbability, "MatchProbability must be in (0,1).");
        }

        // 1. Prepare (tokens interned: equal tokens share one instance, so identical names compare by reference).
        var prepared = new ResolverRecord?[records.Count];
        var errors = new string?[records.Count];
        var po = new ParallelOptions { MaxDegreeOfParallelism = o.MaxDegreeOfParallelism };
        var tokens = new System.Collections.Concurrent.ConcurrentDictionary<string, NameToken>(StringComparer.Ordinal);
        Parallel.For(0, records.Count, po, i =>
        {
            try
            {
                var e = records[i] ?? throw new ArgumentException($"Record {i} is null.", nameof(records));
                var org = e.Schema == EntitySchema.Organization;
                prepared[i] = ResolverRecord.Create(i, e, PreparedEntity.Prepare(e, withDisplay: false, t => tokens.GetOrAdd(org ? "o" + t : "p" + t, _ => NameToken.Create(t, org))));
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

        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Phase(string name)
        {
            Trace?.Phases.Add((name, clock.Elapsed.TotalSeconds));
            clock.Restart();
        }

        Phase("prepare");
        var n = valid.Count;
        ResolverBlocking.AssignRarePairs(valid);

        // Interned tokens get ids so the aligner's token similarities are computed once per token pair (values are exact,
        // so the id order does not matter).
        var vocabulary = 0;
        foreach (var t in tokens.Values)
        {
            t.Id = vocabulary++;
        }

        var context = new ResolverContext(valid, new SimilarityCache(vocabulary));

        // 2. Model: u from random pairs, m by EM per training block, both independent of the candidate pairs below.
        var u = ResolverTraining.EstimateU(valid, context, o);
        Phase("u");
        var (m, iterations, converged) = ResolverTraining.EstimateM(valid, context, o, u);
        Phase("m");
        var weights = new double[m.Length][];
        for (int f = 0; f < m.Length; f++)
        {
            weights[f] = [.. m[f].Select((x, l) => Math.Log2(x / u[f][l]))];
        }

        // Bayes factor (log2, without the prior) of two records, with their comparison vector left in levels.
        double PairFactor(ResolverRecord x, ResolverRecord y, Span<int> levels)
        {
            var shared = ResolverComparison.Compare(x, y, levels, context);
            return Factor(levels, weights) + context.TfAdjustment(shared);
        }

        // 3. Candidate pairs from the union of blocking rules; Bayes factor (log2, without prior) per pair.
        var pairs = ResolverBlocking.CandidatePairs(valid, o, Trace);
        Phase("blocking");
        var factors = new double[pairs.Length];
        var strong = new bool[pairs.Length];
        var contradicted = new bool[pairs.Length];
        var close = new Closeness[pairs.Length];
        Parallel.For(0, pairs.Length, po, () => new int[ResolverComparison.Count], (p, _, levels) =>
        {
            var (a, b) = ((int)(pairs[p] >> 32), (int)(pairs[p] & 0xFFFFFFFF));
            factors[p] = PairFactor(valid[a], valid[b], levels);
            strong[p] = ResolverComparison.SharesIdentifier(levels);
            contradicted[p] = ResolverComparison.Contradicts(levels);
            close[p] = CloseName(levels);
            return levels;
        }, _ => { });

        Phase("compare");

        // 4. λ from the expected number of matches among all pairs.
        var lambda = ResolverTraining.EstimateLambda(factors, n);
        var prior = Math.Log2(lambda / (1 - lambda));
        var features = new List<ComparisonFeature>(m.Length);
        for (int f = 0; f < m.Length; f++)
        {
            features.Add(new ComparisonFeature(ResolverComparison.Features[f].Name, ResolverComparison.Features[f].Levels, m[f], u[f]));
        }

        var model = new FellegiSunterModel(lambda, features, iterations, converged);

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
            var levels = new int[ResolverComparison.Count];
            foreach (var (a, b, isMatch) in adjudications.Pairs)
            {
                if (byId.TryGetValue(a, out var ia) && byId.TryGetValue(b, out var ib) && ia != ib)
                {
                    (isMatch ? mustLink : cannotLink).Add((Math.Min(ia, ib), Math.Max(ia, ib)));
                    labelled.Add((FellegiSunterModel.Probability(prior + PairFactor(valid[ia], valid[ib], levels)), isMatch));
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
            // Contradictory birth dates never link (see ResolverComparison.Contradicts).
            if (contradicted[p])
            {
                continue;
            }

            var w = prior + factors[p];
            if (w >= thresholdWeight)
            {
                linkIdx.Add((w, p));
            }
        }

        linkIdx.Sort((x, y) => x.W != y.W ? y.W.CompareTo(x.W) : pairs[x.P].CompareTo(pairs[y.P]));
        linkIdx = DropAmbiguousUndated(linkIdx, pairs, valid, strong);

        var uf = new ConstrainedUnionFind(n, cannotLink, [.. valid.Select(r => r.Birth >> 9)], [.. valid.Select(r => r.Entity.Sex)]);
        foreach (var (a, b) in mustLink)
        {
            uf.Union(a, b, force: true);
        }

        // Clusters grow by their best links first; two clusters join only when their members match on average (mean
        // pairwise probability ≥ ClusterCohesion over every cross pair), so one look-alike link cannot chain two people together.
        var members = new Dictionary<int, List<int>>();
        var scratch = new int[ResolverComparison.Count];
        List<int> MembersOf(int root) => members.TryGetValue(root, out var list) ? list : [root];
        bool Cohesive(int a, int b)
        {
            int ra = uf.Find(a), rb = uf.Find(b);
            if (ra == rb)
            {
                return true;
            }

            var ma = MembersOf(ra);
            var mb = MembersOf(rb);
            if (ma.Count * mb.Count <= 1 || ma.Count * mb.Count > 400)
            {
                return true;
            }

            double sum = 0;
            foreach (var x in ma)
            {
                foreach (var y in mb)
                {
                    var w = prior + PairFactor(valid[x], valid[y], scratch);
                    sum += ResolverComparison.Contradicts(scratch) ? 0 : FellegiSunterModel.Probability(w);
                }
            }

            return sum / (ma.Count * mb.Count) >= ClusterCohesion;
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
            if (!Cohesive(a, b))
            {
                Trace?.Refused.Add((a, b, "cohesion"));
                continue;
            }

            var rootA = uf.Find(a);
            var rootB = uf.Find(b);
            if (rootA == rootB)
            {
                continue;
            }

            if (!uf.Union(a, b, sharedIdentifier: strong[p]))
            {
                Trace?.Refused.Add((a, b, "guard"));
            }
            else
            {
                var list = new List<int>(MembersOf(rootA));
                list.AddRange(MembersOf(rootB));
                members.Remove(rootA);
                members.Remove(rootB);
                members[uf.Find(a)] = list;

                links.Add(new ResolvedPair(valid[a].Entity.Id, valid[b].Entity.Id, w, FellegiSunterModel.Probability(w)));
            }
        }

        foreach (var (a, b, w) in AttachExclusiveUndated(pairs, close, factors, prior, thresholdWeight, valid, uf))
        {
            Trace?.Attached.Add((a, b));
            links.Add(new ResolvedPair(valid[a].Entity.Id, valid[b].Entity.Id, w, FellegiSunterModel.Probability(w)));
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

        Phase("cluster");
        if (Trace is { Detailed: true } trace)
        {
            trace.Candidates = new HashSet<long>(pairs, PairHash.Instance);
            trace.NameScore = (a, b) => ResolverComparison.NameScore(valid[a], valid[b], context.Similarities);
            trace.NameForms = a => valid[a].Entity.Names.Length;
            trace.Explain = (a, b) =>
            {
                var levels = new int[ResolverComparison.Count];
                return (levels, prior + PairFactor(valid[a], valid[b], levels));
            };
        }

        return new ResolutionResult(clusters, links, model, pairs.Length, threshold, rejected);
    }

    /// <summary>
    /// An undated record linked to people born two or more years apart (two namesakes' records) can be only one of them;
    /// unless its best link beats the best link to the other by <see cref="UndatedMargin"/> bits, it is left out of
    /// both (its links to dated records are dropped): joining the wrong namesake costs more pairs than staying alone.
    /// Links resting on a shared document, phone or e-mail are kept. <paramref name="links"/> is sorted by weight, best first.
    /// </summary>
    private static List<(double W, int P)> DropAmbiguousUndated(List<(double W, int P)> links, long[] pairs, List<ResolverRecord> records, bool[] strong)
    {
        // Per undated record: weight and birth year of its best dated partner, then the best weight of a partner born
        // two or more years from that one.
        var best = new Dictionary<int, (double W, int Year)>();
        var rival = new Dictionary<int, double>();
        var anchored = new HashSet<int>();
        foreach (var (w, p) in links)
        {
            var (a, b) = ((int)(pairs[p] >> 32), (int)(pairs[p] & 0xFFFFFFFF));
            if ((records[a].Birth == 0) == (records[b].Birth == 0))
            {
                continue;
            }

            var (u, d) = records[a].Birth == 0 ? (a, b) : (b, a);
            if (strong[p])
            {
                anchored.Add(u);
            }

            var year = records[d].Birth >> 9;
            if (!best.TryGetValue(u, out var top))
            {
                best[u] = (w, year);
            }
            else if (Math.Abs(year - top.Year) >= 2 && !rival.ContainsKey(u))
            {
                rival[u] = w;
            }
        }

        var ambiguous = new HashSet<int>(rival.Where(r => !anchored.Contains(r.Key) && best[r.Key].W - r.Value < UndatedMargin).Select(r => r.Key));
        if (ambiguous.Count == 0)
        {
            return links;
        }

        return links.FindAll(l =>
        {
            var (a, b) = ((int)(pairs[l.P] >> 32), (int)(pairs[l.P] & 0xFFFFFFFF));
            return !((ambiguous.Contains(a) && records[b].Birth != 0) || (ambiguous.Contains(b) && records[a].Birth != 0));
        });
    }

    /// <summary>How a candidate pair's names relate, for <see cref="AttachExclusiveUndated"/>.</summary>
    internal enum Closeness : byte
    {
        /// <summary>Names below 0.85 (or a surname conflict): another person as far as exclusivity goes.</summary>
        Far,

        /// <summary>Names 0.85+ but sex, nationality, a document, phone or e-mail contradicts: a close name that rules out exclusivity.</summary>
        Rival,

        /// <summary>Names 0.85+ and nothing contradicts: a partner the record could join.</summary>
        Partner,
    }

    internal static Closeness CloseName(ReadOnlySpan<int> levels) =>
        levels[ResolverComparison.Name] < 6 ? Closeness.Far
        : levels[ResolverComparison.Sex] == 0 || levels[ResolverComparison.Nationality] == 0 || ResolverComparison.IdentifierDiffers(levels) ? Closeness.Rival
        : Closeness.Partner;

    /// <summary>
    /// An undated record left alone whose close names (0.85+) point to one cluster joins it, by its strongest link there.
    /// A pairwise link weighs a name against the prior, which assumes namesakes anywhere in the registry (at a million
    /// records a close name alone stays below 50 %); the candidates show how many people the name can belong to. A close
    /// name in another cluster (namesakes, parent and child) within <see cref="ExclusiveMargin"/> bits of the strongest, a
    /// strongest close name that contradicts sex, nationality or an identifier, or one weaker than
    /// <see cref="ExclusiveFloor"/> below <paramref name="thresholdWeight"/> leave it alone. Clusters are read before any
    /// attachment, so the order does not matter. Returns the links added (record, partner, weight).
    /// </summary>
    internal static List<(int A, int B, double W)> AttachExclusiveUndated(long[] pairs, Closeness[] close, double[] factors, double prior, double thresholdWeight, IReadOnlyList<ResolverRecord> records, ConstrainedUnionFind uf)
    {
        var n = records.Count;
        var root = new int[n];
        var size = new int[n];
        for (int i = 0; i < n; i++)
        {
            root[i] = uf.Find(i);
            size[root[i]]++;
        }

        // Per lone undated record, over its close names: the cluster of the strongest (and whether that link could join),
        // and the strongest link to any other cluster. Streaming keeps both right: a value of the final best cluster that
        // was moved to "other" was below a value of another cluster at the time.
        var top = new int[n];
        var via = new int[n];
        var best = new double[n];
        var joinable = new bool[n];
        var other = new double[n];
        Array.Fill(top, -1);
        Array.Fill(other, double.NegativeInfinity);
        for (int p = 0; p < pairs.Length; p++)
        {
            if (close[p] != Closeness.Far)
            {
                var (a, b) = ((int)(pairs[p] >> 32), (int)(pairs[p] & 0xFFFFFFFF));
                Offer(a, b, p);
                Offer(b, a, p);
            }
        }

        void Offer(int u, int partner, int p)
        {
            if (records[u].Birth != 0 || size[root[u]] != 1)
            {
                return;
            }

            var r = root[partner];
            var f = factors[p];
            var canJoin = close[p] == Closeness.Partner && prior + f >= thresholdWeight + ExclusiveFloor;
            if (top[u] == r || top[u] < 0 || f > best[u])
            {
                if (top[u] >= 0 && top[u] != r)
                {
                    other[u] = Math.Max(other[u], best[u]);
                }

                if (top[u] != r || f > best[u])
                {
                    (top[u], via[u], best[u], joinable[u]) = (r, partner, f, canJoin);
                }
                else if (f == best[u] && canJoin && !joinable[u])
                {
                    (via[u], joinable[u]) = (partner, true);
                }
            }
            else
            {
                other[u] = Math.Max(other[u], f);
            }
        }

        var attached = new List<(int, int, double)>();
        for (int u = 0; u < n; u++)
        {
            if (top[u] >= 0 && joinable[u] && best[u] - other[u] >= ExclusiveMargin && uf.Union(u, via[u]))
            {
                attached.Add((u, via[u], prior + best[u]));
            }
        }

        return attached;
    }

    private static double Factor(ReadOnlySpan<int> levels, double[][] weights)
    {
        double w = 0;
        for (int f = 0; f < levels.Length; f++)
        {
            if (levels[f] >= 0)
            {
                w += weights[f][levels[f]];
            }
        }

        return w;
    }
}
