namespace Istmo.Matching;

/// <summary>Cost-weighted Damerau (OSA) edit distance where confusable letters cost little (b/v, s/z/c, y/i/ll, silent h, c/k/q, g/j, x/j...).</summary>
public static class EditDistance
{
    private const int MaxLength = 64;
    private static readonly int[] SubCost = BuildSubstitutions();

    /// <summary>Weighted distance between two normalised strings (inputs longer than 64 characters are cut).</summary>
    public static double Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Distance(a.AsSpan(), b.AsSpan());
    }

    /// <summary>Similarity in [0,1]: 1 − distance / longer length; 1 for equal strings, 0 when nothing is shared.</summary>
    public static double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Similarity(a.AsSpan(), b.AsSpan());
    }

    /// <summary>Similarity of two spans; see <see cref="Similarity(string, string)"/>.</summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Similarity(a, b, double.NegativeInfinity); // no floor: an infinite distance limit

    /// <summary>Number of unit edits (insert, delete, substitute, swap adjacent letters: OSA) between two strings, counted up to
    /// <paramref name="cap"/> (returns <paramref name="cap"/> when there are at least that many). Inputs longer than 64 characters are cut.</summary>
    /// <remarks>A typo is one or two edits; names that differ by three or more (Kowalski/Kowalczyk) are other names.</remarks>
    public static int Operations(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int cap)
    {
        a = a.Length > MaxLength ? a[..MaxLength] : a;
        b = b.Length > MaxLength ? b[..MaxLength] : b;
        if (Math.Abs(a.Length - b.Length) >= cap)
        {
            return cap;
        }

        Span<int> prev2 = stackalloc int[b.Length + 1];
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (int j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin >= cap)
            {
                return cap;
            }

            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }

        return Math.Min(prev[b.Length], cap);
    }

    /// <summary>Similarity of two spans when it is at least <paramref name="atLeast"/>; otherwise some value below it (the
    /// computation stops as soon as the distance is known to be too large). Equal to <see cref="Similarity(ReadOnlySpan{char}, ReadOnlySpan{char})"/>
    /// whenever that is at least <paramref name="atLeast"/>.</summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double atLeast)
    {
        if (a.Length > MaxLength)
        {
            a = a[..MaxLength];
        }

        if (b.Length > MaxLength)
        {
            b = b[..MaxLength];
        }

        var max = Math.Max(a.Length, b.Length);
        if (max == 0)
        {
            return 1;
        }

        // Largest distance (in tenths) that still gives a similarity of atLeast; a tiny margin keeps the cut conservative.
        var limit = ((1 - atLeast) * max * 10) + 1e-6;
        var d = Distance(a, b, limit);
        return d < 0 ? 0 : Math.Max(0, 1 - (d / max));
    }

    /// <summary>Weighted distance of two spans.</summary>
    public static double Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Distance(a, b, double.PositiveInfinity);

    /// <summary>Weighted distance, or -1 once every alignment is known to cost more than <paramref name="limitTenths"/> tenths.</summary>
    private static double Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double limitTenths)
    {
        if (a.Length > MaxLength)
        {
            a = a[..MaxLength];
        }

        if (b.Length > MaxLength)
        {
            b = b[..MaxLength];
        }

        int n = a.Length, m = b.Length;
        if (n == 0)
        {
            return InsertCost(b);
        }

        if (m == 0)
        {
            return InsertCost(a);
        }

        // Costs in tenths as ints; three rolling rows for OSA transpositions.
        Span<int> indelA = stackalloc int[n];
        Span<int> indelB = stackalloc int[m];
        for (int i = 0; i < n; i++)
        {
            indelA[i] = Indel(a, i);
        }

        for (int j = 0; j < m; j++)
        {
            indelB[j] = Indel(b, j);
        }

        Span<int> rows = stackalloc int[3 * (m + 1)];
        var prev2 = rows[..(m + 1)];
        var prev = rows.Slice(m + 1, m + 1);
        var cur = rows.Slice(2 * (m + 1), m + 1);
        prev[0] = 0;
        for (int j = 1; j <= m; j++)
        {
            prev[j] = prev[j - 1] + indelB[j - 1];
        }

        var table = SubCost;
        var prevMin = 0; // minimum of row 0 (the empty prefix of a)
        for (int i = 1; i <= n; i++)
        {
            var ca = a[i - 1];
            var delA = indelA[i - 1];
            cur[0] = prev[0] + delA;
            var rowBase = ca < 128 ? ca * 128 : -1;
            var rowMin = cur[0];
            for (int j = 1; j <= m; j++)
            {
                var cb = b[j - 1];
                var subCost = ca == cb ? 0 : (rowBase >= 0 && cb < 128 ? table[rowBase + cb] : 10);
                var best = prev[j - 1] + subCost;
                var del = prev[j] + delA;
                if (del < best)
                {
                    best = del;
                }

                var ins = cur[j - 1] + indelB[j - 1];
                if (ins < best)
                {
                    best = ins;
                }

                if (i > 1 && j > 1 && ca != cb && ca == b[j - 2] && a[i - 2] == cb)
                {
                    var t = prev2[j - 2] + 6;
                    if (t < best)
                    {
                        best = t;
                    }
                }

                cur[j] = best;
                if (best < rowMin)
                {
                    rowMin = best;
                }
            }

            // Every cell of later rows derives from one of the last two rows at no lower cost (transpositions reach back two
            // rows), so once both rows' minima exceed the limit the distance does too.
            if (rowMin > limitTenths && prevMin > limitTenths)
            {
                return -1;
            }

            prevMin = rowMin;
            var tmp = prev2;
            prev2 = prev;
            prev = cur;
            cur = tmp;
        }

        return prev[m] / 10.0;
    }

    private static double InsertCost(ReadOnlySpan<char> s)
    {
        int t = 0;
        for (int i = 0; i < s.Length; i++)
        {
            t += Indel(s, i);
        }

        return t / 10.0;
    }

    /// <summary>Inserting or deleting a silent h or a doubled letter is cheap (in tenths).</summary>
    private static int Indel(ReadOnlySpan<char> s, int i)
    {
        var c = s[i];
        if (c == 'h')
        {
            return 3;
        }

        if ((i > 0 && s[i - 1] == c) || (i + 1 < s.Length && s[i + 1] == c))
        {
            return 3;
        }

        return c == ' ' ? 1 : 10;
    }

    private static int[] BuildSubstitutions()
    {
        var t = new int[128 * 128];
        Array.Fill(t, 10);
        void Set(string pairs, int cost)
        {
            foreach (var p in pairs.Split(' '))
            {
                t[(p[0] * 128) + p[1]] = cost;
                t[(p[1] * 128) + p[0]] = cost;
            }
        }

        Set("bv sz sc cz ck kq cq gj yi 01 0o 1l 1i wv uw", 3);
        Set("xj xs ei ou mn nh", 5);
        Set("dt pb fv ae ao lr iu eo", 7);
        return t;
    }
}
