namespace Istmo.Matching;

/// <summary>
/// Where records without a birth date go. Their only evidence is usually a name, which namesakes share, so the pairwise
/// links of <see cref="EntityResolver"/> are checked against the other people the name points to: links to people born
/// years apart are dropped unless one is clearly better, and a record left alone joins the one cluster its close names
/// point to.
/// </summary>
internal static class UndatedPlacement
{
    /// <summary>Bits by which an undated record's best link must beat its best link to a person born years apart.</summary>
    /// <remarks>300k generated records: margin 0 (no rule) F1 0.9322, 2 → 0.9339, 4 → 0.9336, 8 → 0.9335.</remarks>
    internal const double UndatedMargin = 2;

    /// <summary>
    /// Lowest match weight, in bits relative to the link threshold, of the link by which an undated record joins the only
    /// cluster its close names point to; a weaker close name counts against that cluster instead (see
    /// <see cref="AttachExclusive"/>). Relative, so a stricter threshold makes attachments stricter too. It rises with the
    /// number of records: −3 bits (11 % at the default 50 %) at 300k, −4.6 at 100k, −1.3 at a million. The more records,
    /// the likelier a namesake the blocking did not put among the candidates (an oversized block is only windowed), so the
    /// less an exclusive close name proves; the prior already falls with the count, but for every pair alike.
    /// </summary>
    /// <remarks>300k generated records, with containment frequencies: −8 → F1 0.9433, −5 → 0.9436, −3 → 0.9446, −2 → 0.9445,
    /// −1 → 0.9422, +1 → 0.9363 (before them: no floor 0.9375, −5 → 0.9377). Fixed floors with <see cref="ClusterFacts"/>
    /// (fourteenth session), 1M: −3 → 0.9446, −2 → 0.9449, −1 → 0.9454 (attached right 1,598, wrong 961 where −3 made 1,860
    /// and 1,884), 0 → 0.9454, +1 → 0.9453; 300k: −3 → 0.9604, −2 → 0.9606, −1 → 0.9602, 0 → 0.9586; 100k: −3 → 0.9707,
    /// −1 → 0.9699. This rule: 100k 0.9705, 300k 0.9604, 1M 0.9454. A limit on how many records contain the name's parts
    /// (<see cref="ResolverRecord.NameFrequency"/>) beyond the cluster's own was tried instead and not kept: 1M 0.9452
    /// (−1, none beyond), 0.9445 / 0.9446 (−3, none / two beyond).</remarks>
    internal static double ExclusiveFloor(int records) => Math.Clamp(-3 + EntityResolver.SizeBits(records), -5, 0);

    /// <summary>
    /// Bits by which an undated record's strongest close name must beat its strongest close name in any other cluster for
    /// <see cref="AttachExclusive"/> to join it to the first.
    /// </summary>
    /// <remarks>300k generated records: only when no other cluster (∞) F1 0.9470, 6 → 0.9472, 3 → 0.9479, 2 → 0.9481,
    /// 1 → 0.9485, 0 → 0.9461; 1M: ∞ 0.9289, 2 → 0.9295 (P 0.963), 4 → 0.9297 (P 0.965): precision counts more at size.</remarks>
    internal const double ExclusiveMargin = 4;

    /// <summary>
    /// An undated record linked to people born two or more years apart (two namesakes' records) can be only one of them;
    /// unless its best link beats the best link to the other by <see cref="UndatedMargin"/> bits, it is left out of
    /// both (its links to dated records are dropped): joining the wrong namesake costs more pairs than staying alone.
    /// Links resting on a shared document, phone or e-mail are kept. <paramref name="links"/> is sorted by weight, best first.
    /// </summary>
    internal static List<(double W, int P)> DropAmbiguous(List<(double W, int P)> links, long[] pairs, List<ResolverRecord> records, bool[] strong)
    {
        // Per undated record: weight and birth year of its best dated partner, then the best weight of a partner born
        // two or more years from that one.
        var best = new Dictionary<int, (double W, int Year)>();
        var rival = new Dictionary<int, double>();
        var anchored = new HashSet<int>();
        foreach (var (w, p) in links)
        {
            var (a, b) = ResolverBlocking.Split(pairs[p]);
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
            var (a, b) = ResolverBlocking.Split(pairs[l.P]);
            return !((ambiguous.Contains(a) && records[b].Birth != 0) || (ambiguous.Contains(b) && records[a].Birth != 0));
        });
    }

    /// <summary>How a candidate pair's names relate, for <see cref="AttachExclusive"/>.</summary>
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
        levels[ResolverComparison.Name] < ResolverComparison.NameClose ? Closeness.Far
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
    /// <param name="weights">
    /// The trained weights by feature and level. Given, where a pair left nationality or sex unknown, the partner's cluster
    /// may state it through another record (<see cref="ClusterFacts"/>): its weight then counts, and a contradiction makes
    /// the close name a rival. 300k generated records F1 0.9601 → 0.9604, 1M 0.9442 → 0.9446 (+321 true pairs, −188
    /// false). Null: the pairs alone.
    /// </param>
    internal static List<(int A, int B, double W)> AttachExclusive(long[] pairs, Closeness[] close, double[] factors, double prior, double thresholdWeight, double floor, IReadOnlyList<ResolverRecord> records, ConstrainedUnionFind uf, double[][]? weights = null)
    {
        var n = records.Count;
        var (root, size) = uf.Snapshot();
        var facts = weights is null ? null : new ClusterFacts(records, root, weights);

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
                var (a, b) = ResolverBlocking.Split(pairs[p]);
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
            var closeness = close[p];
            if (facts?.Weigh(u, partner, r) is (var bits, var contradicts))
            {
                // What the pair left unknown, the partner's cluster may state through its other records.
                f += bits;
                closeness = contradicts ? Closeness.Rival : closeness;
            }

            var canJoin = closeness == Closeness.Partner && prior + f >= thresholdWeight + floor;
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
}
