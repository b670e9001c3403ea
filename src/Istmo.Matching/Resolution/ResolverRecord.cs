namespace Istmo.Matching;

/// <summary>A record prepared for resolution: parsed names, facts and blocking features.</summary>
internal sealed class ResolverRecord
{
    public required int Index { get; init; }

    public required MatchEntity Source { get; init; }

    public required PreparedEntity Entity { get; init; }

    public int Birth => Entity.Birth;

    public string? Given { get; init; }

    public string? GivenKey { get; init; }

    public string? SurnameKey { get; init; }

    public string? SurnameSound { get; init; }

    public string? RarePair { get; set; }

    /// <summary>Family-name tokens of the primary name (or all tokens but the first when roles are unknown).</summary>
    public required NameToken[] Family { get; init; }

    public static ResolverRecord Create(int index, MatchEntity source, PreparedEntity e)
    {
        var primary = e.Names.Length > 0 ? e.Names[0] : null;
        NameToken? given = null;
        var family = new List<NameToken>(3);
        if (primary is not null)
        {
            for (int i = 0; i < primary.Tokens.Length; i++)
            {
                var t = primary.Tokens[i];
                if (t.IsParticle)
                {
                    continue;
                }

                var role = primary.Roles[i];
                if (role == NameRole.Given && given is null)
                {
                    given = t;
                }
                else if (role == NameRole.Family || (role == NameRole.Unknown && given is not null))
                {
                    family.Add(t);
                }
                else if (role == NameRole.Unknown && given is null)
                {
                    given = t;
                }
            }
        }

        var first = family.Count > 0 ? family[0] : null;
        return new ResolverRecord
        {
            Index = index,
            Source = source,
            Entity = e,
            Given = given?.CanonicalFold,
            GivenKey = given?.Key,
            SurnameKey = first?.Key,
            SurnameSound = first is null ? null : Matching.Metaphone.Encode(first.Canonical),
            Family = [.. family],
        };
    }
}
