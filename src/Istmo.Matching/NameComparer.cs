namespace Istmo.Matching;

/// <summary>How two tokens (or token groups) were aligned.</summary>
internal enum MatchKind : byte
{
    None = 0,
    Exact = 1,
    Nickname = 2,
    Spelling = 3,
    Initial = 4,
    Phonetic = 5,
    Fuzzy = 6,
    Merged = 7,
}

/// <summary>One aligned pair: a run of query tokens against a run of candidate tokens.</summary>
internal struct AlignEdge
{
    public byte QStart;
    public byte QLength;
    public byte CStart;
    public byte CLength;
    public float Similarity;
    public MatchKind Kind;

    /// <summary>Particle against particle (al/al): aligned last, so it never blocks a merged run (Abd al-Aziz ↔ Abdulaziz).</summary>
    public bool Particle;
}

/// <summary>Alignment detail kept for explanations.</summary>
internal sealed class Alignment
{
    public List<AlignEdge> Edges { get; } = [];

    public int QueryMask { get; set; }

    public int CandidateMask { get; set; }

    public bool GivenConflict { get; set; }

    public bool LegalFormMismatch { get; set; }

    /// <summary>Organisation names each keep a number the other lacks (the score took <see cref="NameComparer.NumberConflictFactor"/>).</summary>
    public bool NumberConflict { get; set; }

    public void Clear()
    {
        Edges.Clear();
        QueryMask = 0;
        CandidateMask = 0;
        GivenConflict = false;
        LegalFormMismatch = false;
        NumberConflict = false;
    }
}

/// <summary>Order-insensitive name alignment with merged/split tokens, variants, initials and cost-weighted residue distance.</summary>
/// <remarks>
/// Score = Σ(weight·similarity of aligned groups) / (Σ aligned weight + 0.8·unmatched query weight (surnames ×0.5 when the candidate
/// has nothing left over) + 0.2·unmatched candidate weight
/// + 0.6·min(both unmatched) + 0.3·max(0, unmatched candidate − aligned)), ×0.85 when given names on both sides are unmatched.
/// Token weight: particle 0.25, initial 0.5, otherwise 1; family names ×1.3.
/// </remarks>
internal static partial class NameComparer
{
    /// <summary>Factor on an organisation pair whose names each keep a number the other lacks (9 / 8): nomenklatura's
    /// logic-v2 takes 0.3 off for a number mismatch.</summary>
    internal const double NumberConflictFactor = 0.7;

    /// <summary>True for a token that is a number (digits only).</summary>
    internal static bool IsNumber(string text)
    {
        foreach (var ch in text)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    public const float Floor = 0.65f;

    /// <summary>Lowest edit-distance similarity that the rules of <see cref="TokenSimilarity"/> can tell apart (the Metaphone
    /// lift starts at 0.6; below it a pair scores 0 or a fixed lift): edit distances stop early below it. Keep it at or below
    /// the lowest threshold those rules use (with a margin for the rounding to float).</summary>
    private const double FuzzyFloor = 0.59;
    private const float MergeFloor = 0.85f;

    /// <summary>The largest similarity <see cref="MergeSimilarity"/> gives (a joined form equal to the target's text).</summary>
    private const float MaxMergeSimilarity = 0.98f;
    private const int MaxEdges = 384;
    private const int MaxSpan = 4;

    public static float TokenSimilarity(NameToken a, NameToken b, out MatchKind kind)
    {
        if (ReferenceEquals(a, b) || string.Equals(a.Text, b.Text, StringComparison.Ordinal))
        {
            kind = MatchKind.Exact;
            return 1f;
        }

        kind = MatchKind.None;
        if (a.IsParticle || b.IsParticle)
        {
            if (a.IsParticle && b.IsParticle && string.Equals(a.Canonical, b.Canonical, StringComparison.Ordinal))
            {
                kind = MatchKind.Spelling;
                return 1f;
            }

            return 0f;
        }

        if (string.Equals(a.Canonical, b.Canonical, StringComparison.Ordinal) || SharesAlternate(a, b))
        {
            kind = a.Kind == VariantKind.Nickname || b.Kind == VariantKind.Nickname ? MatchKind.Nickname : MatchKind.Spelling;
            return 0.93f;
        }

        if (a.IsInitial || b.IsInitial)
        {
            if (a.Text[0] == b.Text[0])
            {
                kind = MatchKind.Initial;
                return 0.85f;
            }

            return 0f;
        }

        // Gendered pairs (Juan/Juana) differ, unless the phonetic folds agree (Belarusian Lukashenka ≡ Lukashenko folds alike).
        if (!string.Equals(a.Fold, b.Fold, StringComparison.Ordinal) && (IsGenderPair(a.Text, b.Text) || IsGenderPair(a.Fold, b.Fold)))
        {
            return 0f;
        }

        if (OrganisationWordSimilarity(a, b) is > 0 and var word)
        {
            kind = MatchKind.Spelling;
            return word;
        }

        // A name that extends another (Smith/Smithson, Castro/Castrillón, Gazprom/Gazprombank) is a different name, not a typo.
        if (NameVariants.IsExtension(a.Text, b.Text))
        {
            return 0f;
        }

        if (string.Equals(a.Fold, b.Fold, StringComparison.Ordinal))
        {
            kind = MatchKind.Phonetic;
            return 0.95f;
        }

        if (string.Equals(a.CanonicalFold, b.CanonicalFold, StringComparison.Ordinal))
        {
            kind = MatchKind.Spelling;
            return 0.9f;
        }

        var e = (float)EditDistance.Similarity(a.Fold, b.Fold, FuzzyFloor);
        if (e < 0.85f)
        {
            // Folding can hide a plain typo (Mcihel/Michel, Cstillo/Castillo): also compare the letters as written.
            e = Math.Max(e, (float)EditDistance.Similarity(a.Text, b.Text, FuzzyFloor));
        }

        var shorter = Math.Min(a.Text.Length, b.Text.Length);
        if (shorter <= 3)
        {
            e -= Math.Max(a.Text.Length, b.Text.Length) <= 3 ? 0.15f : 0.05f;
        }

        kind = MatchKind.Fuzzy;
        if ((!a.HasVowel || !b.HasVowel) && a.Skeleton.Length >= 2 && string.Equals(a.Skeleton, b.Skeleton, StringComparison.Ordinal) && e < 0.85f)
        {
            e = 0.85f;
            kind = MatchKind.Phonetic;
        }
        else if (e >= 0.6f && e < 0.8f && a.Metaphone.Length >= 3 && string.Equals(a.Metaphone, b.Metaphone, StringComparison.Ordinal))
        {
            e = 0.8f;
            kind = MatchKind.Phonetic;
        }

        if (e < SpellingSystemSimilarity && SameNameInAnotherSpelling(a, b))
        {
            kind = MatchKind.Spelling;
            return SpellingSystemSimilarity;
        }

        // Three or more plain edits apart, on the letters and on the fold, is another name (Kowalski/Kowalczyk), not a typo.
        // (Also when Metaphone lifted the pair; the vowel-less skeleton rule for romanised Arabic script is exempt.)
        var fuzzy = kind == MatchKind.Fuzzy || (kind == MatchKind.Phonetic && a.HasVowel && b.HasVowel);
        if (e < Floor || (fuzzy && EditDistance.Operations(a.Fold, b.Fold, 3) >= 3 && EditDistance.Operations(a.Text, b.Text, 3) >= 3))
        {
            kind = MatchKind.None;
            return 0f;
        }

        return e;
    }

    /// <summary>Similarity of one name written in two spelling systems (a known spelling variant scores alike).</summary>
    internal const float SpellingSystemSimilarity = 0.9f;

    /// <summary>
    /// In organisation names only: 0.93 for one word in two languages (their English folds agree: zavod / plant), 0.9 for a
    /// Russian or Ukrainian place adjective and its place (Tambovskii / Tambov), else 0. The prefilter asks the same, so it
    /// never skips such a pair.
    /// </summary>
    internal static float OrganisationWordSimilarity(NameToken a, NameToken b)
    {
        if (!a.Organization || !b.Organization)
        {
            return 0f;
        }

        if ((a.EnglishFold is not null || b.EnglishFold is not null)
            && string.Equals(a.EnglishFold ?? a.Fold, b.EnglishFold ?? b.Fold, StringComparison.Ordinal))
        {
            return 0.93f;
        }

        return OrganisationTranslations.IsPlaceAdjective(a.Text, b.Text) ? 0.9f : 0f;
    }

    /// <summary>
    /// One name in two spelling systems that share little as written: a Haitian name in French and in Creole spelling
    /// (Duvalier/Divalye, Jacques/Jak), a Korean syllable in Revised Romanization and in McCune–Reischauer style
    /// (Jeong/Jong, Geun/Kun). Both rules need a mark on one side, so a pair without marks is decided in one test.
    /// </summary>
    internal static bool SameNameInAnotherSpelling(NameToken a, NameToken b) =>
        (a.SpellingMarks | b.SpellingMarks) != 0 && (FrenchCreole.Equivalent(a, b) || KoreanSyllables.Equivalent(a, b));

    /// <summary>Mario/María, Francisco/Francisca, Juan/Juana, Luis/Luisa: different (gendered) given names.</summary>
    internal static bool IsGenderPair(string a, string b)
    {
        if (a.Length < 3 || b.Length < 3)
        {
            return false;
        }

        if (a.Length == b.Length)
        {
            var la = a[^1];
            var lb = b[^1];
            return la != lb && la is 'a' or 'o' && lb is 'a' or 'o' && a.AsSpan(0, a.Length - 1).SequenceEqual(b.AsSpan(0, b.Length - 1));
        }

        var (s, l) = a.Length < b.Length ? (a, b) : (b, a);
        return l.Length == s.Length + 1 && l[^1] == 'a' && !SpanishPhonetic.IsVowel(s[^1]) && l.StartsWith(s, StringComparison.Ordinal);
    }

    private static bool SharesAlternate(NameToken a, NameToken b)
    {
        if (a.Alternates is null && b.Alternates is null)
        {
            return false;
        }

        if (a.Alternates is not null && Array.IndexOf(a.Alternates, b.Canonical) >= 0)
        {
            return true;
        }

        return b.Alternates is not null && Array.IndexOf(b.Alternates, a.Canonical) >= 0;
    }

    private static float Weight(NameToken t, byte role, bool organization = false)
    {
        // Generic organisation words (Company, Group, Bank, Trading...) say little about which organisation is meant.
        var w = t.IsParticle ? 0.25f : t.IsInitial ? 0.5f : organization && t.IsGeneric ? LegalForms.GenericWeight : 1f;
        return role == NameRole.Family ? w * 1.3f : w;
    }

    /// <summary>Scores a query name against a candidate name in [0,1]; fills <paramref name="alignment"/> when given.</summary>
    public static double Compare(
        ReadOnlySpan<NameToken> q, ReadOnlySpan<byte> qRoles, string? qLegal,
        ReadOnlySpan<NameToken> c, ReadOnlySpan<byte> cRoles, string? cLegal,
        bool organization, Alignment? alignment, QueryTokenSimilarities? cache = null, int querySlot = 0, Dictionary<Int128, float>? mergeCache = null,
        SimilarityCache? shared = null)
    {
        alignment?.Clear();
        int n = Math.Min(q.Length, NameNormalizer.MaxTokens), m = Math.Min(c.Length, NameNormalizer.MaxTokens);
        if (n == 0 || m == 0)
        {
            return 0;
        }

        var legalMismatch = organization && qLegal is not null && cLegal is not null && !string.Equals(qLegal, cLegal, StringComparison.Ordinal);
        if (alignment is not null)
        {
            alignment.LegalFormMismatch = legalMismatch;
        }

        // An acronym against the words it abbreviates (IRGC ↔ Islamic Revolutionary Guard Corps).
        if (organization && (n == 1) != (m == 1) && Acronyms.Matches(q[..n], qLegal, c[..m], cLegal))
        {
            if (alignment is not null)
            {
                alignment.QueryMask = (1 << n) - 1;
                alignment.CandidateMask = (1 << m) - 1;
            }

            return Acronyms.Similarity;
        }

        // Literal shortcut: same tokens in the same order.
        if (n == m)
        {
            var same = true;
            for (int i = 0; i < n && same; i++)
            {
                same = ReferenceEquals(q[i], c[i]) || string.Equals(q[i].Text, c[i].Text, StringComparison.Ordinal);
            }

            if (same)
            {
                if (alignment is not null)
                {
                    for (int i = 0; i < n; i++)
                    {
                        alignment.Edges.Add(new AlignEdge { QStart = (byte)i, QLength = 1, CStart = (byte)i, CLength = 1, Similarity = 1, Kind = MatchKind.Exact });
                    }

                    alignment.QueryMask = (1 << n) - 1;
                    alignment.CandidateMask = (1 << m) - 1;
                }

                return legalMismatch ? 0.97 : 1.0;
            }
        }

        Span<AlignEdge> edges = stackalloc AlignEdge[MaxEdges];
        int count = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                float s;
                MatchKind kind;
                if (ReferenceEquals(q[i], c[j]))
                {
                    s = 1f;
                    kind = MatchKind.Exact;
                }
                else if (cache is not null && c[j].Id >= 0)
                {
                    // Per-query cache of token-pair similarities (common candidate tokens repeat across candidates), in
                    // front of the index-wide one; exact values.
                    s = cache.Get(q[i], querySlot + i, c[j], shared, out kind);
                }
                else if (shared is not null && q[i].Id >= 0 && c[j].Id >= 0)
                {
                    // Both tokens are interned in the index: the index-wide cache, shared by all queries and threads.
                    s = shared.Token(q[i], c[j], out kind);
                }
                else
                {
                    s = TokenSimilarity(q[i], c[j], out kind);
                }

                if (s >= Floor && count < MaxEdges)
                {
                    edges[count++] = new AlignEdge { QStart = (byte)i, QLength = 1, CStart = (byte)j, CLength = 1, Similarity = s, Kind = kind, Particle = q[i].IsParticle };
                }
            }
        }

        if (n > 1)
        {
            AddMerges(q, c, swap: false, edges, ref count, mergeCache, querySlot, shared);
        }

        if (m > 1)
        {
            AddMerges(c, q, swap: true, edges, ref count, mergeCache, querySlot, shared);
        }

        var sorted = edges[..count];
        sorted.Sort(static (x, y) =>
        {
            if (x.Particle != y.Particle)
            {
                return x.Particle ? 1 : -1;
            }

            var r = y.Similarity.CompareTo(x.Similarity);
            if (r != 0)
            {
                return r;
            }

            r = (y.QLength + y.CLength).CompareTo(x.QLength + x.CLength);
            if (r != 0)
            {
                return r;
            }

            r = x.QStart.CompareTo(y.QStart);
            return r != 0 ? r : x.CStart.CompareTo(y.CStart);
        });

        int qMask = 0, cMask = 0;
        float s1 = 0, w1 = 0;
        foreach (ref readonly var e in sorted)
        {
            var em = ((1 << e.QLength) - 1) << e.QStart;
            var cm = ((1 << e.CLength) - 1) << e.CStart;
            if ((qMask & em) != 0 || (cMask & cm) != 0)
            {
                continue;
            }

            qMask |= em;
            cMask |= cm;
            float wq = 0, wc = 0;
            for (int i = e.QStart; i < e.QStart + e.QLength; i++)
            {
                wq += Weight(q[i], qRoles.Length > i ? qRoles[i] : NameRole.Unknown, organization);
            }

            for (int j = e.CStart; j < e.CStart + e.CLength; j++)
            {
                wc += Weight(c[j], cRoles.Length > j ? cRoles[j] : NameRole.Unknown, organization);
            }

            var w = (wq + wc) * 0.5f;
            s1 += w * e.Similarity;
            w1 += w;
            alignment?.Edges.Add(e);
        }

        if (w1 <= 0)
        {
            return 0;
        }

        float uq = 0, uqFamily = 0, uc = 0;
        bool qGivenLeft = false, cGivenLeft = false, qNumberLeft = false, cNumberLeft = false;
        for (int i = 0; i < n; i++)
        {
            if ((qMask & (1 << i)) == 0 && !q[i].IsParticle)
            {
                qNumberLeft |= organization && IsNumber(q[i].Text);
                var role = qRoles.Length > i ? qRoles[i] : NameRole.Unknown;
                if (NameRole.IsDroppable(role))
                {
                    // A patronymic is dropped as often as a maternal surname: passports in Latin letters print none.
                    uqFamily += Weight(q[i], role, organization);
                }
                else
                {
                    uq += Weight(q[i], role, organization);
                }

                qGivenLeft |= NameRole.IsGiven(role);
            }
        }

        for (int j = 0; j < m; j++)
        {
            if ((cMask & (1 << j)) == 0 && !c[j].IsParticle)
            {
                cNumberLeft |= organization && IsNumber(c[j].Text);
                var role = cRoles.Length > j ? cRoles[j] : NameRole.Unknown;
                uc += Weight(c[j], role, organization);
                cGivenLeft |= NameRole.IsGiven(role);
            }
        }

        // A query surname (or patronymic) missing from a candidate that has nothing left over is a dropped maternal surname
        // (or patronymic): it costs less.
        var queryLeft = uc > 0 ? uq + uqFamily : uq + (0.5f * uqFamily);
        var denominator = w1 + (0.8f * queryLeft) + (0.2f * uc) + (0.6f * Math.Min(uq + uqFamily, uc)) + (uc > w1 ? 0.3f * (uc - w1) : 0f);
        if (organization)
        {
            // An extra word in an organisation name usually names another organisation (Gazprom / Gazprom Neft, Siemens / Siemens
            // Energy): unmatched words cost their full weight on both sides (generic words weigh little, see Weight).
            denominator = w1 + uq + uqFamily + uc;
        }
        double score = s1 / denominator;
        var givenConflict = qGivenLeft && cGivenLeft;
        if (givenConflict)
        {
            score *= 0.85;
        }

        if (legalMismatch)
        {
            score *= 0.97;
        }

        // Organisations numbered apart are different ones (Plant No. 9 / No. 8, the third and fourth depots), however much of
        // the rest of the name they share.
        if (qNumberLeft && cNumberLeft)
        {
            score *= NumberConflictFactor;
            if (alignment is not null)
            {
                alignment.NumberConflict = true;
            }
        }

        if (alignment is not null)
        {
            alignment.QueryMask = qMask;
            alignment.CandidateMask = cMask;
            alignment.GivenConflict = givenConflict;
        }

        return Math.Clamp(score, 0, 1);
    }

    /// <summary>Adds edges joining 2–4 adjacent tokens of <paramref name="multi"/> against one token of <paramref name="single"/>.</summary>
    private static void AddMerges(ReadOnlySpan<NameToken> multi, ReadOnlySpan<NameToken> single, bool swap, Span<AlignEdge> edges, ref int count, Dictionary<Int128, float>? cache = null, int querySlot = 0, SimilarityCache? shared = null)
    {
        int n = Math.Min(multi.Length, NameNormalizer.MaxTokens), m = Math.Min(single.Length, NameNormalizer.MaxTokens);
        Span<char> all = stackalloc char[(MaxSpan * NameNormalizer.MaxTokenLength) + 8];
        Span<char> core = stackalloc char[(MaxSpan * NameNormalizer.MaxTokenLength) + 8];
        for (int start = 0; start < n - 1; start++)
        {
            int allLen = multi[start].Text.Length, coreLen = multi[start].IsParticle ? 0 : multi[start].Text.Length;
            var run = new RunHistograms(multi[start]);
            multi[start].Text.CopyTo(all);
            if (coreLen > 0)
            {
                multi[start].Text.CopyTo(core);
            }

            var interiorParticle = false;
            for (int len = 2; len <= MaxSpan && start + len <= n; len++)
            {
                var t = multi[start + len - 1];
                t.Text.CopyTo(all[allLen..]);
                allLen += t.Text.Length;
                run.Add(t);
                if (t.IsParticle)
                {
                    interiorParticle = true;
                    continue; // a span ends on a real token
                }

                t.Text.CopyTo(core[coreLen..]);
                coreLen += t.Text.Length;
                for (int j = 0; j < m; j++)
                {
                    var target = single[j];
                    if (target.IsParticle)
                    {
                        continue;
                    }

                    // MergeSimilarity is 0 unless a joined form is about as long as the target's text or canonical form.
                    var withCore = interiorParticle || multi[start].IsParticle;
                    if ((!MergeLengthFits(allLen, target) && !(withCore && MergeLengthFits(coreLen, target)))
                        || run.CertainlyZero(allLen, coreLen, withCore, target))
                    {
                        continue;
                    }

                    var best = MergeEdgeSimilarity(multi, start, len, single, j, swap, all[..allLen], core[..coreLen], withCore, cache, querySlot, shared);
                    if (best >= MergeFloor && count < edges.Length)
                    {
                        edges[count++] = swap
                            ? new AlignEdge { QStart = (byte)j, QLength = 1, CStart = (byte)start, CLength = (byte)len, Similarity = best, Kind = MatchKind.Merged }
                            : new AlignEdge { QStart = (byte)start, QLength = (byte)len, CStart = (byte)j, CLength = 1, Similarity = best, Kind = MatchKind.Merged };
                    }
                }
            }
        }
    }

    /// <summary>Similarity of a run of <paramref name="multi"/> (joined as <paramref name="all"/>, or without particles as
    /// <paramref name="core"/>) against token <paramref name="j"/> of <paramref name="single"/>, through the caches.</summary>
    private static float MergeEdgeSimilarity(
        ReadOnlySpan<NameToken> multi, int start, int len, ReadOnlySpan<NameToken> single, int j, bool swap,
        ReadOnlySpan<char> all, ReadOnlySpan<char> core, bool withCore, Dictionary<Int128, float>? cache, int querySlot, SimilarityCache? shared)
    {
        var target = single[j];
        float best;
        if (shared is not null && SimilarityCache.MergeKey(multi.Slice(start, len), target, out var sharedKey))
        {
            // All tokens interned: the index-wide cache.
            if (!shared.TryGetMerge(sharedKey, out best))
            {
                best = JoinedSimilarity(all, core, withCore, target);
                shared.SetMerge(sharedKey, best);
            }

            return best;
        }

        // Per-query cache: the run and the target are identified by query token slots and index token ids.
        Int128 key = default;
        var cacheable = cache is not null && MergeKey(multi, start, len, single, j, swap, querySlot, out key);
        if (!cacheable || !cache!.TryGetValue(key, out best))
        {
            best = JoinedSimilarity(all, core, withCore, target);
            if (cacheable)
            {
                cache![key] = best;
            }
        }

        return best;
    }

    /// <summary>The better of the run joined whole and (when <paramref name="withCore"/>) joined without particles, against the target.</summary>
    private static float JoinedSimilarity(ReadOnlySpan<char> all, ReadOnlySpan<char> core, bool withCore, NameToken target)
    {
        var best = MergeSimilarity(all, target);
        return withCore ? Math.Max(best, MergeSimilarity(core, target)) : best;
    }

    /// <summary>Key of a merge comparison: the query side by token slot, the candidate side by index token ids (up to 2^24).</summary>
    private static bool MergeKey(ReadOnlySpan<NameToken> multi, int start, int len, ReadOnlySpan<NameToken> single, int j, bool swap, int querySlot, out Int128 key)
    {
        key = default;
        if (!swap)
        {
            // Query run against one candidate token.
            var id = single[j].Id;
            if (id < 0)
            {
                return false;
            }

            key = ((Int128)(uint)(querySlot + start) << 40) | ((Int128)len << 32) | (uint)id;
            return true;
        }

        // Candidate run against one query token.
        Int128 k = 1;
        for (int i = start; i < start + len; i++)
        {
            var id = multi[i].Id;
            if (id is < 0 or >= 1 << 24)
            {
                return false;
            }

            k = (k << 24) | (uint)id;
        }

        key = (k << 24) | (uint)(querySlot + j); // the leading 1 bit marks the run length and sets this key apart
        return true;
    }

    /// <summary>Whether a joined form of <paramref name="length"/> characters passes a length test of <see cref="MergeSimilarity"/>.</summary>
    /// <remarks>Inlined: the bound calls it for every run and target (~20 times per candidate, ~2.5% of a query as a call).</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MergeLengthFits(int length, NameToken target)
    {
        var t = target.Text.Length;
        if (Math.Abs(length - t) <= 1 + (t / 5))
        {
            return true;
        }

        var canon = target.Canonical;
        return !ReferenceEquals(canon, target.Text) && Math.Abs(length - canon.Length) <= 1 + (canon.Length / 5);
    }

    internal static float MergeSimilarity(ReadOnlySpan<char> joined, NameToken target)
    {
        var t = target.Text;
        if (Math.Abs(joined.Length - t.Length) <= 1 + (t.Length / 5))
        {
            if (joined.SequenceEqual(t))
            {
                return MaxMergeSimilarity;
            }

            var s = (float)EditDistance.Similarity(joined, t, MergeFloor - 0.01);
            if (s >= MergeFloor)
            {
                return s * MaxMergeSimilarity;
            }
        }

        var canon = target.Canonical;
        if (!ReferenceEquals(canon, t) && Math.Abs(joined.Length - canon.Length) <= 1 + (canon.Length / 5))
        {
            if (joined.SequenceEqual(canon))
            {
                return 0.93f;
            }
        }

        return 0f;
    }
}
