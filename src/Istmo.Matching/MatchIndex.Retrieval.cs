namespace Istmo.Matching;

/// <summary>Retrieval of a query's posting lists with early termination (MaxScore-style): once the lists left cannot lift
/// an entity not yet touched into the top K, they only add to entities already touched.</summary>
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
                foreach (var doc in list)
                {
                    acc.AddIfPresent(doc, weight);
                }
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
        var schema = (int)q.Schema;
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

            if ((_meta[doc] & 3) != schema)
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
}
