namespace Istmo.Matching;

/// <summary>Token roles in a person name.</summary>
internal static class NameRole
{
    public const byte Unknown = 0;
    public const byte Given = 1;
    public const byte Family = 2;

    /// <summary>
    /// An East Slavic patronymic after the first token (Ivan Sergeevich Petrov, Petrov Ivan Sergeevich): a given name that a
    /// record drops as often as a maternal surname, since passports in Latin letters print none (see <see cref="Patronymics"/>).
    /// </summary>
    public const byte Patronymic = 3;

    /// <summary>A given name, the patronymic included.</summary>
    public static bool IsGiven(byte role) => role is Given or Patronymic;

    /// <summary>A part a record may leave out at little cost: a surname (a maternal one is often missing) or a patronymic.</summary>
    public static bool IsDroppable(byte role) => role is Family or Patronymic;
}

/// <summary>A parsed name: normalised tokens, guessed or known roles, legal form, and (optionally) display words.</summary>
internal sealed class ParsedName
{
    public required List<string> Tokens { get; init; }

    public required byte[] Roles { get; init; }

    public string? LegalForm { get; init; }

    public List<string>? Display { get; init; }

    /// <summary>True when an alias part of the written name was set aside (see <see cref="NameAliases"/>).</summary>
    public bool AliasDropped { get; init; }

    /// <summary>Parses a full name (an alias part, "X a.k.a. Y" or a quoted nickname, is dropped first, see <see cref="NameAliases"/>).
    /// Persons: "Surname Surname, Given" means family names first; otherwise roles are guessed
    /// (2 tokens: given family; 3: given family family; 4+: given… family family). Organisations: legal forms are stripped.</summary>
    public static ParsedName Parse(string? original, bool organization, bool withDisplay)
    {
        var written = original;
        original = NameAliases.MainPart(original, organization);
        var aliasDropped = !ReferenceEquals(written, original);
        var tokens = new List<string>(6);
        var display = withDisplay ? new List<string>(6) : null;
        byte[] roles;
        string? legal = null;
        var comma = original is null || organization ? -1 : original.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            NameNormalizer.Scan(original![..comma], tokens, display);
            var familyCount = tokens.Count;
            NameNormalizer.Scan(original[(comma + 1)..], tokens, display);
            if (familyCount > 0 && tokens.Count > familyCount)
            {
                Cap(tokens, display);
                roles = new byte[tokens.Count];
                for (int i = 0; i < roles.Length; i++)
                {
                    roles[i] = i < familyCount ? NameRole.Family : NameRole.Given;
                }

                MarkPatronymics(tokens, roles);
                return new ParsedName { Tokens = tokens, Roles = roles, Display = display, AliasDropped = aliasDropped };
            }
        }
        else
        {
            NameNormalizer.Scan(original, tokens, display);
        }

        if (organization)
        {
            CountryPhrases.Canonicalize(tokens, display);
        }

        Cap(tokens, display);
        if (organization)
        {
            legal = LegalForms.Detect(tokens, out var front, out var back);
            if (legal is not null)
            {
                tokens.RemoveRange(tokens.Count - back, back);
                tokens.RemoveRange(0, front);
                display?.RemoveRange(display.Count - back, back);
                display?.RemoveRange(0, front);
            }

            roles = new byte[tokens.Count];
        }
        else
        {
            roles = GuessRoles(tokens);
            MarkPatronymics(tokens, roles);
        }

        return new ParsedName { Tokens = tokens, Roles = roles, LegalForm = legal, Display = display, AliasDropped = aliasDropped };
    }

    /// <summary>Builds the "Paternal Maternal, Given" form of structured name parts, or null when there is no surname or given name.</summary>
    public static string? FromParts(string? given, string? paternal, string? maternal)
    {
        // Most entities (every query of a batch) have no structured parts: nothing to build, nothing to allocate.
        if (string.IsNullOrWhiteSpace(given) && string.IsNullOrWhiteSpace(paternal) && string.IsNullOrWhiteSpace(maternal))
        {
            return null;
        }

        var family = string.Join(' ', new[] { paternal, maternal }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (family.Length == 0 && string.IsNullOrWhiteSpace(given))
        {
            return null;
        }

        if (family.Length == 0)
        {
            return given!.Replace(',', ' ');
        }

        return string.IsNullOrWhiteSpace(given) ? family.Replace(',', ' ') : family.Replace(',', ' ') + ", " + given.Replace(',', ' ');
    }

    private static void Cap(List<string> tokens, List<string>? display)
    {
        if (tokens.Count > NameNormalizer.MaxTokens)
        {
            tokens.RemoveRange(NameNormalizer.MaxTokens, tokens.Count - NameNormalizer.MaxTokens);
            display?.RemoveRange(NameNormalizer.MaxTokens, display.Count - NameNormalizer.MaxTokens);
        }
    }

    /// <summary>
    /// Given names that are patronymics take <see cref="NameRole.Patronymic"/>; never the first token (a surname in -ovich
    /// written first is a surname: Abramovich Roman).
    /// </summary>
    private static void MarkPatronymics(List<string> tokens, byte[] roles)
    {
        for (int i = 1; i < roles.Length; i++)
        {
            if (roles[i] == NameRole.Given && Patronymics.Is(tokens[i]))
            {
                roles[i] = NameRole.Patronymic;
            }
        }
    }

    private static byte[] GuessRoles(List<string> tokens)
    {
        var roles = new byte[tokens.Count];
        Span<int> idx = stackalloc int[tokens.Count];
        int k = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!NameParticles.IsParticle(tokens[i], false))
            {
                idx[k++] = i;
            }
        }

        if (k <= 1)
        {
            return roles;
        }

        var givenCount = k == 2 ? 1 : k == 3 ? 1 : k - 2;
        var givenFrom = 0;
        if (k >= 2 && PatronymicAt(tokens, idx[..k]) is var p and >= 0)
        {
            // A patronymic closes the given names: Ivan Sergeevich | Petrov; last, it follows them, surname first:
            // Petrov | Ivan Sergeevich, or there is no surname: Ivan Sergeevich.
            (givenFrom, givenCount) = p < k - 1 ? (0, p + 1) : (k - 2, 2);
        }

        for (int j = 0; j < k; j++)
        {
            roles[idx[j]] = j >= givenFrom && j < givenFrom + givenCount ? NameRole.Given : NameRole.Family;
        }

        // Particles take the role of the next real token (de la Cruz → family), else of the previous one.
        for (int i = tokens.Count - 1; i >= 0; i--)
        {
            if (NameParticles.IsParticle(tokens[i], false))
            {
                roles[i] = i + 1 < tokens.Count ? roles[i + 1] : i > 0 ? roles[i - 1] : NameRole.Unknown;
            }
        }

        return roles;
    }

    /// <summary>
    /// Position among the real tokens of the patronymic that decides the roles: one between the first and the last token
    /// (the last such), else the last token; -1 when there is none. The first token is never one (a surname in -ovich
    /// written first is a surname, Abramovich Roman).
    /// </summary>
    private static int PatronymicAt(List<string> tokens, ReadOnlySpan<int> idx)
    {
        for (int j = idx.Length - 2; j >= 1; j--)
        {
            if (Patronymics.Is(tokens[idx[j]]))
            {
                return j;
            }
        }

        return Patronymics.Is(tokens[idx[^1]]) ? idx.Length - 1 : -1;
    }
}

/// <summary>A name ready to compare: tokens resolved to <see cref="NameToken"/> objects.</summary>
internal sealed class NameForm
{
    public required string Original { get; init; }

    public required NameToken[] Tokens { get; init; }

    public required byte[] Roles { get; init; }

    public string? LegalForm { get; init; }

    public bool IsOrganization { get; init; }

    public IReadOnlyList<string>? Display { get; init; }

    /// <summary>True when an alias part of the written name was set aside before parsing.</summary>
    public bool AliasDropped { get; init; }

    /// <summary>For a pinyin form of a name written in Wade–Giles: the name as written (Mao Tse-tung); <see cref="Original"/> is the form (Mao Zedong).</summary>
    public string? RomanisedFrom { get; init; }

    public static NameForm Create(string original, bool organization, bool withDisplay, Func<string, NameToken>? resolve = null, string? romanisedFrom = null)
    {
        var parsed = ParsedName.Parse(original, organization, withDisplay);
        var tokens = new NameToken[parsed.Tokens.Count];
        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i] = resolve?.Invoke(parsed.Tokens[i]) ?? NameToken.Create(parsed.Tokens[i], organization);
        }

        return new NameForm
        {
            Original = original,
            Tokens = tokens,
            Roles = parsed.Roles,
            LegalForm = parsed.LegalForm,
            IsOrganization = organization,
            Display = parsed.Display,
            AliasDropped = parsed.AliasDropped,
            RomanisedFrom = romanisedFrom,
        };
    }
}
