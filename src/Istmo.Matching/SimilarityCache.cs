using System.Runtime.CompilerServices;

namespace Istmo.Matching;

/// <summary>
/// Per-index cache of token similarities between interned index tokens, shared by all threads: token pairs
/// (<see cref="NameComparer.TokenSimilarity"/>) and merged runs of 2–4 tokens against one token. Query tokens that exist in
/// the index are resolved to the index's token objects, so most comparisons of a query hit this cache.
/// </summary>
/// <remarks>
/// Lock-free and bounded: fixed arrays of slots (2-way set-associative, lazily filled); a newer entry replaces an older one
/// when both slots of a set are taken. A token pair's entry is packed into one 8-byte slot with the tag that identifies
/// it (<see cref="PackedPair"/>), so a read is one atomic load that sees a whole entry; a merged run's entry sits in its
/// slot under a sequence lock (<see cref="MergeSlot"/>), so a read sees a whole entry or none. A value is a pure function of its key (the token ids of one
/// index), so a lost race only costs a recomputation. Values are stored exactly (no rounding), so a cached and a computed
/// similarity are equal.
/// </remarks>
internal sealed class SimilarityCache
{
    /// <summary>Largest token id that fits a merge key (24 bits per id).</summary>
    public const int MaxMergeTokenId = (1 << 24) - 1;

    /// <summary>Token pairs, each slot one packed entry (<see cref="PackedPair"/>); 0 is an empty slot.</summary>
    private readonly ulong[] _tokens;
    private readonly MergeSlot[] _merges;
    private readonly int _mergeMask;
    private readonly PackedPair _pairs;

    /// <summary>Creates a cache sized for a vocabulary of <paramref name="vocabulary"/> tokens (at most 2^21 slots per table).</summary>
    public SimilarityCache(int vocabulary)
    {
        // Token pairs: up to vocabulary² distinct pairs; 2^16..2^21 slots (0.5–16 MB of references) and at most as many entries.
        var tokenSlots = (int)Math.Clamp(System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Min((long)vocabulary * vocabulary, 1 << 21)), 1 << 16, 1 << 21);
        _tokens = new ulong[tokenSlots];
        _pairs = new PackedPair(vocabulary, tokenSlots / 2);
        _merges = new MergeSlot[1 << 20];
        _mergeMask = _merges.Length - 2;
    }

    /// <summary>Computes every ordered pair of the <paramref name="top"/> most frequent tokens (the ones most candidates are
    /// made of) into a dense matrix, in parallel; bounded by <paramref name="top"/>² pairs.</summary>
    /// <remarks>The matrix (8 bytes a pair, similarity and kind side by side: 18 MB for 1,500 tokens) is read with one access,
    /// whose row of frequent tokens is often in the CPU cache, where the set-associative table costs two dependent reads in
    /// 16 MB (a reference, then the entry); it is immutable once built, so reads need no care about races.</remarks>
    public void Warm(NameToken[] tokens, int[] frequency, int top, int maxDegreeOfParallelism)
    {
        var ids = Enumerable.Range(0, tokens.Length).Where(i => !tokens[i].IsParticle).OrderByDescending(i => frequency[i]).ThenBy(i => i).Take(top).ToArray();
        var t = ids.Length;
        var pairs = new HotPair[t * t];
        Parallel.For(0, t, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, x =>
        {
            var a = tokens[ids[x]];
            for (int y = 0; y < t; y++)
            {
                ref var p = ref pairs[(x * t) + y];
                p.Similarity = Compute(a, tokens[ids[y]], out p.Kind);
            }
        });

        var rank = new int[tokens.Length];
        Array.Fill(rank, -1);
        for (int x = 0; x < t; x++)
        {
            rank[ids[x]] = x;
        }

        _hot = new HotPairs(rank, t, pairs);
    }

    /// <summary>Similarities of all pairs of the most frequent tokens (set once by <see cref="Warm"/>).</summary>
    private HotPairs? _hot;

    private sealed class HotPairs(int[] rank, int size, HotPair[] pairs)
    {
        public readonly int[] Rank = rank;
        public readonly int Size = size;
        public readonly HotPair[] Pairs = pairs;
    }

    /// <summary>A pair's similarity and kind in one 8-byte cell: one cache line per read, not one per array.</summary>
    private struct HotPair
    {
        public float Similarity;
        public MatchKind Kind;
    }

    /// <summary><see cref="NameComparer.TokenSimilarity"/>, with the pairs <see cref="TokenPrefilter"/> proves 0 not computed.</summary>
    private static float Compute(NameToken a, NameToken b, out MatchKind kind)
    {
        if (TokenPrefilter.CertainlyDissimilar(a, b))
        {
            kind = MatchKind.None;
            return 0f;
        }

        return NameComparer.TokenSimilarity(a, b, out kind);
    }

    /// <summary>Similarity of two interned index tokens (both ids ≥ 0), computed once.</summary>
    public float Token(NameToken a, NameToken b, out MatchKind kind)
    {
        if (_hot is { } hot && (uint)a.Id < (uint)hot.Rank.Length && (uint)b.Id < (uint)hot.Rank.Length)
        {
            int ra = hot.Rank[a.Id], rb = hot.Rank[b.Id];
            if ((ra | rb) >= 0)
            {
                ref readonly var pair = ref hot.Pairs[(ra * hot.Size) + rb];
                kind = pair.Kind;
                return pair.Similarity;
            }
        }

        if (!_pairs.TryPlace(a.Id, b.Id, out var set, out var tag))
        {
            return Compute(a, b, out kind); // an id beyond the vocabulary the cache was sized for: not cached
        }

        // One 8-byte read per slot, atomic on a 64-bit process: a reader sees a whole entry or another one, never a mix.
        var slots = _tokens;
        var slot = set * 2;
        var e = Volatile.Read(ref slots[slot]);
        if (PackedPair.TryRead(e, tag, out var similarity, out kind))
        {
            return similarity;
        }

        var f = Volatile.Read(ref slots[slot + 1]);
        if (PackedPair.TryRead(f, tag, out similarity, out kind))
        {
            return similarity;
        }

        var s = Compute(a, b, out kind);
        if (PackedPair.TryPack(tag, s, kind, out var entry))
        {
            if (e != 0)
            {
                // The set is full or half full: keep the most recent entry first, the previous one second.
                Volatile.Write(ref slots[slot + 1], e);
            }

            Volatile.Write(ref slots[slot], entry);
        }

        return s;
    }

    /// <summary>Builds the key of a run of 2–4 interned tokens against one interned token; false when an id is too large.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MergeKey(ReadOnlySpan<NameToken> run, NameToken target, out Int128 key)
    {
        Int128 k = run.Length;
        foreach (var t in run)
        {
            if ((uint)t.Id > MaxMergeTokenId)
            {
                key = default;
                return false;
            }

            k = (k << 24) | (uint)t.Id;
        }

        if ((uint)target.Id > MaxMergeTokenId)
        {
            key = default;
            return false;
        }

        key = (k << 24) | (uint)target.Id;
        return true;
    }

    /// <summary>Looks up a merge similarity by key.</summary>
    public bool TryGetMerge(Int128 key, out float similarity)
    {
        var slot = MergeSlotOf(key);
        return _merges[slot].TryRead(key, out similarity) || _merges[slot + 1].TryRead(key, out similarity);
    }

    /// <summary>Stores a merge similarity: in the set's first slot while it is empty, else in its second.</summary>
    public void SetMerge(Int128 key, float similarity)
    {
        var slot = MergeSlotOf(key);
        var first = Volatile.Read(ref _merges[slot].Version) == 0;
        _merges[first ? slot : slot + 1].TryWrite(key, similarity);
    }

    /// <summary>The first slot of the key's set in <see cref="_merges"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int MergeSlotOf(Int128 key) => (int)(Mix((ulong)key ^ (ulong)(key >> 64) * 0x9E3779B97F4A7C15UL) & (uint)_mergeMask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        return x;
    }

    /// <summary>
    /// A merged run's similarity in place, under a sequence lock: its key (up to five ids) does not fit one atomic word as a
    /// token pair's does. A writer makes <see cref="Version"/> odd, writes, then makes it even again; a reader takes the
    /// entry only when it read the same even, non-zero version before and after it. Reads and writes in place: no entry
    /// object per run (each was an object in the oldest generation and a card for the collector to scan).
    /// </summary>
    private struct MergeSlot
    {
        public int Version;
        public float Similarity;
        public ulong KeyLow;
        public ulong KeyHigh;

        public bool TryRead(Int128 key, out float similarity)
        {
            // Volatile reads are acquire reads: none of the later ones moves before an earlier one, so the second read of
            // the version comes after the data.
            var version = Volatile.Read(ref Version);
            if (version != 0 && (version & 1) == 0)
            {
                var low = Volatile.Read(ref KeyLow);
                var high = Volatile.Read(ref KeyHigh);
                var value = Volatile.Read(ref Similarity);
                if (Volatile.Read(ref Version) == version && low == (ulong)key && high == (ulong)(key >> 64))
                {
                    similarity = value;
                    return true;
                }
            }

            similarity = 0;
            return false;
        }

        public void TryWrite(Int128 key, float similarity)
        {
            var version = Volatile.Read(ref Version);
            if ((version & 1) != 0 || Interlocked.CompareExchange(ref Version, version + 1, version) != version)
            {
                return; // another thread is writing this slot: this value is simply not cached
            }

            KeyLow = (ulong)key;
            KeyHigh = (ulong)(key >> 64);
            Similarity = similarity;
            Volatile.Write(ref Version, version + 2 == int.MinValue ? 2 : version + 2);
        }
    }
}
