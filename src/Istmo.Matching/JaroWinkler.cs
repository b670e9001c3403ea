namespace Istmo.Matching;

/// <summary>Jaro–Winkler similarity (prefix scale 0.1, prefix up to 4), used for comparison levels and baselines.</summary>
public static class JaroWinkler
{
    /// <summary>Similarity in [0,1]; 1 for equal strings (including two empty strings).</summary>
    public static double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Similarity(a.AsSpan(), b.AsSpan());
    }

    /// <summary>Similarity of two spans (inputs are cut to 256 characters).</summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > 256)
        {
            a = a[..256];
        }

        if (b.Length > 256)
        {
            b = b[..256];
        }

        if (a.SequenceEqual(b))
        {
            return 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        Span<bool> ma = stackalloc bool[a.Length];
        Span<bool> mb = stackalloc bool[b.Length];
        ma.Clear(); // the module skips zero-initialisation of stackalloc
        mb.Clear();
        int matches = 0;
        for (int i = 0; i < a.Length; i++)
        {
            int lo = Math.Max(0, i - window), hi = Math.Min(b.Length - 1, i + window);
            for (int j = lo; j <= hi; j++)
            {
                if (!mb[j] && a[i] == b[j])
                {
                    ma[i] = true;
                    mb[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        int t = 0, k = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (!ma[i])
            {
                continue;
            }

            while (!mb[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                t++;
            }

            k++;
        }

        double m = matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (t / 2.0)) / m)) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.Min(4, Math.Min(a.Length, b.Length)) && a[i] == b[i]; i++)
        {
            prefix++;
        }

        return Math.Min(1, jaro + (prefix * 0.1 * (1 - jaro)));
    }
}
