namespace Istmo.Matching;

/// <summary>A cheap upper bound of <see cref="NameComparer.Compare"/>, used by the index to skip candidates that cannot
/// reach the results (exact pruning).</summary>
internal static partial class NameComparer
{
    /// <summary>Relative and absolute slack added to a bound: <see cref="Compare"/> sums in single precision.</summary>
    private const double BoundSlack = 1e-5;

    /// <summary>An upper bound of <see cref="Compare"/> for the same arguments, from token similarities alone (no alignment).</summary>
    /// <remarks>
    /// Mirrors the score formula of <see cref="Compare"/>: a token is "alignable" when it has a token pair at or above
    /// <see cref="Floor"/> or is part of a merged run (or the target of one) at or above the merge floor; its best
    /// similarity is the largest of those pairs and merged runs. Tokens that are
    /// not alignable are certainly unmatched and give the smallest penalty the formula allows; aligned weight and similarity
    /// are bounded per token: an edge's Σ w·sim ≤ Σ over its tokens of w/2 · best similarity, so the score is at most the
    /// best ratio Σa / (Σb + penalty) over subsets of alignable tokens, attained by a prefix in decreasing similarity.
    /// The sibling factor (×0.85) is ignored (≤ 1). Token similarities come from the same caches as <see cref="Compare"/>
    /// (and fill them). The test of this bound against <see cref="Compare"/> pins that
    /// it stays an upper bound when the formula changes.
    /// </remarks>
    public static double UpperBound(
        ReadOnlySpan<NameToken> q, ReadOnlySpan<byte> qRoles,
        ReadOnlySpan<NameToken> c, ReadOnlySpan<byte> cRoles,
        bool organization, SimilarityCache? shared, QueryTokenSimilarities? cache, Dictionary<Int128, float>? mergeCache, int querySlot)
    {
        int n = Math.Min(q.Length, NameNormalizer.MaxTokens), m = Math.Min(c.Length, NameNormalizer.MaxTokens);
        if (n == 0 || m == 0)
        {
            return 0;
        }

        // Organisation names are scored by other rules (acronyms, generic words at low weight, extra words at full cost)
        // that this bound does not mirror; they are few in a watchlist, so they are never pruned.
        if (organization)
        {
            return 1.0;
        }

        Span<float> uq = stackalloc float[n];
        Span<float> uc = stackalloc float[m];
        uq.Clear();
        uc.Clear();

        // Equal tokens first: a token matched exactly already has the largest similarity there is (1), so a pair of two such
        // tokens needs no similarity look-up (most pairs of a namesake candidate).
        for (int i = 0; i < n; i++)
        {
            var a = q[i];
            for (int j = 0; j < m; j++)
            {
                // Interned tokens are one object per text: two of them are equal only when they are the same object.
                if (ReferenceEquals(a, c[j]) || ((a.Id < 0 || c[j].Id < 0) && string.Equals(a.Text, c[j].Text, StringComparison.Ordinal)))
                {
                    uq[i] = 1f;
                    uc[j] = 1f;
                }
            }
        }

        for (int i = 0; i < n; i++)
        {
            var a = q[i];
            for (int j = 0; j < m; j++)
            {
                if (uq[i] >= 1f && uc[j] >= 1f)
                {
                    continue;
                }

                var b = c[j];
                float s;
                if (a.IsParticle != b.IsParticle)
                {
                    s = 0f; // a particle only aligns with a particle
                }
                else if (cache is not null && b.Id >= 0)
                {
                    // The per-query cache that Compare reads (in front of the index-wide one).
                    s = cache.Get(a, querySlot + i, b, shared, out _);
                }
                else if (shared is not null && a.Id >= 0 && b.Id >= 0)
                {
                    s = shared.Token(a, b, out _);
                }
                else
                {
                    s = TokenSimilarity(a, b, out _);
                }

                if (s >= Floor)
                {
                    uq[i] = Math.Max(uq[i], s);
                    uc[j] = Math.Max(uc[j], s);
                }
            }
        }

        if (n > 1)
        {
            MarkMerges(q, c, swap: false, uq, uc, mergeCache, querySlot, shared);
        }

        if (m > 1)
        {
            MarkMerges(c, q, swap: true, uc, uq, mergeCache, querySlot, shared);
        }

        // Certainly unmatched weight (particles are never penalised).
        float uq0 = 0, uqFamily0 = 0, uc0 = 0;
        Span<float> ratio = stackalloc float[n + m];
        Span<float> weight = stackalloc float[n + m];
        var items = 0;
        for (int i = 0; i < n; i++)
        {
            var role = qRoles.Length > i ? qRoles[i] : NameRole.Unknown;
            var w = Weight(q[i], role);
            if (uq[i] > 0)
            {
                ratio[items] = uq[i];
                weight[items++] = w * 0.5f;
            }
            else if (!q[i].IsParticle)
            {
                if (NameRole.IsDroppable(role))
                {
                    uqFamily0 += w;
                }
                else
                {
                    uq0 += w;
                }
            }
        }

        for (int j = 0; j < m; j++)
        {
            var role = cRoles.Length > j ? cRoles[j] : NameRole.Unknown;
            var w = Weight(c[j], role);
            if (uc[j] > 0)
            {
                ratio[items] = uc[j];
                weight[items++] = w * 0.5f;
            }
            else if (!c[j].IsParticle)
            {
                uc0 += w;
            }
        }

        if (items == 0)
        {
            return 0;
        }

        var queryLeft = uc0 > 0 ? uq0 + uqFamily0 : uq0 + (0.5 * uqFamily0);
        var penalty = (0.8 * queryLeft) + (0.2 * uc0) + (0.6 * Math.Min(uq0 + uqFamily0, uc0));

        // Best prefix in decreasing similarity (insertion sort: at most 32 items).
        for (int x = 1; x < items; x++)
        {
            var r = ratio[x];
            var w = weight[x];
            var y = x - 1;
            while (y >= 0 && ratio[y] < r)
            {
                ratio[y + 1] = ratio[y];
                weight[y + 1] = weight[y];
                y--;
            }

            ratio[y + 1] = r;
            weight[y + 1] = w;
        }

        double num = 0, den = penalty, best = 0;
        for (int x = 0; x < items; x++)
        {
            num += (double)weight[x] * ratio[x];
            den += weight[x];
            // Not Math.Max, whose NaN and signed-zero handling cost a blend per item: den > 0, so the ratio is a number ≥ 0.
            var r = num / den;
            if (r > best)
            {
                best = r;
            }
        }

        return Math.Min(1.0, (best * (1 + BoundSlack)) + BoundSlack);
    }

    /// <summary>Raises the best similarity of tokens that take part in a merged run of 2–4 tokens of <paramref name="multi"/>
    /// against one token of <paramref name="single"/> at or above the merge floor (same runs, same caches as Compare).</summary>
    private static void MarkMerges(
        ReadOnlySpan<NameToken> multi, ReadOnlySpan<NameToken> single, bool swap, Span<float> uMulti, Span<float> uSingle,
        Dictionary<Int128, float>? cache, int querySlot, SimilarityCache? shared)
    {
        int n = Math.Min(multi.Length, NameNormalizer.MaxTokens), m = Math.Min(single.Length, NameNormalizer.MaxTokens);
        Span<char> all = stackalloc char[(MaxSpan * NameNormalizer.MaxTokenLength) + 8];
        Span<char> core = stackalloc char[(MaxSpan * NameNormalizer.MaxTokenLength) + 8];
        for (int start = 0; start < n - 1; start++)
        {
            int allLen = multi[start].Text.Length, coreLen = multi[start].IsParticle ? 0 : allLen;
            var run = new RunHistograms(multi[start]);
            var interiorParticle = false;
            for (int len = 2; len <= MaxSpan && start + len <= n; len++)
            {
                var t = multi[start + len - 1];
                allLen += t.Text.Length;
                run.Add(t);
                if (t.IsParticle)
                {
                    interiorParticle = true;
                    continue;
                }

                coreLen += t.Text.Length;
                var withCore = interiorParticle || multi[start].IsParticle;
                var joined = false;
                for (int j = 0; j < m; j++)
                {
                    var target = single[j];
                    if (target.IsParticle || (!MergeLengthFits(allLen, target) && !(withCore && MergeLengthFits(coreLen, target))))
                    {
                        continue;
                    }

                    // A merged run scores at most MaxMergeSimilarity: when the target and every token of the run already
                    // have that much, the run cannot raise the bound.
                    if ((uSingle[j] >= MaxMergeSimilarity && AtLeast(uMulti.Slice(start, len), MaxMergeSimilarity))
                        || run.CertainlyZero(allLen, coreLen, withCore, target))
                    {
                        continue;
                    }

                    if (!joined)
                    {
                        // Joined forms are built only when a length test passes (rare).
                        Join(multi, start, len, all, core);
                        joined = true;
                    }

                    var s = MergeEdgeSimilarity(multi, start, len, single, j, swap, all[..allLen], core[..coreLen], withCore, cache, querySlot, shared);
                    if (s >= MergeFloor)
                    {
                        uSingle[j] = Math.Max(uSingle[j], s);
                        for (int k = start; k < start + len; k++)
                        {
                            uMulti[k] = Math.Max(uMulti[k], s);
                        }
                    }
                }
            }
        }
    }

    private static bool AtLeast(ReadOnlySpan<float> values, float floor)
    {
        foreach (var v in values)
        {
            if (v < floor)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes the run's tokens joined (<paramref name="all"/>) and joined without particles after the first token
    /// (<paramref name="core"/>, which also drops a leading particle), as <see cref="AddMerges"/> builds them.</summary>
    private static void Join(ReadOnlySpan<NameToken> multi, int start, int len, Span<char> all, Span<char> core)
    {
        int a = 0, c = 0;
        for (int k = start; k < start + len; k++)
        {
            var t = multi[k];
            t.Text.CopyTo(all[a..]);
            a += t.Text.Length;
            if (!t.IsParticle)
            {
                t.Text.CopyTo(core[c..]);
                c += t.Text.Length;
            }
        }
    }
}
