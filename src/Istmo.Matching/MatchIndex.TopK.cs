namespace Istmo.Matching;

/// <summary>Candidate selection: the k best touched entities of the query's schema by retrieval weight plus birth-year bonus.</summary>
public sealed partial class MatchIndex
{
    /// <summary>Selects the k best touched entities of the query's schema; a birth year within one year adds a small bonus.</summary>
    private int[] TopK(PreparedEntity q, Scratch s, int k, out int count)
    {
        if (s.Heap.Length < k)
        {
            s.Heap = new int[k];
            s.HeapScore = new float[k];
            s.Weights = new float[k];
        }

        count = 0;
        var docs = s.Acc.Touched;
        var weights = s.Acc.Weights;
        var n = docs.Length;

        // Most touched entities cannot enter the heap, but telling so needs their schema and birth year (a cache miss
        // each). The k-th largest weight alone (no entity read) is a floor: an entity whose weight plus the largest
        // birth-year bonus is below it scores below every score kept once the heap is full of scores at or above it, so
        // such entities are read only when the heap does not end up so (exact: float addition is monotone).
        var floor = KthLargestWeight(weights, s.Weights, k);

        // Rescoring skips candidates scoring below RescoreRatio × the best TopK score, which is at least the best weight of
        // an entity of the query's schema. An entity whose weight plus the largest bonus is below that is never rescored,
        // and were it in the heap it would only push out entities below that line too: it is not read at all.
        var never = Pruning ? BestWeightOfSchema(q, docs, weights) * RescoreRatio : float.NegativeInfinity;

        // The entities that may enter the heap have their schema and birth year read in one tight loop first: the reads are
        // independent, so their cache misses overlap instead of waiting one by one inside the heap updates.
        if (s.Selected.Length < n)
        {
            s.Selected = new int[n * 2];
            s.SelectedMeta = new int[n * 2];
        }

        var selected = s.Selected;
        var metas = s.SelectedMeta;
        var meta = _meta;
        var m = 0;
        for (int i = 0; i < n; i++)
        {
            var weight = weights[i];
            if (weight + 1f >= floor && weight + 1f >= never)
            {
                selected[m] = i;
                metas[m++] = meta[docs[i]];
            }
        }

        // The heap holds the k best by a strict order (score, then id), so the order of offers does not change it; offering
        // the entities at or above the floor first fills it with high scores, so fewer of the others get in to be pushed out.
        for (int j = 0; j < m; j++)
        {
            var i = selected[j];
            if (weights[i] >= floor)
            {
                Offer(q, s, k, docs[i], weights[i], metas[j], ref count);
            }
        }

        for (int j = 0; j < m; j++)
        {
            var i = selected[j];
            if (weights[i] < floor)
            {
                Offer(q, s, k, docs[i], weights[i], metas[j], ref count);
            }
        }

        if (count < k || s.HeapScore[0] < floor)
        {
            for (int i = 0; i < n; i++)
            {
                var weight = weights[i];
                if (weight + 1f < floor && weight + 1f >= never)
                {
                    Offer(q, s, k, docs[i], weight, ref count);
                }
            }
        }

        return s.Heap;
    }

    /// <summary>The largest weight of a touched entity of the query's schema (−∞ when none); reads an entity's schema only
    /// when its weight is a new maximum.</summary>
    private float BestWeightOfSchema(PreparedEntity q, ReadOnlySpan<int> docs, ReadOnlySpan<float> weights)
    {
        var best = float.NegativeInfinity;
        var schemas = q.SchemaMask;
        for (int i = 0; i < docs.Length; i++)
        {
            if (weights[i] > best && ((schemas >> (_meta[docs[i]] & 3)) & 1) != 0)
            {
                best = weights[i];
            }
        }

        return best;
    }

    /// <summary>The k-th largest weight of the touched entities (−∞ when fewer are touched), through a min-heap of k weights.</summary>
    private static float KthLargestWeight(ReadOnlySpan<float> weights, float[] heap, int k)
    {
        if (weights.Length < k)
        {
            return float.NegativeInfinity;
        }

        for (int i = 0; i < k; i++)
        {
            heap[i] = weights[i];
            SiftUpMin(heap, i);
        }

        for (int i = k; i < weights.Length; i++)
        {
            var w = weights[i];
            if (w <= heap[0])
            {
                continue;
            }

            heap[0] = w;
            SiftDownMin(heap, k);
        }

        return heap[0];
    }

    /// <summary>Offers one touched entity to the heap of the k best of the query's schema; a birth year within one year adds a small bonus.</summary>
    private void Offer(PreparedEntity q, Scratch s, int k, int doc, float score, ref int count)
    {
        if (count == k && score + 1f < s.HeapScore[0])
        {
            // Cannot enter the heap even with the largest birth-year bonus (exact: float addition is monotone).
            return;
        }

        // Schema and birth year in one array: one memory access per entity.
        Offer(q, s, k, doc, score, _meta[doc], ref count);
    }

    /// <summary><see cref="Offer(PreparedEntity, Scratch, int, int, float, ref int)"/> with the entity's schema and birth year
    /// (<see cref="_meta"/>) already read.</summary>
    private static void Offer(PreparedEntity q, Scratch s, int k, int doc, float score, int meta, ref int count)
    {
        var heap = s.Heap;
        var hs = s.HeapScore;
        if (count == k && score + 1f < hs[0])
        {
            return;
        }

        if (((q.SchemaMask >> (meta & 3)) & 1) == 0)
        {
            return;
        }

        var year = meta >> 2;
        var qYear = q.Birth >> 9;
        if (qYear != 0 && year != 0)
        {
            var dy = Math.Abs(year - qYear);
            score += dy == 0 ? 1f : dy == 1 ? 0.5f : 0f;
        }

        if (count < k)
        {
            heap[count] = doc;
            hs[count] = score;
            count++;
            SiftUp(heap, hs, count - 1);
        }
        else if (Better(score, doc, hs[0], heap[0]))
        {
            heap[0] = doc;
            hs[0] = score;
            SiftDown(heap, hs, count);
        }
    }

    // Min-heap on (score, then higher doc id is "worse") so results are deterministic.
    private static bool Better(float sa, int da, float sb, int db) => sa > sb || (sa == sb && da < db);

    private static void SiftUp(int[] h, float[] s, int i)
    {
        while (i > 0)
        {
            var p = (i - 1) / 2;
            if (Better(s[p], h[p], s[i], h[i]))
            {
                (h[p], h[i]) = (h[i], h[p]);
                (s[p], s[i]) = (s[i], s[p]);
                i = p;
            }
            else
            {
                break;
            }
        }
    }

    private static void SiftDown(int[] h, float[] s, int n)
    {
        var i = 0;
        while (true)
        {
            int l = (2 * i) + 1, r = l + 1, m = i;
            if (l < n && Better(s[m], h[m], s[l], h[l]))
            {
                m = l;
            }

            if (r < n && Better(s[m], h[m], s[r], h[r]))
            {
                m = r;
            }

            if (m == i)
            {
                return;
            }

            (h[m], h[i]) = (h[i], h[m]);
            (s[m], s[i]) = (s[i], s[m]);
            i = m;
        }
    }
}
