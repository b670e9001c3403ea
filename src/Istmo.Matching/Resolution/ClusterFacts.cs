namespace Istmo.Matching;

/// <summary>
/// Sex and nationality a cluster states through any of its members. A pair compares two records, and a record without a
/// nationality (or sex) says nothing against a namesake; the namesake's cluster often says it through another of its
/// records ("Ana Pérez" undated and Colombian; the close "Ana Pérez" without a nationality whose other records are Panamanian).
/// </summary>
internal sealed class ClusterFacts
{
    private readonly IReadOnlyList<ResolverRecord> _records;
    private readonly ulong[] _recordCountries;
    private readonly ulong[] _countries;
    private readonly byte[] _sexes;
    private readonly double[] _nationalityWeights;
    private readonly double[] _sexWeights;

    /// <summary>
    /// Facts of every cluster, by root (<paramref name="root"/> from <see cref="ConstrainedUnionFind.Snapshot"/>), and the
    /// trained weights by level of every feature (<see cref="ResolverComparison.Features"/>), of which nationality and sex count here.
    /// </summary>
    internal ClusterFacts(IReadOnlyList<ResolverRecord> records, int[] root, double[][] weights)
    {
        _records = records;
        _recordCountries = new ulong[records.Count];
        _countries = new ulong[records.Count];
        _sexes = new byte[records.Count];
        _nationalityWeights = weights[ResolverComparison.Nationality];
        _sexWeights = weights[ResolverComparison.Sex];

        // Countries as bits, in order of first appearance; past 64 distinct ones the rest are not told apart (no bit).
        var bits = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < records.Count; i++)
        {
            foreach (var c in records[i].Entity.Countries)
            {
                if (!bits.TryGetValue(c, out var bit))
                {
                    bit = bits.Count < 64 ? bits.Count : -1;
                    bits[c] = bit;
                }

                _recordCountries[i] |= bit < 0 ? 0 : 1UL << bit;
            }

            _countries[root[i]] |= _recordCountries[i];

            // Sex is 0 (unknown), 1 or 2: distinct bits already.
            _sexes[root[i]] |= records[i].Entity.Sex;
        }
    }

    /// <summary>
    /// What <paramref name="cluster"/> (the partner's) states about the record's nationality and sex where the pair of
    /// <paramref name="record"/> and <paramref name="partner"/> left them unknown (the partner states none): the trained
    /// weight of agreeing or not, in bits, and whether either contradicts the record.
    /// </summary>
    internal (double Bits, bool Contradicts) Weigh(int record, int partner, int cluster)
    {
        double bits = 0;
        var contradicts = false;
        var countries = _recordCountries[record];
        if (countries != 0 && _recordCountries[partner] == 0 && _countries[cluster] != 0)
        {
            var shared = (countries & _countries[cluster]) != 0;
            bits += _nationalityWeights[shared ? 1 : 0];
            contradicts |= !shared;
        }

        var sex = _records[record].Entity.Sex;
        if (sex != 0 && _records[partner].Entity.Sex == 0 && _sexes[cluster] != 0)
        {
            var same = (sex & _sexes[cluster]) != 0;
            bits += _sexWeights[same ? 1 : 0];
            contradicts |= !same;
        }

        return (bits, contradicts);
    }
}
