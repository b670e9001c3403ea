namespace Istmo.Matching;

/// <summary>Cost-weighted Damerau (OSA) edit distance where confusable letters cost little (b/v, s/z/c, y/i/ll, silent h, c/k/q, g/j, x/j...).</summary>
public static class EditDistance
{
    private const int MaxLength = 64;
    private static readonly float[] SubCost = BuildSubstitutions();

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
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
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

        var d = Distance(a, b);
        return Math.Max(0, 1 - (d / max));
    }

    /// <summary>Weighted distance of two spans.</summary>
    public static double Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
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

        // Three rolling rows for OSA transpositions.
        Span<float> prev2 = stackalloc float[m + 1];
        Span<float> prev = stackalloc float[m + 1];
        Span<float> cur = stackalloc float[m + 1];
        prev[0] = 0;
        for (int j = 1; j <= m; j++)
        {
            prev[j] = prev[j - 1] + IndelCost(b, j - 1);
        }

        for (int i = 1; i <= n; i++)
        {
            var ca = a[i - 1];
            var delA = IndelCost(a, i - 1);
            cur[0] = prev[0] + delA;
            for (int j = 1; j <= m; j++)
            {
                var cb = b[j - 1];
                var sub = prev[j - 1] + (ca == cb ? 0f : Sub(ca, cb));
                var del = prev[j] + delA;
                var ins = cur[j - 1] + IndelCost(b, j - 1);
                var best = sub < del ? sub : del;
                if (ins < best)
                {
                    best = ins;
                }

                if (i > 1 && j > 1 && ca == b[j - 2] && a[i - 2] == cb && ca != cb)
                {
                    var t = prev2[j - 2] + 0.6f;
                    if (t < best)
                    {
                        best = t;
                    }
                }

                cur[j] = best;
            }

            var tmp = prev2;
            prev2 = prev;
            prev = cur;
            cur = tmp;
        }

        return prev[m];
    }

    private static float InsertCost(ReadOnlySpan<char> s)
    {
        float t = 0;
        for (int i = 0; i < s.Length; i++)
        {
            t += IndelCost(s, i);
        }

        return t;
    }

    /// <summary>Inserting or deleting a silent h or a doubled letter is cheap.</summary>
    private static float IndelCost(ReadOnlySpan<char> s, int i)
    {
        var c = s[i];
        if (c == 'h')
        {
            return 0.3f;
        }

        if ((i > 0 && s[i - 1] == c) || (i + 1 < s.Length && s[i + 1] == c))
        {
            return 0.3f;
        }

        return c == ' ' ? 0.1f : 1f;
    }

    private static float Sub(char a, char b)
    {
        if (a < 128 && b < 128)
        {
            return SubCost[(a * 128) + b];
        }

        return 1f;
    }

    private static float[] BuildSubstitutions()
    {
        var t = new float[128 * 128];
        Array.Fill(t, 1f);
        void Set(string pairs, float cost)
        {
            foreach (var p in pairs.Split(' '))
            {
                t[(p[0] * 128) + p[1]] = cost;
                t[(p[1] * 128) + p[0]] = cost;
            }
        }

        Set("bv sz sc cz ck kq cq gj yi 01 0o 1l 1i wv uw", 0.3f);
        Set("xj xs ei ou mn nh", 0.5f);
        Set("dt pb fv ae ao lr iu eo", 0.7f);
        return t;
    }
}
