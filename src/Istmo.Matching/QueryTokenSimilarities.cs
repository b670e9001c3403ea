using System.Numerics;
using System.Runtime.CompilerServices;

namespace Istmo.Matching;

/// <summary>Similarities of one query's tokens against index tokens, kept for the duration of the query (exact values).</summary>
/// <remarks>
/// Bounding ~40 candidates reads the same few hundred (query token, candidate token) pairs many times. The index-wide
/// <see cref="SimilarityCache"/> holds them too, but a read there is two dependent loads in a 16 MB table (usually cache
/// misses); this open-addressing table of the pairs one query has met stays in L1/L2. It also holds the pairs of query
/// tokens not in the index (typos), which the index-wide cache cannot key.
/// </remarks>
internal sealed class QueryTokenSimilarities
{
    /// <summary>Log2 of the resting capacity: 1,024 entries of 16 bytes.</summary>
    private const int SmallLevel = 10;

    private Entry[] _entries = new Entry[1 << SmallLevel];
    private int _shift = 64 - SmallLevel;
    private int _count;

    /// <summary>Similarity of query token <paramref name="a"/> (in slot <paramref name="slot"/>: query name × max tokens +
    /// position) and index token <paramref name="b"/> (id ≥ 0): <see cref="NameComparer.TokenSimilarity"/>, through the
    /// index-wide cache when both tokens are interned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Get(NameToken a, int slot, NameToken b, SimilarityCache? shared, out MatchKind kind)
    {
        var key = (((long)slot << 32) | (uint)b.Id) + 1; // 0 marks an empty entry
        ref var e = ref Find(key);
        if (e.Key == key)
        {
            kind = e.Kind;
            return e.Similarity;
        }

        float s;
        if (shared is not null && a.Id >= 0)
        {
            s = shared.Token(a, b, out kind);
        }
        else if (TokenPrefilter.CertainlyDissimilar(a, b))
        {
            // Most pairs of a typo with candidate tokens are unrelated names: no weighted edit distance for them.
            s = 0f;
            kind = MatchKind.None;
        }
        else
        {
            s = NameComparer.TokenSimilarity(a, b, out kind);
        }

        e.Key = key;
        e.Similarity = s;
        e.Kind = kind;
        if (++_count * 2 > _entries.Length)
        {
            Grow();
        }

        return s;
    }

    /// <summary>Empties the table; one that a rare query made large goes back to the small size, since clearing costs its capacity.</summary>
    public void Clear()
    {
        if (_entries.Length > 1 << SmallLevel)
        {
            _entries = new Entry[1 << SmallLevel];
            _shift = 64 - SmallLevel;
        }
        else if (_count > 0)
        {
            Array.Clear(_entries);
        }

        _count = 0;
    }

    /// <summary>The key's entry, or the empty entry where it goes (linear probing from a Fibonacci hash).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Entry Find(long key)
    {
        var entries = _entries;
        var mask = entries.Length - 1;
        var i = (int)(((ulong)key * 0x9E3779B97F4A7C15ul) >> _shift);
        while (true)
        {
            ref var e = ref entries[i];
            if (e.Key == key || e.Key == 0)
            {
                return ref e;
            }

            i = (i + 1) & mask;
        }
    }

    /// <summary>Doubles the table, keeping the load at most one half.</summary>
    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        _shift = 64 - BitOperations.Log2((uint)_entries.Length);
        foreach (var e in old)
        {
            if (e.Key != 0)
            {
                Find(e.Key) = e;
            }
        }
    }

    private struct Entry
    {
        public long Key;
        public float Similarity;
        public MatchKind Kind;
    }
}
