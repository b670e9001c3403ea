using System.Numerics;

namespace Istmo.Matching;

/// <summary>
/// How <see cref="SimilarityCache"/> keeps a token pair's similarity in one 8-byte slot instead of a reference to an entry
/// object: the pair's key is mixed by a bijection, its low bits choose the set and the rest (the tag) is stored with the
/// value, so a slot identifies its pair exactly.
/// </summary>
/// <remarks>
/// With a reference per slot, every similarity the cache learnt was a 32-byte object in the oldest generation (~2M at
/// most), each read two dependent loads, and each store a card the collector scanned. A slot is one load and no object.
/// Layout, from the low bit: the similarity's float bits (30: a value in [0, 2) leaves the top two zero), the kind (3),
/// 1 for a taken slot, the tag (at most 30).
/// </remarks>
internal readonly struct PackedPair
{
    private const int SimilarityBits = 30;
    private const int KindShift = SimilarityBits;
    private const int TakenShift = KindShift + 3;
    private const int TagShift = TakenShift + 1;
    private const int MaxTagBits = 64 - TagShift;

    private readonly int _idBits;
    private readonly int _setBits;
    private readonly ulong _keyMask;
    private readonly int _shift;
    private readonly bool _usable;

    /// <summary>Sizes the keys for token ids below <paramref name="vocabulary"/> and a table of <paramref name="sets"/> sets
    /// (a power of two).</summary>
    public PackedPair(int vocabulary, int sets)
    {
        _idBits = BitOperations.Log2((uint)Math.Max(vocabulary - 1, 1)) + 1;
        _setBits = BitOperations.Log2((uint)sets);
        var keyBits = 2 * _idBits;
        _keyMask = keyBits >= 64 ? ulong.MaxValue : (1UL << keyBits) - 1;
        _shift = Math.Max(1, keyBits / 2);

        // Larger vocabularies than 2^25 tokens (with 2^20 sets) would need a wider tag: such pairs are not cached.
        _usable = keyBits - _setBits <= MaxTagBits;
    }

    /// <summary>The set and tag of the pair (a, b); false when it cannot be cached (an id beyond the vocabulary).</summary>
    public bool TryPlace(int a, int b, out int set, out ulong tag)
    {
        var limit = 1u << _idBits;
        if (!_usable || (uint)a >= limit || (uint)b >= limit)
        {
            set = 0;
            tag = 0;
            return false;
        }

        // Multiplying by an odd number and xor-shifting right are both one-to-one on keyBits-bit numbers.
        var h = ((((ulong)(uint)a << _idBits) | (uint)b) * 0x9E3779B97F4A7C15UL) & _keyMask;
        h ^= h >> _shift;
        h = (h * 0xFF51AFD7ED558CCDUL) & _keyMask;
        h ^= h >> _shift;
        set = (int)(h & ((1UL << _setBits) - 1));
        tag = h >> _setBits;
        return true;
    }

    /// <summary>Packs a similarity; false for a value outside [0, 2) or a kind beyond three bits (not cached).</summary>
    public static bool TryPack(ulong tag, float similarity, MatchKind kind, out ulong entry)
    {
        var bits = BitConverter.SingleToUInt32Bits(similarity);
        if ((bits >> SimilarityBits) != 0 || (byte)kind > 7)
        {
            entry = 0;
            return false;
        }

        entry = (tag << TagShift) | (1UL << TakenShift) | ((ulong)kind << KindShift) | bits;
        return true;
    }

    /// <summary>Reads a slot: true when it holds the pair with this tag.</summary>
    public static bool TryRead(ulong entry, ulong tag, out float similarity, out MatchKind kind)
    {
        if ((entry & (1UL << TakenShift)) == 0 || (entry >> TagShift) != tag)
        {
            similarity = 0;
            kind = MatchKind.None;
            return false;
        }

        similarity = BitConverter.UInt32BitsToSingle((uint)(entry & ((1UL << SimilarityBits) - 1)));
        kind = (MatchKind)((entry >> KindShift) & 7);
        return true;
    }
}
