namespace Istmo.Matching;

/// <summary>
/// Sex and nationality a cluster states through any of its members. A pair compares two records, and a record without a
/// nationality (or sex) says nothing against a namesake; the namesake's cluster often says it through another of its
/// records ("Ana Pérez" undated and Colombian; the close "Ana Pérez" without a nationality whose other records are Panamanian).
/// </summary>
internal sealed class ClusterFacts
{
    private readonly ulong[] _countries;
    private readonly byte[] _sexes;
    private readonly Dictionary<string, int> _bits = new(StringComparer.Ordinal);

    /// <summary>Facts of every cluster, by root (<paramref name="root"/> from <see cref="ConstrainedUnionFind.Snapshot"/>).</summary>
    internal ClusterFacts(IReadOnlyList<ResolverRecord> records, int[] root)
    {
        _countries = new ulong[records.Count];
        _sexes = new byte[records.Count];
        for (int i = 0; i < records.Count; i++)
        {
            _countries[root[i]] |= CountriesOf(records[i]);
            _sexes[root[i]] |= SexOf(records[i]);
        }
    }

    /// <summary>The record's countries as bits (0: none known). Past 64 distinct countries the rest are not told apart (0).</summary>
    internal ulong CountriesOf(ResolverRecord r)
    {
        ulong mask = 0;
        foreach (var c in r.Entity.Countries)
        {
            if (!_bits.TryGetValue(c, out var bit))
            {
                bit = _bits.Count < 64 ? _bits.Count : -1;
                _bits[c] = bit;
            }

            mask |= bit < 0 ? 0 : 1UL << bit;
        }

        return mask;
    }

    internal static byte SexOf(ResolverRecord r) => r.Entity.Sex switch { 1 => 1, 2 => 2, _ => 0 };

    /// <summary>
    /// For a record and a cluster whose pair left nationality (or sex) unknown: 1 when the cluster shares one of the record's,
    /// 0 when it states only others, −1 when either side states none.
    /// </summary>
    internal int Nationality(ulong record, int root) => record == 0 || _countries[root] == 0 ? -1 : (record & _countries[root]) != 0 ? 1 : 0;

    /// <inheritdoc cref="Nationality"/>
    internal int Sex(byte record, int root) => record == 0 || _sexes[root] == 0 ? -1 : (record & _sexes[root]) != 0 ? 1 : 0;
}
