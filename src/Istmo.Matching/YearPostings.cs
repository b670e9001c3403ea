namespace Istmo.Matching;

/// <summary>A posting list grouped by birth year (0 = unknown), each group sorted by entity: the fallback scan of a frequent
/// key reads only the entities born near the query's year instead of every posting.</summary>
internal sealed class YearPostings
{
    private readonly int[] _docs;
    private readonly int[] _years;
    private readonly int[] _starts;

    private YearPostings(int[] docs, int[] years, int[] starts)
    {
        _docs = docs;
        _years = years;
        _starts = starts;
    }

    /// <summary>Groups <paramref name="postings"/> (sorted by entity) by the year of <paramref name="birth"/> (packed dates).</summary>
    public static YearPostings Create(int[] postings, int[] birth)
    {
        var keys = new long[postings.Length];
        for (int i = 0; i < postings.Length; i++)
        {
            keys[i] = ((long)(birth[postings[i]] >> 9) << 32) | (uint)postings[i];
        }

        Array.Sort(keys);
        var docs = new int[keys.Length];
        var years = new List<int>();
        var starts = new List<int>();
        for (int i = 0; i < keys.Length; i++)
        {
            docs[i] = (int)keys[i];
            var y = (int)(keys[i] >> 32);
            if (i == 0 || y != years[^1])
            {
                years.Add(y);
                starts.Add(i);
            }
        }

        starts.Add(keys.Length);
        return new YearPostings(docs, [.. years], [.. starts]);
    }

    /// <summary>Bytes held.</summary>
    public long Bytes => 24 + (_docs.LongLength * 4) + (_years.LongLength * 4) + (_starts.LongLength * 4);

    /// <summary>
    /// The groups a query born in <paramref name="year"/> reads: no birth date, then the year before, the year and the next
    /// (each once, so year 1 does not read the undated group twice). Fills <paramref name="years"/> (4 long); returns the count.
    /// </summary>
    public static int NearYears(int year, Span<int> years)
    {
        var n = 0;
        years[n++] = 0;
        for (int y = year - 1; y <= year + 1; y++)
        {
            if (y != 0)
            {
                years[n++] = y;
            }
        }

        return n;
    }

    /// <summary>Entities of the group of <paramref name="year"/> (0 = no birth date), ascending; empty when none.</summary>
    public ReadOnlySpan<int> Of(int year)
    {
        var i = Array.BinarySearch(_years, year);
        return i < 0 ? [] : _docs.AsSpan(_starts[i], _starts[i + 1] - _starts[i]);
    }
}
