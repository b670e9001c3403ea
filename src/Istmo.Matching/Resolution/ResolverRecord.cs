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

    /// <summary>The primary name's distinct token keys (Spanish phonetic; particles and initials left out), sorted.</summary>
    public string[] TokenKeys { get; init; } = [];

    /// <summary>Sorted pairs of the primary name's token keys (blocking).</summary>
    public string[] TokenPairs { get; init; } = [];

    /// <summary>Distinct first two letters of the primary name's tokens (blocking).</summary>
    public string[] Prefixes2 { get; init; } = [];

    /// <summary>Hashes of <see cref="Prefixes2"/> (blocking keys are built from them without strings).</summary>
    public ulong[] Prefixes2Hashes { get; init; } = [];

    /// <summary>Hashes of <see cref="TokenKeys"/>, in the same order (blocking keys built without strings).</summary>
    public ulong[] TokenKeyHashes { get; init; } = [];

    /// <summary>Hashes of the sorted pairs of the primary name's tokens' first three letters (blocking).</summary>
    public ulong[] PrefixPairHashes { get; init; } = [];

    /// <summary>Sorted triples of the primary name's token keys (blocking).</summary>
    public string[] TokenTriples { get; init; } = [];

    /// <summary>The primary name's folded tokens (particles left out) sorted and joined: the same name in any order (term frequency).</summary>
    public string NameKey { get; init; } = "";

    /// <summary>
    /// Share (0..1) of the run's records whose primary name contains every name part of this one (phonetic keys): how
    /// many people this name, as written, could denote. Set by <see cref="ResolverContext"/>.
    /// </summary>
    public float NameFrequency { get; set; }

    /// <summary>Share (0..1) of the run's records with each of <see cref="TokenKeys"/> (same order). Set by <see cref="ResolverContext"/>.</summary>
    public float[] TokenFrequencies { get; set; } = [];

    /// <summary>
    /// Character counts of <see cref="NameKey"/> in 32 buckets (code point mod 32), or all zero when it is longer than 255:
    /// a bound on the characters two whole names can have in common (see <see cref="ResolverComparison.LettersAlike"/>).
    /// </summary>
    public System.Runtime.Intrinsics.Vector256<byte> NameKeyLetters { get; init; }

    /// <summary>Folded primary name (sort key of sorted neighbourhoods).</summary>
    public string SortText { get; init; } = "";

    /// <summary>Bit mask of the first letters (fold, key and canonical fold) of every name token: names whose masks do not meet cannot align.</summary>
    public int Initials { get; init; }

    /// <summary>
    /// Which name parts the source wrote when it gave them in separate fields and nothing else: <see cref="NameParts.GivenOnly"/>
    /// or <see cref="NameParts.FamilyOnly"/>; otherwise <see cref="NameParts.Other"/>.
    /// </summary>
    public NameParts Parts { get; init; }

    /// <summary>Normalised e-mail addresses (lower case, trimmed).</summary>
    public string[] Emails { get; init; } = [];

    /// <summary>Folded city text, or null.</summary>
    public string? City { get; init; }

    /// <summary>Postal code, upper case without spaces, or null.</summary>
    public string? Postcode { get; init; }

    /// <summary>Folded street address, or null.</summary>
    public string? Address { get; init; }

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
                if (NameRole.IsGiven(role) && given is null)
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
        string[] tokenKeys = primary is null ? [] : [.. primary.Tokens.Where(t => !t.IsParticle && !t.IsInitial && t.Key.Length > 0).Select(t => t.Key)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var keys = tokenKeys.Take(6).ToArray();
        var folds = primary is null ? [] : primary.Tokens.Where(t => !t.IsParticle && !t.IsInitial && t.Fold.Length > 0).Select(t => t.Fold).ToArray();
        var p3 = folds.Select(f => f.Length <= 3 ? f : f[..3]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(6).ToArray();
        var prefixPairs = new List<string>();
        for (int x = 0; x < p3.Length; x++)
        {
            for (int y = x + 1; y < p3.Length; y++)
            {
                prefixPairs.Add(p3[x] + "|" + p3[y]);
            }
        }

        var nameKey = string.Join(' ', folds.Order(StringComparer.Ordinal));
        string[] prefixes2 = [.. folds.Select(f => f.Length <= 2 ? f : f[..2]).Distinct(StringComparer.Ordinal)];
        var pairs = new List<string>();
        var triples = new List<string>();
        for (int x = 0; x < keys.Length; x++)
        {
            for (int y = x + 1; y < keys.Length; y++)
            {
                pairs.Add(keys[x] + "|" + keys[y]);
                for (int z = y + 1; z < keys.Length; z++)
                {
                    triples.Add(keys[x] + "|" + keys[y] + "|" + keys[z]);
                }
            }
        }

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
            Initials = InitialsOf(e),
            NameKey = nameKey,
            NameKeyLetters = nameKey.Length <= 255 ? TokenPrefilter.Histogram(nameKey) : default, // byte counts: longer keys are not bounded
            SortText = primary is null ? "" : string.Join(' ', primary.Tokens.Select(t => t.Fold)),
            TokenKeys = tokenKeys,
            TokenPairs = [.. pairs],
            TokenTriples = [.. triples],
            Prefixes2 = prefixes2,
            Prefixes2Hashes = [.. prefixes2.Select(ResolverBlocking.Hash)],
            TokenKeyHashes = [.. tokenKeys.Select(ResolverBlocking.Hash)],
            PrefixPairHashes = [.. prefixPairs.Select(ResolverBlocking.Hash)],
            Parts = PartsOf(source),
            Emails = [.. source.Emails.Select(x => x?.Trim().ToLowerInvariant()).OfType<string>().Where(x => x.Length > 0).Distinct(StringComparer.Ordinal)],
            City = Text(source.City),
            Postcode = Code(source.PostalCode),
            Address = Text(source.Address),
        };
    }

    private static NameParts PartsOf(MatchEntity source)
    {
        var given = !string.IsNullOrWhiteSpace(source.GivenNames);
        var family = !string.IsNullOrWhiteSpace(source.PaternalSurname) || !string.IsNullOrWhiteSpace(source.MaternalSurname);
        if (given == family)
        {
            return NameParts.Other;
        }

        // The file readers also write the parts joined as the name; a name saying more than the one part is a whole name.
        var part = (given ? source.GivenNames! : string.Join(' ', new[] { source.PaternalSurname, source.MaternalSurname }.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x!.Trim()))).Trim();
        if (source.Names.Any(n => !string.IsNullOrWhiteSpace(n) && !string.Equals(n.Trim(), part, StringComparison.OrdinalIgnoreCase)))
        {
            return NameParts.Other;
        }

        return given ? NameParts.GivenOnly : NameParts.FamilyOnly;
    }

    private static int InitialsOf(PreparedEntity e)
    {
        var mask = 0;
        foreach (var name in e.Names)
        {
            foreach (var t in name.Tokens)
            {
                mask |= Bit(t.Fold) | Bit(t.Key) | Bit(t.CanonicalFold);
            }
        }

        return mask;

        static int Bit(string s) => s.Length == 0 ? 0 : s[0] is >= 'a' and <= 'z' ? 1 << (s[0] - 'a') : 1 << 26;
    }

    private static string? Text(string? s)
    {
        var t = NameNormalizer.Normalize(s);
        return t.Length == 0 ? null : t;
    }

    private static string? Code(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        var t = new string([.. s.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
        return t.Length == 0 ? null : t;
    }
}
