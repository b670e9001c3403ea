namespace Istmo.Matching;

/// <summary>Accumulation of a query's retrieval weights: its rare keys' and frequent pairs' posting lists with early
/// termination (MaxScore-style: once the lists left cannot lift an entity not yet touched into the top K, they only add to
/// entities already touched), the unpaired frequent keys, and the bounded scan of frequent keys when too little is found.</summary>
public sealed partial class MatchIndex
{
    /// <summary>Largest birth-year bonus <see cref="Offer"/> adds to a retrieval weight.</summary>
    private const float MaxYearBonus = 1f;

    /// <summary>How many times per query the k-th best weight is computed to test for early termination (each is a pass
    /// over the touched entities).</summary>
    private const int MaxTerminationChecks = 3;

    /// <summary>Adds the query's rare-key and pair-key posting lists (<see cref="Scratch.Lists"/>) to the accumulator, heaviest first.</summary>
    /// <remarks>
    /// An entity first touched by list i has a final weight of at most the sum of lists i.. (each list holds an entity
    /// once), so a TopK score of at most that plus the largest birth-year bonus. Once that is below the retrieval floor of
    /// rescoring (<see cref="RescoreRatio"/> × the best weight among touched entities of the query's schema: weights only
    /// grow and the bonus is never negative, so the final best score is at least that) or below the k-th best such weight,
    /// a new entity could never be rescored (were it to take a place in the top K, it would push out only an entity below
    /// the floor too), so the rest of the lists (the long, light ones: common surnames' phonetic keys, pairs of frequent
    /// keys) only add to entities already touched. Fewer touched entities make TopK cheaper; the candidates rescored are
    /// those of adding every list. At least k entities are touched before it stops opening new ones, so the fallback scan
    /// of frequent keys runs exactly when it did.
    /// </remarks>
    private void AddLists(PreparedEntity q, Scratch s, int k)
    {
        var lists = s.Lists;
        // Heaviest lists first (stable), so the floor rises early and the lists skipped are the light ones.
        lists.Sort(static (a, b) => b.Weight.CompareTo(a.Weight) is var c && c != 0 ? c : a.Key.CompareTo(b.Key));
        double rest = 0;
        foreach (var (_, weight) in lists)
        {
            rest += weight;
        }

        var acc = s.Acc;
        double done = 0;
        var checks = 0;
        var open = true;
        foreach (var (key, weight) in lists)
        {
            // The most a new entity can still score (margins: float sums can exceed the exact sum by a few ulps). The best
            // weight, and so the floor, is at most the weight added so far: test only when that could be enough.
            var reach = (rest * 1.0001) + MaxYearBonus + 1e-3;
            if (open && Pruning && checks < MaxTerminationChecks && acc.Count >= k && reach < done)
            {
                checks++;
                if (reach < RetrievalFloor(q, s, k))
                {
                    open = false;
                }
            }

            var list = _postings[key];
            if (open)
            {
                Add(s, list, weight);
            }
            else
            {
                acc.AddAllIfPresent(list, weight);
            }

            done += weight;
            rest -= weight;
        }
    }

    /// <summary>A floor below which an entity's TopK score never gets it rescored: the larger of <see cref="RescoreRatio"/> ×
    /// the best weight and the k-th best weight among touched entities of the query's schema (−∞ when fewer than k).
    /// Reads an entity's schema only when its weight would enter the running heap of the k best.</summary>
    private float RetrievalFloor(PreparedEntity q, Scratch s, int k)
    {
        var acc = s.Acc;
        var heap = s.Weights;
        if (heap.Length < k)
        {
            s.Weights = heap = new float[k];
        }

        var count = 0;
        var best = float.NegativeInfinity;
        var schemas = q.SchemaMask;
        var touched = acc.Touched;
        var weights = acc.Weights;
        for (int i = 0; i < touched.Length; i++)
        {
            var doc = touched[i];
            var w = weights[i];
            if (count == k && w <= heap[0])
            {
                continue;
            }

            if (((schemas >> (_meta[doc] & 3)) & 1) == 0)
            {
                continue;
            }

            best = Math.Max(best, w);
            if (count < k)
            {
                heap[count++] = w;
                SiftUpMin(heap, count - 1);
            }
            else
            {
                heap[0] = w;
                SiftDownMin(heap, k);
            }
        }

        return count == k ? Math.Max(heap[0], best * RescoreRatio) : float.NegativeInfinity;
    }

    private void Accumulate(PreparedEntity q, Scratch s, int k)
    {
        var keys = s.Keys;
        var frequent = s.Frequent;
        frequent.Clear();
        var lists = s.Lists;
        lists.Clear();
        foreach (var (key, weight) in keys)
        {
            if (_postings[key].Length < _frequent)
            {
                lists.Add((key, weight));
            }
            else
            {
                frequent.Add(key);
            }
        }

        // Pairs of frequent keys (F with F, P with P) have their own, much shorter, postings.
        // Which frequent keys a pair posting covered (cleared: the module skips zeroing stack memory).
        Span<bool> paired = frequent.Count <= 64 ? stackalloc bool[frequent.Count] : new bool[frequent.Count];
        paired.Clear();
        for (int a = 0; a < frequent.Count; a++)
        {
            for (int b = a + 1; b < frequent.Count; b++)
            {
                if (_pairIds.TryGetValue(PairKey(frequent[a], frequent[b]), out var pair))
                {
                    lists.Add((pair, WeightOf(keys, frequent[a]) + WeightOf(keys, frequent[b])));
                    paired[a] = paired[b] = true;
                }
            }
        }

        AddLists(q, s, k);
        AddUnpairedFrequent(q, s, k, paired);

        // Too little found (e.g. one common given name and a misspelt surname): scan frequent keys, bounded. With a known
        // birth year only entities born within a year of it are taken (the others could not outrank them in TopK anyway
        // unless nothing else is found), which keeps the touched set, and so TopK, small.
        if (s.Acc.Count < k && frequent.Count > 0)
        {
            var year = q.Birth >> 9;
            var budget = year != 0 ? 400_000 : 50_000;
            foreach (var key in frequent)
            {
                var list = _postings[key];
                var take = Math.Min(list.Length, budget);
                if (year != 0)
                {
                    AddNearYear(s, key, take, WeightOf(keys, key), year);
                }
                else
                {
                    Add(s, list.AsSpan(0, take), WeightOf(keys, key));
                }

                budget -= take;
                if (budget <= 0)
                {
                    break;
                }
            }

            if (year != 0 && s.Acc.Count < k)
            {
                // Nobody born near that year: fall back to a short unfiltered scan.
                budget = 50_000;
                foreach (var key in frequent)
                {
                    var list = _postings[key];
                    var take = Math.Min(list.Length, budget);
                    AddUntouched(s, list.AsSpan(0, take), WeightOf(keys, key));
                    budget -= take;
                    if (budget <= 0)
                    {
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Longest frequent list read to add its weight to the entities touched already, for a query without a birth year.</summary>
    /// <remarks>With a year only the three years' groups are read (~1,200 entries for a given name at 1M). Without one the
    /// whole list is read: a common given name at 1M has 10,000–30,000 entries. At 8,000 (fourth session) those were left
    /// out, as a scan cost about half a query; since the accumulator's filter rejects an untouched entity in one bit, reading
    /// them all costs ~1% of the batch's CPU and found 3 more of 973 listed identities at 1M (recall 0.968 → 0.971). The cap
    /// keeps a query's cost bounded in larger indexes.</remarks>
    internal const int MaxUnpairedScan = 32_000;

    /// <summary>
    /// A frequent key with no frequent partner in the query (a common given name beside rare surnames: "Sofia" in "Sofia
    /// Sevcuhenko") adds nobody's weight through pair postings, so among more than k entities touched by the rare keys the
    /// one that also has the common name ranked no higher than the others ("Artem Shevchenko" level with "Sofia
    /// Shevchenko"), and k of them were cut by identifier order. Its weight is added to the entities already touched,
    /// reading only those born within a year of the query's year (or undated) when it has one.
    /// </summary>
    private void AddUnpairedFrequent(PreparedEntity q, Scratch s, int k, ReadOnlySpan<bool> paired)
    {
        var frequent = s.Frequent;
        if (s.Acc.Count <= k || frequent.Count == 0)
        {
            return;
        }

        var acc = s.Acc;
        var year = q.Birth >> 9;
        Span<int> years = stackalloc int[4];
        for (int i = 0; i < frequent.Count; i++)
        {
            if (paired[i])
            {
                continue;
            }

            var key = frequent[i];
            var weight = WeightOf(s.Keys, key);
            if (year != 0 && _byYear[key] is { } groups)
            {
                foreach (var y in years[..YearPostings.NearYears(year, years)])
                {
                    acc.AddAllIfPresent(groups.Of(y), weight);
                }
            }
            else if (_postings[key].Length <= MaxUnpairedScan)
            {
                acc.AddAllIfPresent(_postings[key], weight);
            }
        }
    }

    /// <summary>Adds the entities of the first <paramref name="take"/> postings of a frequent key born within a year of
    /// <paramref name="year"/> or with no birth date; reads only those entities through the key's by-year grouping.</summary>
    private void AddNearYear(Scratch s, int key, int take, float weight, int year)
    {
        var list = _postings[key];
        if (take <= 0)
        {
            return;
        }

        // Postings are sorted by entity, so the first `take` of them are the entities up to list[take - 1].
        var last = list[take - 1];
        if (_byYear[key] is not { } groups)
        {
            AddNearYearScan(s, list.AsSpan(0, take), weight, year);
            return;
        }

        // The same entities as the filter `b == 0 || |b - year| <= 1` over the first `take` postings, each group once.
        Span<int> years = stackalloc int[4];
        foreach (var y in years[..YearPostings.NearYears(year, years)])
        {
            AddUpTo(s, groups.Of(y), last, weight);
        }
    }

    private static void AddUpTo(Scratch s, ReadOnlySpan<int> docs, int last, float weight)
    {
        var acc = s.Acc;
        foreach (var doc in docs)
        {
            if (doc > last)
            {
                break;
            }

            acc.Add(doc, weight);
        }
    }

    private void AddNearYearScan(Scratch s, ReadOnlySpan<int> list, float weight, int year)
    {
        var birth = _birth;
        var acc = s.Acc;
        foreach (var doc in list)
        {
            var b = birth[doc] >> 9;
            if (b == 0 || Math.Abs(b - year) <= 1)
            {
                acc.Add(doc, weight);
            }
        }
    }

    /// <summary>Adds only entities not touched yet (a second pass over lists partly added already).</summary>
    private static void AddUntouched(Scratch s, ReadOnlySpan<int> list, float weight)
    {
        var acc = s.Acc;
        foreach (var doc in list)
        {
            acc.AddIfAbsent(doc, weight);
        }
    }

    private static float WeightOf(List<(int Key, float Weight)> keys, int key)
    {
        foreach (var (k, w) in keys)
        {
            if (k == key)
            {
                return w;
            }
        }

        return 0;
    }

    private static void Add(Scratch s, ReadOnlySpan<int> list, float weight) => s.Acc.AddAll(list, weight);
}
