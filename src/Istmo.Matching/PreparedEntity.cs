namespace Istmo.Matching;

/// <summary>A validated, normalised entity: parsed names and comparable facts.</summary>
internal sealed class PreparedEntity
{
    public required string Id { get; init; }

    public EntitySchema Schema { get; init; }

    /// <summary>Whether the names are read as an organisation's (<see cref="EntitySchemas.ReadsAsOrganization"/>).</summary>
    public bool IsOrganization { get; init; }

    /// <summary>Bit s set when candidates of schema s are compared with this entity (<see cref="EntitySchemas.Compatible"/>): a test per candidate in the index's hot loops.</summary>
    public int SchemaMask => Schema == EntitySchema.LegalEntity ? 0b111 : (1 << (int)Schema) | (1 << (int)EntitySchema.LegalEntity);

    public required NameForm[] Names { get; init; }

    public int Birth { get; init; }

    public byte Sex { get; init; }

    public required string[] Countries { get; init; }

    public required string[] Documents { get; init; }

    public required string[] Phones { get; init; }

    /// <summary>Validates and prepares an entity; throws <see cref="ArgumentException"/> naming the offending field.</summary>
    public static PreparedEntity Prepare(MatchEntity entity, bool withDisplay, Func<string, NameToken>? resolve = null) =>
        Prepare(entity, withDisplay, resolve, null, null);

    /// <summary>
    /// Validates and prepares an entity; with <paramref name="parsedOut"/> only parses names (no tokens), for index builds,
    /// and lists each name's string in <paramref name="originalsOut"/> and, for a pinyin form of a Wade–Giles name, the
    /// name as written in <paramref name="romanisedOut"/> (null for other names).
    /// </summary>
    /// <remarks>An entity needs a name, a document or a phone; with <paramref name="otherFactsSuffice"/> (entity resolution) a
    /// birth date or an e-mail also does, as a record can be linked by them.</remarks>
    public static PreparedEntity Prepare(MatchEntity entity, bool withDisplay, Func<string, NameToken>? resolve, List<ParsedName>? parsedOut, List<string>? originalsOut, List<string?>? romanisedOut = null, bool otherFactsSuffice = false)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (string.IsNullOrWhiteSpace(entity.Id))
        {
            throw new ArgumentException("Entity id is empty.", nameof(MatchEntity.Id));
        }

        if (!Enum.IsDefined(entity.Schema))
        {
            throw new ArgumentException($"Entity '{entity.Id}' has an unknown schema {(int)entity.Schema}.", nameof(MatchEntity.Schema));
        }

        var org = EntitySchemas.ReadsAsOrganization(entity);
        Dictionary<string, string>? romanised = null;
        var originals = NameStrings(entity, ref romanised);
        var names = new List<NameForm>(originals.Count);
        var parsedCount = 0;
        foreach (var original in originals)
        {
            if (parsedOut is not null)
            {
                var parsed = ParsedName.Parse(original, org, false);
                if (parsed.Tokens.Count > 0)
                {
                    parsedOut.Add(parsed);
                    originalsOut?.Add(original);
                    romanisedOut?.Add(romanised?.GetValueOrDefault(original));
                    parsedCount++;
                }

                continue;
            }

            var form = NameForm.Create(original, org, withDisplay, resolve, romanised?.GetValueOrDefault(original));
            if (form.Tokens.Length > 0)
            {
                names.Add(form);
            }
        }

        var docs = Normalize(entity.DocumentNumbers, Identifiers.NormalizeDocument);
        var phones = Normalize(entity.Phones, Identifiers.NormalizePhone);
        if (names.Count == 0 && parsedCount == 0 && docs.Length == 0 && phones.Length == 0 && !(otherFactsSuffice && (entity.BirthDate is not null || entity.Emails.Count > 0)))
        {
            throw new ArgumentException(
                originals.Count == 0
                    ? $"Entity '{entity.Id}' has no name."
                    : $"Entity '{entity.Id}' has no name with letters or digits after normalisation.",
                nameof(MatchEntity.Names));
        }

        var sex = Identifiers.NormalizeSex(entity.Sex);
        return new PreparedEntity
        {
            Id = entity.Id,
            Schema = entity.Schema,
            IsOrganization = org,
            Names = [.. names],
            Birth = entity.BirthDate?.Pack() ?? 0,
            Sex = sex switch { "M" => 1, "F" => 2, _ => 0 },
            Countries = Normalize(entity.Nationalities, c => string.IsNullOrWhiteSpace(c) ? null : Matching.Countries.Normalize(c) ?? c.Trim().ToUpperInvariant()),
            Documents = docs,
            Phones = phones,
        };
    }

    /// <summary>All name strings of an entity: its names, then the structured parts as "Paternal Maternal, Given".</summary>
    public static List<string> NameStrings(MatchEntity entity)
    {
        Dictionary<string, string>? romanised = null;
        return NameStrings(entity, ref romanised);
    }

    /// <summary>
    /// All name strings of an entity: its names, the structured parts as "Paternal Maternal, Given", then the pinyin forms of
    /// names written in Wade–Giles (<see cref="WadeGiles"/>), each listed in <paramref name="romanised"/> with the name as written.
    /// </summary>
    private static List<string> NameStrings(MatchEntity entity, ref Dictionary<string, string>? romanised)
    {
        var list = new List<string>(entity.Names?.Count + 1 ?? 1);
        if (entity.Names is not null)
        {
            foreach (var n in entity.Names)
            {
                if (!string.IsNullOrWhiteSpace(n))
                {
                    list.Add(n);
                }
            }
        }

        var structured = ParsedName.FromParts(entity.GivenNames, entity.PaternalSurname, entity.MaternalSurname);
        if (structured is not null && !list.Contains(structured))
        {
            list.Add(structured);
        }

        // A name with a part in parentheses is also the name without it: "Zanotta Sudamericana S.A. (Zanotta)" is listed
        // beside "ZANOTTA SUDAMERICANA S.A.", and the bracketed word counted as a missing part (OpenSanctions Pairs: 0.57).
        var given = list.Count;
        for (int i = 0; i < given; i++)
        {
            if (BracketedParts.WithoutRepeats(list[i]) is { } bare && !list.Contains(bare))
            {
                list.Add(bare);
            }
        }

        var written = list.Count;
        for (int i = 0; i < written; i++)
        {
            foreach (var form in WadeGiles.PinyinForms(list[i]))
            {
                if (!list.Contains(form))
                {
                    list.Add(form);
                    (romanised ??= new(StringComparer.Ordinal))[form] = list[i];
                }
            }
        }

        return list;
    }

    private static string[] Normalize(IReadOnlyList<string>? values, Func<string?, string?> normalize)
    {
        if (values is null || values.Count == 0)
        {
            return [];
        }

        var list = new List<string>(values.Count);
        foreach (var v in values)
        {
            var n = normalize(v);
            if (n is not null && !list.Contains(n))
            {
                list.Add(n);
            }
        }

        return [.. list];
    }
}
