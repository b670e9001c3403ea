namespace Istmo.Matching;

/// <summary>
/// A record left alone whose links to one cluster each fall short of the threshold, but come from two or more of its
/// members and point nowhere else, joins that cluster. A pair's weight measures one record against one record; two records
/// of the same person that each nearly agree with a third are more evidence than either (Splink's fake_20000: "Sophie
/// Martin 2011-12-03" nearly matches both "Martin 2012-12-02" and "Sophie Martn 2011-12-03" of one cluster).
/// </summary>
internal static class CorroboratedAttachment
{
    /// <summary>
    /// How far below the threshold (bits) a link may be and still count for its cluster. 300k generated records (dates
    /// decide; with <see cref="RivalFloor"/> 4): off 0.9536, 2 → 0.9543, 3 → 0.9542, 4 → 0.9535; fake_20000 0.9613 → 0.9634 /
    /// 0.9648 / 0.9653; fake_1000 0.9817 → 0.9863 / 0.9878 / 0.9878; FEBRL3 and FEBRL4 unchanged.
    /// </summary>
    /// <remarks>
    /// It falls with the number of records, as <see cref="UndatedPlacement.ExclusiveFloor"/> rises: 3 bits at 300k, 4 (the
    /// most) below ~210k, 0 from ~600k. At a million generated records the rule lost more than it found (fourteenth
    /// session, fixed floors: 3 → F1 0.9454, 1.26 → 0.9456, 0 → 0.9458, off 0.9460; a rival floor of 8 instead: 0.9458):
    /// the more records, the likelier a rival the blocking did not make a candidate.
    /// </remarks>
    internal static double Floor(int records) => Math.Clamp(3 - (2 * EntityResolver.SizeBits(records)), 0, 4);

    /// <summary>
    /// How far below the threshold (bits) a link to another cluster (or another lone record) still makes the record
    /// ambiguous. fake_20000 with <see cref="Floor"/> 4: 4 → 0.9653, 6 → 0.9640, 8 → 0.9637.
    /// </summary>
    internal const double RivalFloor = 4;

    /// <summary>Members of the cluster that must each link above <see cref="Floor"/> (1 made 3× the false pairs on fake_20000; 3 found fewer).</summary>
    internal const int MinMembers = 2;

    /// <summary>
    /// Joins each lone record to the one cluster of two or more that <see cref="MinMembers"/> of its links reach within
    /// <see cref="Floor"/> bits of <paramref name="thresholdWeight"/>, when no link within <see cref="RivalFloor"/> bits
    /// reaches any other record. Contradicted pairs do not count. Clusters are read before any attachment, so the order does
    /// not matter. Returns the links added (record, its best partner in the cluster, weight).
    /// </summary>
    internal static List<(int A, int B, double W)> Attach(long[] pairs, double[] factors, bool[] contradicted, double prior, double thresholdWeight, int n, ConstrainedUnionFind uf)
    {
        var (root, size) = uf.Snapshot();
        var floor = Floor(n);

        // Per lone record: the one cluster its near links reach (-1: none yet, -2: more than one), how many of its members
        // link above the floor, and the best of them.
        var target = new int[n];
        var count = new int[n];
        var best = new double[n];
        var via = new int[n];
        Array.Fill(target, -1);
        for (int p = 0; p < pairs.Length; p++)
        {
            var w = prior + factors[p];
            if (!contradicted[p] && w >= thresholdWeight - RivalFloor)
            {
                var (a, b) = ResolverBlocking.Split(pairs[p]);
                Offer(a, b, w);
                Offer(b, a, w);
            }
        }

        void Offer(int u, int partner, double w)
        {
            if (size[root[u]] != 1 || target[u] == -2)
            {
                return;
            }

            var r = root[partner];
            if (target[u] != r && target[u] != -1)
            {
                target[u] = -2; // near links to two places: ambiguous
                return;
            }

            target[u] = r;
            if (w >= thresholdWeight - floor && (count[u]++ == 0 || w > best[u]))
            {
                (best[u], via[u]) = (w, partner);
            }
        }

        var attached = new List<(int, int, double)>();
        for (int u = 0; u < n; u++)
        {
            if (target[u] >= 0 && size[target[u]] >= MinMembers && count[u] >= MinMembers && uf.Union(u, via[u]))
            {
                attached.Add((u, via[u], best[u]));
            }
        }

        return attached;
    }
}
