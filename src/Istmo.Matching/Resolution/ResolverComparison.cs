namespace Istmo.Matching;

/// <summary>
/// The comparison vector of entity resolution: one level per feature (−1 = missing on either side, which contributes no
/// evidence). Names are compared by the engine's name aligner (the scorer's name part), so typos, dropped surnames, swapped
/// order, nicknames and romanisations are handled as in screening; the other features are simple agreement levels.
/// </summary>
internal static class ResolverComparison
{
    public const int Name = 0;
    public const int Birth = 1;
    public const int Sex = 2;
    public const int Nationality = 3;
    public const int Document = 4;
    public const int Phone = 5;
    public const int Email = 6;
    public const int City = 7;
    public const int Postcode = 8;
    public const int Address = 9;

    /// <summary>The birth date level "exact" (below it "compatible or swapped", then "within a month").</summary>
    public const int BirthExact = 6;

    /// <summary>The birth date level "within a month": full dates 1–31 days apart that are neither swapped nor a year typo.</summary>
    public const int BirthWithinAMonth = 4;

    /// <summary>The birth date level "ten years apart, within two months" (a decade digit mistyped, or an age miscounted by ten).</summary>
    public const int BirthDecade = 7;

    /// <summary>The birth date level "nine or eleven years apart, within two months" (a decade and a year off).</summary>
    public const int BirthDecadeAndYear = 8;

    /// <summary>m of dates two or more years apart: "different" and the decade levels together.</summary>
    internal static double YearsApart(IReadOnlyList<double> birthM) => birthM[0] + birthM[BirthDecade] + birthM[BirthDecadeAndYear];

    /// <summary>The document level "equal" (below it "one character off", then "different").</summary>
    public const int DocumentEqual = 2;

    /// <summary>The name level "0.70+" (below it the bands 0.50+, 0.35+ and below 0.35, each with a "letters alike" level above it).</summary>
    public const int NameMostly = 6;

    /// <summary>The name level "0.85+": close names (the levels above it are closer; the one below, close but a surname differs).</summary>
    public const int NameClose = 8;

    /// <summary>The name level "equal".</summary>
    public const int NameEqual = 10;

    /// <summary>The name level "0.85+, one part on a side": "Smith" / "Smith" or "Smith" / "James Smith", far weaker than a whole name that agrees.</summary>
    public const int NameOnePart = 11;

    /// <summary>
    /// Per feature (in the order of the indexes above): its levels, lowest (disagreement) first; the prior m
    /// (P(level | match)), used where the data are too few for EM and blended in by pseudo-counts; and the prior u
    /// (P(level | non-match)), blended into the random-pair estimate by pseudo-counts (matters for tiny inputs only).
    /// </summary>
    public static readonly FeatureSpec[] Specs =
    [
        new("name", ["below 0.35", "below 0.35, letters alike", "0.35+", "0.35+, letters alike", "0.50+", "0.50+, letters alike", "0.70+", "0.85+ but a surname differs", "0.85+", "0.95+", "equal", "0.85+, one part on a side"],
            [0.005, 0.005, 0.004, 0.002, 0.015, 0.005, 0.07, 0.02, 0.13, 0.25, 0.48, 0.02], [0.85, 0.002, 0.049, 0.001, 0.069, 0.001, 0.025, 0.002, 0.002, 0.0008, 0.0002, 0.002]),
        new("birthDate", ["different", "±1 year, other day and month", "same year, other day or month", "±1 year, same day and month", "within a month", "compatible or swapped", "exact", "ten years apart, within two months", "nine or eleven years apart, within two months"],
            [0.03, 0.03, 0.03, 0.05, 0.02, 0.14, 0.69, 0.005, 0.005], [0.95, 0.018, 0.008, 0.001, 0.002, 0.0005, 0.0005, 0.01, 0.01]),
        new("sex", ["different", "equal"], [0.02, 0.98], [0.5, 0.5]),
        new("nationality", ["disjoint", "shared"], [0.05, 0.95], [0.3, 0.7]),
        new("document", ["different", "one character off", "equal"], [0.17, 0.03, 0.8], [0.99989, 0.00001, 0.0001]),
        new("phone", ["different", "equal"], [0.3, 0.7], [0.9999, 0.0001]),
        new("email", ["different", "similar", "equal"], [0.1, 0.2, 0.7], [0.999, 0.0009, 0.0001]),
        new("city", ["different", "similar", "equal"], [0.15, 0.15, 0.7], [0.9, 0.02, 0.08]),
        new("postcode", ["different", "equal"], [0.2, 0.8], [0.99, 0.01]),
        new("address", ["different", "similar", "equal"], [0.15, 0.25, 0.6], [0.99, 0.009, 0.001]),
    ];

    /// <summary>Levels per feature, lowest (disagreement) first.</summary>
    public static readonly (string Name, string[] Levels)[] Features = [.. Specs.Select(s => (s.Name, s.Levels))];

    /// <summary>Number of features.</summary>
    public static int Count => Features.Length;

    /// <summary>The name similarity of two records: best alignment over all their names (the shorter name as query).</summary>
    public static double NameScore(ResolverRecord a, ResolverRecord b, SimilarityCache? cache)
    {
        var ea = a.Entity;
        var eb = b.Entity;
        if ((a.Initials & b.Initials) == 0)
        {
            return 0; // no two tokens start alike (after phonetic folding): nothing can align, skip the aligner
        }

        double best = 0;
        var org = ea.IsOrganization || eb.IsOrganization;
        foreach (var x in ea.Names)
        {
            foreach (var y in eb.Names)
            {
                var (q, c) = x.Tokens.Length <= y.Tokens.Length ? (x, y) : (y, x);
                best = Math.Max(best, NameComparer.Compare(q.Tokens, q.Roles, q.LegalForm, c.Tokens, c.Roles, c.LegalForm, org, null, shared: cache) * WadeGiles.DiscountOf(q, c));
                if (best >= 1)
                {
                    break;
                }
            }
        }

        return EntitySchemas.Compatible(ea.Schema, eb.Schema) ? best : best * 0.5;
    }

    /// <summary>Fills the comparison vector of two records; returns what their names share, for the term-frequency adjustment.</summary>
    public static SharedName Compare(ResolverRecord a, ResolverRecord b, Span<int> levels, ResolverContext context)
    {
        var ea = a.Entity;
        var eb = b.Entity;
        var best = ea.Names.Length == 0 || eb.Names.Length == 0 ? -1 : NameScore(a, b, context.Similarities);
        levels[Name] = best < 0 ? -1 : best >= 0.999 ? NameEqual : best >= 0.95 ? NameClose + 1 : best >= 0.85 ? NameClose : best >= 0.70 ? NameMostly : best >= 0.50 ? 4 : best >= 0.35 ? 2 : 0;

        // Below 0.70 the aligner has left a part unmatched. Whether the whole names still read alike letter by letter tells
        // a typo from another name: "Lu Weijun" / "Lyu Weijun" and "Ma Xin" / "Zhou Xin" both score 0.38 (a short part one
        // letter off scores 0, as Gao and Guo are different surnames), but only the first is a typing slip. Each band below
        // 0.70 has a "letters alike" level just above it, weighed by EM. (From 0.70 the split added as many false pairs as
        // true ones: 300k generated records F1 0.9533 → 0.9524 with it, 0.9537 without.)
        if (levels[Name] is >= 0 and < NameMostly && (LettersAlike(a, b) || (levels[Name] > 0 && OneSlipApart(a, b)) || SameLetters(a, b)))
        {
            levels[Name]++;
        }

        // Between 0.35 and 0.70 a name part of the shorter name that has no counterpart in the other ("Carlos Suárez
        // Samaniego" / "Carlos Ramón Suárez Cedeño": Samaniego) is another person's name more often than a typo: two people
        // born the same day who share a given name and a common surname. Such a pair counts as below 0.35 (keeping its
        // "letters alike" mark), so EM weighs it with the names that do not align. 1M generated records F1 0.9473 → 0.9497
        // (4,300 false pairs fewer, 800 true), 300k 0.9615 → 0.9636; one band lower instead: 1M 0.9495, 300k 0.9618; from
        // 0.70 as well: 0.9494; only from the two lowest bands: 0.9485.
        if (levels[Name] is >= 2 and < NameMostly && HasUnmatchedPart(a, b))
        {
            levels[Name] %= 2;
        }

        // One record wrote only a given name, the other only a surname ("Haanah" / "Matthews", from a file whose first_name or
        // surname is often blank): the names that differ are not the same part, so they say nothing either way. Alike, they
        // still count (the columns swapped: first_name "Smith" / surname "Smith").
        if (levels[Name] == 0 && PartsDisjoint(a, b))
        {
            levels[Name] = -1;
        }

        // A close name whose surnames conflict (each side has one the other lacks) is the typical namesake: same given
        // names and paternal surname, another maternal surname. It gets its own level rather than a second, correlated
        // feature (whose weight would be counted on top of the name's).
        if (levels[Name] >= NameClose && SurnamesConflict(a.Family, b.Family))
        {
            levels[Name] = NameClose - 1;
        }
        else if (levels[Name] >= NameClose && (a.TokenKeys.Length == 1 || b.TokenKeys.Length == 1))
        {
            levels[Name] = NameOnePart;
        }

        if (ea.Birth == 0 || eb.Birth == 0)
        {
            levels[Birth] = -1;
        }
        else
        {
            var (level, delta, _) = Scorer.CompareDates(ea.Birth, eb.Birth);
            levels[Birth] = level switch
            {
                Scorer.DateLevel.Exact => BirthExact,
                Scorer.DateLevel.Compatible or Scorer.DateLevel.Swapped => BirthExact - 1,

                // A day mistyped, or a date shifted by days across a month or year end (1983-12-13 / 1984-01-13): one error,
                // where "another day or month" and "a year apart" also hold dates months apart.
                Scorer.DateLevel.SameYear or Scorer.DateLevel.Near when WithinAMonth(ea.Birth, eb.Birth) => BirthWithinAMonth,
                Scorer.DateLevel.Near when delta > -0.1 => 3, // a one-digit year typo: same day and month

                // One wrong day or month is a typing error; a year apart with another day and month is two errors, or
                // another person born near the same time (a namesake): separate levels, so EM weighs them apart.
                Scorer.DateLevel.SameYear => 2,
                Scorer.DateLevel.Near => 1,
                _ => DecadeLevel(ea.Birth, eb.Birth),
            };
        }

        levels[Sex] = ea.Sex == 0 || eb.Sex == 0 ? -1 : ea.Sex == eb.Sex ? 1 : 0;
        levels[Nationality] = Overlap(ea.Countries, eb.Countries);
        levels[Document] = DocumentLevel(ea.Documents, eb.Documents);
        levels[Phone] = Overlap(ea.Phones, eb.Phones);
        levels[Email] = EmailLevel(a.Emails, b.Emails);
        levels[City] = TextLevel(a.City, b.City);
        levels[Postcode] = a.Postcode is null || b.Postcode is null ? -1 : string.Equals(a.Postcode, b.Postcode, StringComparison.Ordinal) ? 1 : 0;
        levels[Address] = TextLevel(a.Address, b.Address);
        // The frequency of the name a close pair shares: of a typo'd form, that of the common form it was typed from; of
        // a short form, that of all the names containing it. Names that only partly agree (0.35 to 0.85) share a part at
        // most: two people born the same day who share "Pérez" are a coincidence a rarer part would not be.
        if (levels[Name] is >= 2 and <= NameMostly)
        {
            return new(RarestSharedPart(a, b), OnePart: true);
        }

        return levels[Name] < NameClose ? SharedName.None : new(Math.Max(a.NameFrequency, b.NameFrequency), OnePart: false);
    }

    /// <summary>True when one record wrote only a given name and the other only a surname.</summary>
    private static bool PartsDisjoint(ResolverRecord a, ResolverRecord b) => a.Parts != NameParts.Other && b.Parts != NameParts.Other && a.Parts != b.Parts;

    /// <summary>
    /// A link's evidence for an analyst: the prior, then every feature compared with its level and weight in bits (the
    /// name's term-frequency adjustment beside it); a name not compared because one record wrote only a given name and the
    /// other only a surname says so, and so does a name weighed as unaligned because a part had no counterpart.
    /// </summary>
    internal static List<LinkFactor> Factors(ResolverRecord a, ResolverRecord b, ReadOnlySpan<int> levels, double[][] weights, double prior, double tf)
    {
        var items = new List<LinkFactor>(levels.Length + 1) { new(LinkFactor.Prior, 0, "", prior) };
        for (int f = 0; f < levels.Length; f++)
        {
            if (levels[f] >= 0)
            {
                items.Add(new(Features[f].Name, levels[f], Features[f].Levels[levels[f]], weights[f][levels[f]], f == Name ? tf : 0));

                // Below 0.35 with a score of 0.35 or more: the level was lowered for a part without a counterpart.
                if (f == Name && levels[f] < 2 && HasUnmatchedPart(a, b) && NameScore(a, b, null) >= 0.35)
                {
                    items.Add(new(Features[f].Name, LinkFactor.UnmatchedPart, LinkFactor.UnmatchedPartText, 0));
                }
            }
            else if (f == Name && PartsDisjoint(a, b))
            {
                items.Add(new(Features[f].Name, LinkFactor.NotCompared, LinkFactor.PartsDisjoint, 0));
            }
        }

        return items;
    }

    /// <summary>
    /// True when the whole names (tokens sorted) read alike letter by letter (Jaro–Winkler ≥ 0.9) although no name part
    /// aligned: a typo in every part ("Zhgon Xiaoling" / "Zohng Xiatoling") defeats the aligner, which compares parts.
    /// </summary>
    public static bool LettersAlike(ResolverRecord a, ResolverRecord b) =>
        a.NameKey.Length > 0 && b.NameKey.Length > 0 && MayReachJaroWinkler90(a, b) && JaroWinkler.Similarity(a.NameKey, b.NameKey) >= 0.9;

    /// <summary>
    /// The frequency of the rarest name part (phonetic key) two records share, or 0 when they share none: the rarest, since
    /// it is the least likely coincidence.
    /// </summary>
    private static float RarestSharedPart(ResolverRecord a, ResolverRecord b)
    {
        float best = 0;
        int i = 0, j = 0;
        while (i < a.TokenKeys.Length && j < b.TokenKeys.Length)
        {
            var c = string.CompareOrdinal(a.TokenKeys[i], b.TokenKeys[j]);
            if (c == 0)
            {
                var f = a.TokenFrequencies[i];
                best = best == 0 ? f : Math.Min(best, f);
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return best;
    }

    /// <summary>
    /// Least similarity of two parts (weighted edit distance) for one to be the other's counterpart in
    /// <see cref="HasUnmatchedPart"/>. 1M generated records: 0.40 → F1 0.9498 (unaligned), 0.45 → 0.9498, 0.50 → 0.9499,
    /// 0.55 → 0.9500, 0.60 → 0.9499, 0.65 → 0.9496; 300k 0.50 → 0.9635, 0.55 → 0.9643; `fake_20000` 0.9680 / 0.9679.
    /// </summary>
    internal const double Alike = 0.55;

    /// <summary>
    /// True when a part of the name with fewer parts (initials and particles aside) is like no part of the other: not the
    /// same phonetic key or canonical form (nicknames), not the start of one (a compound written as one word), not at
    /// least <see cref="Alike"/> alike letter by letter, and not the first letter of an initial. A part the other name
    /// lacks is not counted: the longer name's extra parts are dropped surnames or middle names.
    /// </summary>
    internal static bool HasUnmatchedPart(ResolverRecord a, ResolverRecord b)
    {
        if (a.Entity.Names.Length == 0 || b.Entity.Names.Length == 0)
        {
            return false;
        }

        var ta = a.Entity.Names[0].Tokens;
        var tb = b.Entity.Names[0].Tokens;
        var (shorter, longer) = CountedParts(ta) <= CountedParts(tb) ? (ta, tb) : (tb, ta);
        foreach (var x in shorter)
        {
            if (Counted(x) && !HasCounterpart(x, longer))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Counted(NameToken t) => !t.IsParticle && !t.IsInitial && t.Fold.Length >= 2;

    private static int CountedParts(NameToken[] tokens)
    {
        var n = 0;
        foreach (var t in tokens)
        {
            n += Counted(t) ? 1 : 0;
        }

        return n;
    }

    private static bool HasCounterpart(NameToken x, NameToken[] others)
    {
        // The cheap tests on every part first: most parts have an equal counterpart.
        foreach (var y in others)
        {
            if (y.IsParticle || y.Fold.Length == 0)
            {
                continue;
            }

            if (y.IsInitial ? y.Fold[0] == x.Fold[0]
                : string.Equals(x.Key, y.Key, StringComparison.Ordinal) || string.Equals(x.CanonicalFold, y.CanonicalFold, StringComparison.Ordinal)
                    || y.Fold.StartsWith(x.Fold, StringComparison.Ordinal) || x.Fold.StartsWith(y.Fold, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var y in others)
        {
            if (!y.IsParticle && !y.IsInitial && y.Fold.Length > 0
                && (EditDistance.Similarity(x.Fold, y.Fold, Alike) >= Alike || EditDistance.Similarity(x.CanonicalFold, y.CanonicalFold, Alike) >= Alike))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the whole names use nearly the same letters in any order (at least 90 % of the longer name's letters are
    /// shared, lengths within two): slips inside the parts ("Durarani" / "Druraoni", three edits in eight letters) defeat
    /// the aligner and Jaro–Winkler alike, not the count of letters. 1M generated records F1 +0.0002, `fake_20000` 0.9671
    /// → 0.9680; 85 %: 1M −0.0002.
    /// </summary>
    internal static bool SameLetters(ResolverRecord a, ResolverRecord b)
    {
        if (a.NameKey.Length is 0 or > 255 || b.NameKey.Length is 0 or > 255 || Math.Abs(a.NameKey.Length - b.NameKey.Length) > 2)
        {
            return false;
        }

        return TokenPrefilter.Shared(a.NameKeyLetters, b.NameKeyLetters) >= 0.9 * Math.Max(a.NameKey.Length, b.NameKey.Length);
    }

    /// <summary>
    /// True when the whole names (tokens sorted) are one typing slip apart ("lu weijun" / "liu weijun"): Jaro–Winkler reads
    /// an early inserted letter in a short name as far (0.89).
    /// </summary>
    internal static bool OneSlipApart(ResolverRecord a, ResolverRecord b) =>
        a.NameKey.Length > 0 && b.NameKey.Length > 0 && Math.Abs(a.NameKey.Length - b.NameKey.Length) <= 1 && EditDistance.Operations(a.NameKey, b.NameKey, 2) <= 1;

    /// <summary>
    /// False when the whole names cannot reach Jaro–Winkler 0.9, proved from their character counts and common prefix:
    /// the m matching characters are at most the shared counts and Jaro ≤ (m/|a| + m/|b| + 1)/3. Most pairs that reach
    /// this test share one name part or none, and the Jaro–Winkler of whole names was a fifth of the comparison's time.
    /// </summary>
    internal static bool MayReachJaroWinkler90(ResolverRecord a, ResolverRecord b)
    {
        if (a.NameKey.Length > 255 || b.NameKey.Length > 255)
        {
            return true;
        }

        var m = TokenPrefilter.Shared(a.NameKeyLetters, b.NameKeyLetters);

        // The prefix bonus is exact: JW = Jaro + p·0.1·(1 − Jaro) for the common prefix p ≤ 4, so 0.9 needs
        // Jaro ≥ (0.9 − 0.1p) / (1 − 0.1p), i.e. m/|a| + m/|b| ≥ 3·that − 1 (1.7 without a common first letter).
        var prefix = 0;
        while (prefix < 4 && prefix < a.NameKey.Length && prefix < b.NameKey.Length && a.NameKey[prefix] == b.NameKey[prefix])
        {
            prefix++;
        }

        var jaro = (0.9 - (0.1 * prefix)) / (1 - (0.1 * prefix));
        return ((double)m / a.NameKey.Length) + ((double)m / b.NameKey.Length) >= (3 * jaro) - 1 - 1e-9;
    }

    /// <summary>True when both records have a value of a strong identifier (document, phone, e-mail) and one value is shared.</summary>
    public static bool SharesIdentifier(ReadOnlySpan<int> levels) => levels[Document] == DocumentEqual || levels[Phone] == 1 || levels[Email] == 2;

    /// <summary>True when both packed dates are full and 1 to 31 days apart.</summary>
    internal static bool WithinAMonth(int a, int b) =>
        PartialDate.DayNumber(a) is { } x && PartialDate.DayNumber(b) is { } y && Math.Abs(x - y) is >= 1 and <= 31;

    /// <summary>
    /// Dates two or more years apart: "ten years apart, within two months" (1982-07-26 / 1992-07-21: the decade's digit
    /// mistyped, or an age miscounted by ten, often with the day also off), "nine or eleven" (that and a year), else
    /// "different". Splink's synthetic records shift a fifth of their duplicates' dates this way; EM weighs the levels, so
    /// data without such errors give them the weight of any other date that far off.
    /// </summary>
    internal static int DecadeLevel(int a, int b)
    {
        if (PartialDate.DayNumber(a) is not { } x || PartialDate.DayNumber(b) is not { } y)
        {
            return 0;
        }

        var days = Math.Abs(x - y);
        return Math.Abs(days - 3652) <= 62 ? BirthDecade : Math.Abs(days - 3287) <= 62 || Math.Abs(days - 4018) <= 62 ? BirthDecadeAndYear : 0;
    }

    /// <summary>True when both records hold a document, phone or e-mail of the same kind and the values differ (other people, or another passport).</summary>
    public static bool IdentifierDiffers(ReadOnlySpan<int> levels) => levels[Document] == 0 || levels[Phone] == 0 || levels[Email] == 0;

    /// <summary>The same test on two records, without comparing anything else.</summary>
    public static bool SharesIdentifier(ResolverRecord a, ResolverRecord b) =>
        Overlap(a.Entity.Documents, b.Entity.Documents) == 1 || Overlap(a.Entity.Phones, b.Entity.Phones) == 1 || EmailLevel(a.Emails, b.Emails) == 2;

    /// <summary>
    /// True when the birth dates contradict (both known, two or more years apart) and no strong identifier is shared:
    /// such a pair never links, as EM cannot tell a parent or sibling with the same name from a duplicate.
    /// </summary>
    /// <remarks>Dates a decade apart count as contradicting here: where dates decide, such data do not shift decades.</remarks>
    public static bool Contradicts(ReadOnlySpan<int> levels) => levels[Birth] is 0 or BirthDecade or BirthDecadeAndYear && !SharesIdentifier(levels);

    /// <summary>
    /// Family names as sets: a surname on each side without a similar one on the other is a conflict (a namesake with
    /// another maternal surname); a surname on one side only is a dropped surname (common in duplicates), no conflict.
    /// </summary>
    private static bool SurnamesConflict(NameToken[] a, NameToken[] b) => a.Length > 0 && b.Length > 0 && Unmatched(a, b) > 0 && Unmatched(b, a) > 0;

    private static int Unmatched(NameToken[] a, NameToken[] b)
    {
        var left = 0;
        foreach (var x in a)
        {
            var found = false;
            foreach (var y in b)
            {
                if (ReferenceEquals(x, y) || string.Equals(x.Key, y.Key, StringComparison.Ordinal) || JaroWinkler.Similarity(x.Fold, y.Fold) >= 0.85)
                {
                    found = true;
                    break;
                }
            }

            left += found ? 0 : 1;
        }

        return left;
    }

    /// <summary>
    /// Documents as levels: equal (a shared number), one character off (one substituted character or two adjacent ones
    /// swapped, the commonest typing errors: FEBRL's 9384379 / 9384397), different, or −1 when a side has none.
    /// </summary>
    internal static int DocumentLevel(string[] a, string[] b)
    {
        var level = Overlap(a, b);
        if (level != 0)
        {
            return level < 0 ? -1 : DocumentEqual;
        }

        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (OneCharacterOff(x, y))
                {
                    return 1;
                }
            }
        }

        return 0;
    }

    /// <summary>Same length (5 characters or more) and one edit apart: at equal length, one position differs or two adjacent positions are swapped.</summary>
    internal static bool OneCharacterOff(string x, string y) =>
        x.Length == y.Length && x.Length >= 5 && EditDistance.Operations(x, y, 2) == 1;

    private static int Overlap(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return -1;
        }

        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    return 1;
                }
            }
        }

        return 0;
    }

    private static int EmailLevel(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return -1;
        }

        var level = 0;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    return 2;
                }

                // Typed e-mails: one or two wrong, missing or swapped characters.
                if (level == 0 && Math.Abs(x.Length - y.Length) <= 3 && EditDistance.Similarity(x, y) >= 0.8)
                {
                    level = 1;
                }
            }
        }

        return level;
    }

    private static int TextLevel(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return -1;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 2;
        }

        return JaroWinkler.Similarity(a, b) >= 0.88 ? 1 : 0;
    }
}

/// <summary>One feature of the comparison vector: its name, level names and prior m and u per level (kept in step by construction).</summary>
internal sealed record FeatureSpec
{
    public FeatureSpec(string name, string[] levels, double[] priorM, double[] priorU)
    {
        if (priorM.Length != levels.Length || priorU.Length != levels.Length)
        {
            throw new ArgumentException($"Feature '{name}': one prior m and u per level.");
        }

        (Name, Levels, PriorM, PriorU) = (name, levels, priorM, priorU);
    }

    public string Name { get; }

    public string[] Levels { get; }

    public double[] PriorM { get; }

    public double[] PriorU { get; }
}
