using System.Runtime.Intrinsics;

namespace Istmo.Matching;

/// <summary>A cheap, exact test that <see cref="NameComparer.TokenSimilarity"/> of two tokens is 0, so the weighted edit
/// distance need not be computed.</summary>
/// <remarks>
/// Bounding a query's candidates compares each query token not in the index (a typo) with every distinct candidate token:
/// ~50 weighted edit distances per query, most of them between unrelated names. <see cref="NameComparer.TokenSimilarity"/>
/// gives 0 to a fuzzy pair (also one lifted by Metaphone) that is three or more unit (OSA) edits apart on both the letters
/// and the fold. A unit edit changes the letter histogram by at most 2 (a substitution removes one letter and adds
/// another; an insertion or deletion changes one count; a transposition none), so histograms more than 4 apart (L1) prove
/// three or more edits. The test only answers for pairs that reach that rule: neither token a particle or an initial,
/// both with a vowel (the vowel-less skeleton rule is exempt from it), no shared canonical, alternate, fold or canonical
/// fold (those score before the edit distance).
/// </remarks>
internal static class TokenPrefilter
{
    /// <summary>True only when <see cref="NameComparer.TokenSimilarity"/>(a, b) is certainly 0 (false means "compute it").</summary>
    public static bool CertainlyDissimilar(NameToken a, NameToken b)
    {
        if (a.IsParticle || b.IsParticle || a.IsInitial || b.IsInitial || !a.HasVowel || !b.HasVowel
            || a.Alternates is not null || b.Alternates is not null
            || string.Equals(a.Canonical, b.Canonical, StringComparison.Ordinal)
            || string.Equals(a.Fold, b.Fold, StringComparison.Ordinal)
            || string.Equals(a.CanonicalFold, b.CanonicalFold, StringComparison.Ordinal)
            || NameComparer.SameNameInAnotherSpelling(a, b)
            || NameComparer.OrganisationWordSimilarity(a, b) > 0)
        {
            return false;
        }

        // The tokens' letter counts are computed once, when the token is created.
        return AtLeastThreeEdits(Cut(a.Text), a.TextLetters, Cut(b.Text), b.TextLetters)
            && AtLeastThreeEdits(Cut(a.Fold), a.FoldLetters, Cut(b.Fold), b.FoldLetters);
    }

    /// <summary>True only when the strings are at least three unit OSA edits apart (as <see cref="EditDistance.Operations"/>
    /// with cap 3 counts them: inputs cut at 64 characters), from their lengths and letter histograms.</summary>
    internal static bool AtLeastThreeEdits(string a, string b) =>
        AtLeastThreeEdits(Cut(a), Histogram(a.AsSpan(0, Cut(a))), Cut(b), Histogram(b.AsSpan(0, Cut(b))));

    /// <summary>The length the edit distance reads of a string (it cuts inputs at 64 characters).</summary>
    internal static int Cut(string s) => Math.Min(s.Length, 64);

    /// <summary><see cref="AtLeastThreeEdits(string, string)"/> from the cut lengths and the <see cref="Histogram"/>s of the
    /// cut strings.</summary>
    private static bool AtLeastThreeEdits(int lengthX, Vector256<byte> hx, int lengthY, Vector256<byte> hy)
    {
        if (Math.Abs(lengthX - lengthY) >= 3)
        {
            return true;
        }

        // Letters counted in 32 buckets (any mapping of characters to buckets can only lower the distance, so the bound
        // stays valid for digits and other characters); counts of tokens ≤ 64 characters fit in a byte.
        return Distance(hx, hy) > 4;
    }

    /// <summary>L1 distance of two histograms of byte counts (also <see cref="MergePrefilter"/>'s letter-class counts).</summary>
    internal static int Distance(Vector256<byte> a, Vector256<byte> b)
    {
        var diff = Vector256.Max(a, b) - Vector256.Min(a, b);
        var (lo, hi) = Vector256.Widen(diff);
        return Vector256.Sum(lo + hi);
    }

    /// <summary>
    /// Characters two histograms have in common (the sum of the smaller count per bucket): an upper bound on the letters
    /// two strings can match, in any order.
    /// </summary>
    internal static int Shared(Vector256<byte> a, Vector256<byte> b)
    {
        var (lo, hi) = Vector256.Widen(Vector256.Min(a, b));
        return Vector256.Sum(lo + hi);
    }

    /// <summary>Character counts in 32 buckets (code point mod 32); a byte each, so only for strings of at most 255 characters.</summary>
    internal static Vector256<byte> Histogram(ReadOnlySpan<char> s)
    {
        Span<byte> counts = stackalloc byte[32];
        counts.Clear();
        foreach (var c in s)
        {
            counts[c & 31]++;
        }

        return Vector256.Create<byte>(counts);
    }
}
