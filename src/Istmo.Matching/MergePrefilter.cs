using System.Runtime.Intrinsics;

namespace Istmo.Matching;

/// <summary>A cheap, exact test that a merged run of name tokens ("mari" + "carmen") scores 0 against a token
/// ("maricarmen"), so neither the caches nor the weighted edit distance are consulted.</summary>
/// <remarks>
/// Bounding a query's candidates tries ~50 merged runs per query whose joined length fits the target's; almost all of
/// them are unrelated names of about the same length ("anamaria"/"gonzalez"), and each costs a cache look-up under a
/// 128-bit key and, on a miss, a weighted edit distance. A merged run scores above 0 only when it equals the target's
/// text or canonical form, or is within <see cref="EditDistance.Similarity(ReadOnlySpan{char}, ReadOnlySpan{char}, double)"/>
/// 0.85 of the text: a weighted distance of at most 0.15 × the longer length.
/// <para>Letters are counted in classes that put together every pair a substitution costs less than 0.6 for (b/v/w/u/o,
/// s/z/c/k/q/x/j/g, y/i/l/e, m/n/h; strings with digits are not filtered). Then each edit moves the class histogram by at
/// most 1 unit per 0.3 of cost: a substitution across classes costs at least 0.7 and moves it by at most 2; inserting or
/// deleting a letter costs at least 0.3 (silent h, a doubled letter) and moves it by 1; substitutions within a class and
/// transpositions do not move it. Only a space is cheaper to insert (0.1), so strings with a space are never filtered.
/// Hence distance ≥ 0.3 × L1 of the class histograms, and L1 &gt; half the longer length proves the similarity below 0.85.
/// Merging more letters into one class (and the characters outside ASCII into shared buckets) can only lower L1, so
/// the bound stays valid for every character.</para>
/// </remarks>
internal static class MergePrefilter
{
    private static readonly byte[] ClassOf = BuildClasses();

    /// <summary>Whether a token's text can be filtered: no space (cheap to insert), no digit (0/o and 1/l are cheap, and
    /// 0/1 too, which would join two classes) and within the 64 characters the edit distance reads.</summary>
    public static bool Filterable(string s) => s.Length <= 64 && !s.AsSpan().ContainsAny(Unfilterable);

    private static readonly System.Buffers.SearchValues<char> Unfilterable = System.Buffers.SearchValues.Create(" 0123456789");

    /// <summary>Letter-class counts of a string (a byte each: at most 255 characters).</summary>
    public static Vector256<byte> Histogram(ReadOnlySpan<char> s)
    {
        Span<byte> counts = stackalloc byte[32];
        counts.Clear();
        foreach (var c in s)
        {
            counts[c < 128 ? ClassOf[c] : 16 + (c & 15)]++;
        }

        return Vector256.Create<byte>(counts);
    }

    /// <summary>True only when the joined run (class histogram <paramref name="joined"/>, <paramref name="length"/>
    /// characters, no space) certainly scores 0 against <paramref name="target"/> in <see cref="NameComparer"/>'s merge
    /// similarity (false means "compute it").</summary>
    public static bool CertainlyZero(Vector256<byte> joined, int length, NameToken target)
    {
        if (!target.MergeFilterable || length > 64)
        {
            return false;
        }

        var t = target.Text.Length;
        if (Math.Abs(length - t) <= 1 + (t / 5) && 2 * TokenPrefilter.Distance(joined, target.ClassHistogram) <= Math.Max(length, t))
        {
            return false; // within reach of the target's text
        }

        var canon = target.Canonical;
        return ReferenceEquals(canon, target.Text) || length != canon.Length || joined != target.CanonicalClassHistogram;
    }

    private static byte[] BuildClasses()
    {
        // Buckets 0–15 for ASCII; characters outside ASCII share buckets 16–31 (sharing only lowers the distance).
        var map = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            map[c] = (byte)(10 + (c % 6)); // punctuation and the like: buckets 10–15
        }

        foreach (var (letters, bucket) in new[] { ("bvwuo", 0), ("szckqxjg", 1), ("yile", 2), ("mnh", 3), ("a", 4), ("d", 5), ("f", 6), ("p", 7), ("r", 8), ("t", 9) })
        {
            foreach (var c in letters)
            {
                map[c] = (byte)bucket;
            }
        }

        return map;
    }
}

/// <summary>The class histograms of a run of tokens as it grows, whole and without particles (as the merge code joins it).</summary>
internal struct RunHistograms
{
    private Vector256<byte> _all;
    private Vector256<byte> _core;
    private bool _filterable;

    public RunHistograms(NameToken first)
    {
        _all = first.ClassHistogram;
        _core = first.IsParticle ? default : first.ClassHistogram;
        _filterable = first.MergeFilterable;
    }

    /// <summary>Appends a token (a particle goes into the whole form only).</summary>
    public void Add(NameToken t)
    {
        _all += t.ClassHistogram;
        _filterable &= t.MergeFilterable;
        if (!t.IsParticle)
        {
            _core += t.ClassHistogram;
        }
    }

    /// <summary>True only when neither joined form (the core one only when <paramref name="withCore"/>) can score above 0
    /// against <paramref name="target"/>.</summary>
    public readonly bool CertainlyZero(int allLength, int coreLength, bool withCore, NameToken target) =>
        _filterable
        && MergePrefilter.CertainlyZero(_all, allLength, target)
        && (!withCore || MergePrefilter.CertainlyZero(_core, coreLength, target));
}
