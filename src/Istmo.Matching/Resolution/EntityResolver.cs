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

    /// <summary>
    /// log2 of the number of records over the 300k at which the attachment rules were tuned: the rules that join a record
    /// on exclusivity (<see cref="UndatedPlacement.ExclusiveFloor"/>, <see cref="CorroboratedAttachment.Floor"/>) grow
    /// stricter by it, as a namesake the blocking never made a candidate grows likelier with the count.
    /// </summary>
    internal static double SizeBits(int records) => Math.Log2(records / 300_000.0);

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
                var org = EntitySchemas.ReadsAsOrganization(e);
                prepared[i] = ResolverRecord.Create(i, e, PreparedEntity.Prepare(e, withDisplay: false, t => tokens.GetOrAdd(org ? "o" + t : "p" + t, _ => NameToken.Create(t, org)), null, null, otherFactsSuffice: true));
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
        var (m, iterations, converged, datesDecide) = ResolverTraining.EstimateM(valid, context, o, u);
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

        // 3. Candidate pairs from the union of blocking rules; Bayes factor (log2, without prior) per pair. Where dates decide
        // (DecisiveDatesMaxM: the trained m says duplicates rarely have dates two or more years apart), such pairs are ruled out.
        var pairs = ResolverBlocking.CandidatePairs(valid, o, Trace, datesDecide);
        Phase("blocking");
        var factors = new double[pairs.Length];
        var strong = new bool[pairs.Length];
        var contradicted = new bool[pairs.Length];
        var close = new UndatedPlacement.Closeness[pairs.Length];
        Parallel.For(0, pairs.Length, po, () => new int[ResolverComparison.Count], (p, _, levels) =>
        {
            var (a, b) = ResolverBlocking.Split(pairs[p]);
            factors[p] = PairFactor(valid[a], valid[b], levels);
            strong[p] = ResolverComparison.SharesIdentifier(levels);
            contradicted[p] = datesDecide && ResolverComparison.Contradicts(levels);
            close[p] = UndatedPlacement.CloseName(levels);
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
        linkIdx = UndatedPlacement.DropAmbiguous(linkIdx, pairs, valid, strong);

        var uf = new ConstrainedUnionFind(n, cannotLink, datesDecide ? [.. valid.Select(r => r.Birth >> 9)] : null, [.. valid.Select(r => r.Entity.Sex)]);
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
                    sum += datesDecide && ResolverComparison.Contradicts(scratch) ? 0 : FellegiSunterModel.Probability(w);
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

            var (a, b) = ResolverBlocking.Split(pairs[p]);
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

        foreach (var (a, b, w) in UndatedPlacement.AttachExclusive(pairs, close, factors, prior, thresholdWeight, UndatedPlacement.ExclusiveFloor(n), valid, uf, weights))
        {
            Trace?.Attached.Add((a, b));
            links.Add(new ResolvedPair(valid[a].Entity.Id, valid[b].Entity.Id, w, FellegiSunterModel.Probability(w)));
        }

        foreach (var (a, b, w) in CorroboratedAttachment.Attach(pairs, factors, contradicted, prior, thresholdWeight, n, uf))
        {
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

        if (o.ExplainLinks)
        {
            var explained = new ResolvedPair[links.Count];
            Parallel.For(0, links.Count, po, () => new int[ResolverComparison.Count], (i, _, levels) =>
            {
                var link = links[i];
                var (x, y) = (valid[byId[link.A]], valid[byId[link.B]]);
                var tf = context.TfAdjustment(ResolverComparison.Compare(x, y, levels, context));
                explained[i] = link with { Factors = ResolverComparison.Factors(x, y, levels, weights, prior, tf) };
                return levels;
            }, _ => { });
            links = [.. explained];
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
    /// Largest share of duplicates (m of the birth date level "different") whose birth years are two or more apart for
    /// such dates to rule a pair out. A registry's duplicates rarely disagree by years (the generator: m = 0.003), and
    /// then a same-named parent, child or sibling must not link however alike the names; in a file whose dates are
    /// corrupted by years (Splink's fake_1000: m = 0.24, a quarter of its duplicates) the rule would split most people, and
    /// the trained weight of "different" (−2 bits there, −8 in the generator) is left to weigh the dates with the rest.
    /// </summary>
    internal const double DecisiveDatesMaxM = 0.05;

    /// <summary>Fewest expected duplicate pairs with both birth dates known (EM's weight of the birth date's m) for the data to overrule <see cref="DecisiveDatesMaxM"/>.</summary>
    internal const double DateEvidenceMin = 100;

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
