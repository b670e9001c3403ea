namespace Istmo.Matching;

/// <summary>A blocking rule for entity resolution: records with the same non-null key are compared. Several rules are unioned.</summary>
public sealed class BlockingRule
{
    private readonly Func<MatchEntity, string?>? _entityKey;

    /// <summary>A custom rule keyed on the raw entity (e.g. a registry number).</summary>
    public BlockingRule(string name, Func<MatchEntity, string?> key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(key);
        Name = name;
        _entityKey = key;
    }

    private BlockingRule(string name, Func<ResolverRecord, string?> key)
    {
        Name = name;
        RecordKey = key;
    }

    private BlockingRule(string name, Func<ResolverRecord, IEnumerable<string>> keys)
    {
        Name = name;
        RecordKeys = keys;
    }

    private BlockingRule(string name, Action<ResolverRecord, List<ulong>> hashes)
    {
        Name = name;
        RecordHashes = hashes;
    }

    /// <summary>Rule name (reported in results).</summary>
    public string Name { get; }

    internal Func<ResolverRecord, string?>? RecordKey { get; }

    internal Func<ResolverRecord, IEnumerable<string>>? RecordKeys { get; }

    /// <summary>
    /// Keys as 64-bit hashes appended to a list, for the rules with many keys per record (a name part's prefix times
    /// two date keys): at a million records, building those strings cost more than sorting them.
    /// </summary>
    internal Action<ResolverRecord, List<ulong>>? RecordHashes { get; }

    /// <summary>
    /// False for broad rules compared fully only in small blocks (a fifth of the maximum) and never windowed: they would add
    /// many pairs for little recall. In their larger blocks only undated records meet their neighbours in name order.
    /// </summary>
    internal bool WindowOversized { get; private init; } = true;

    /// <summary>
    /// For a rule that is not windowed: in its blocks above the small-block size, each record also meets this many
    /// neighbours on each side in name order (0: none). At a million records, a common two-letter prefix with one birth
    /// date makes blocks of 11–40 records, whose duplicates (a typo, an exact date) met by no other rule.
    /// </summary>
    internal int LargeBlockWindow { get; private init; }

    /// <summary>
    /// For a rule with <see cref="Involving"/> (undated or year-only records): in its oversized blocks, each such record
    /// also meets this many members whose whole names share the most letters with its own, in any order (0: none). A
    /// typo in each of two other name parts ("Rubén Castllo Casoellus" / "Ruben Casntillo Castelluz", who share only
    /// "Rubén") moves a duplicate far from it in every sort order of a block of thousands, but not in its letters.
    /// </summary>
    internal int LetterNeighbours { get; private init; }

    /// <summary>
    /// When set, only pairs with at least one record of this kind are made (a rule for records that other rules miss):
    /// a block is then compared as those records times all, and in an oversized block they meet their neighbours in name order.
    /// </summary>
    internal Func<ResolverRecord, bool>? Involving { get; private init; }

    /// <summary>
    /// For a rule keyed on single name parts (unmixed hashes): the order, besides the name order, in which the records of an
    /// oversized block (given its key hash) meet their neighbours: the other name parts' keys, so in "Maria"'s block of
    /// thousands a "Maria Gonzales Prez" sorts next to "María González Pérez" whatever comes first. On a rule that is not
    /// <see cref="Involving"/>, its oversized blocks are walked in name order too, besides the date order.
    /// </summary>
    internal Func<ResolverRecord, ulong, string>? RestOrder { get; private init; }

    /// <summary>
    /// True for a rule that runs only where birth dates do not decide (see <see cref="EntityResolver.DecisiveDatesMaxM"/>):
    /// where they do, the date-keyed rules find the duplicates it would, and its blocks would double the pairs compared.
    /// </summary>
    internal bool OnlyWhereDatesDoNotDecide { get; private init; }

    /// <summary>
    /// Every pair of name tokens (Spanish phonetic keys, sorted): records sharing two name parts in any order are compared,
    /// so a typo, a dropped maternal surname, swapped surnames or surname-first order still leave a shared pair.
    /// </summary>
    public static BlockingRule NameTokenPairs { get; } = new("name-token-pair", r => r.TokenPairs);

    /// <summary>Every pair of name tokens' first three letters (sorted), in small blocks only: survives typos after the third letter in both tokens.</summary>
    public static BlockingRule NamePrefixPairs { get; } = new("name-prefix-pair", (ResolverRecord r, List<ulong> keys) => keys.AddRange(r.PrefixPairHashes)) { WindowOversized = false };

    /// <summary>Any name token's first two letters with the full birth date: survives typos in every name part.</summary>
    public static BlockingRule NamePrefixAndBirthDate { get; } = new("name-prefix+dob", r => r.Birth == 0 || (r.Birth & 31) == 0 ? [] : r.Prefixes2.Select(p => p + "|" + r.Birth.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>
    /// Any name token's first two letters with the birth day and month (in either order) and the birth year or the next:
    /// records a year apart or with day and month swapped still meet (a mistyped year is the commonest date error).
    /// </summary>
    public static BlockingRule NamePrefixAndNearBirthDate { get; } = new("name-prefix+near-dob", (ResolverRecord r, List<ulong> keys) => AddCombined(keys, r.Prefixes2Hashes, NearDates(r.Birth)))
    {
        WindowOversized = false,

        // 1M generated records: window 0 F1 0.9297, 2 → 0.9321 (+1.0M pairs), 4 → 0.9321 (+2.0M); the same window on the
        // two prefix-pair rules added 1.8M pairs and nothing else.
        LargeBlockWindow = 2,
    };

    /// <summary>
    /// Any name part's phonetic key with the birth day and month (in either order) and the birth year or the next: the keys
    /// keep consonants only, so typos in the first letters of every part ("Jcaques Dnsir" / "Jacqeus Dezir") still meet.
    /// </summary>
    public static BlockingRule NameTokenAndNearBirthDate { get; } = new("name-token+near-dob", (ResolverRecord r, List<ulong> keys) => AddCombined(keys, r.TokenKeyHashes, NearDates(r.Birth)))
    {
        // 300k generated records: F1 0.9529 → 0.9533; 1M 0.9371 → 0.9376 (+1.0k true pairs, +0.4k false, +2.0M pairs of
        // which most other rules also make: 21.5M compared in all).
        WindowOversized = false,
        LargeBlockWindow = 2,
    };

    /// <summary>
    /// Every pair of name tokens' first three letters (sorted) with the birth year or the next: survives typos after the
    /// third letter and a day, month or year off by one, in blocks far smaller than a surname sound with the year.
    /// </summary>
    public static BlockingRule NamePrefixPairsAndYear { get; } = new("name-prefix-pair+year", (ResolverRecord r, List<ulong> keys) => AddCombined(keys, r.PrefixPairHashes, r.Birth == 0 ? [] : [r.Birth >> 9, (r.Birth >> 9) + 1]))
    {
        WindowOversized = false,
    };

    /// <summary>
    /// Any name token (phonetic key) with the birth year, for records with only a year: the day-and-month rules cannot key
    /// them, and a typo in one of two name parts leaves no shared pair of tokens or prefixes.
    /// </summary>
    public static BlockingRule NameTokenAndYearOfYearOnly { get; } = new("name-token+year (year-only)", (ResolverRecord r, List<ulong> keys) =>
    {
        if (r.Birth != 0)
        {
            AddTokenKeys(r, keys, r.Birth >> 9);
        }
    })
    {
        Involving = r => r.Birth != 0 && (r.Birth & 511) == 0,
        // 1M generated records: F1 0.94996 → 0.95014 (+464 true pairs, +259 false), 300k 0.9643 → 0.9644. Measured before
        // the unaligned-part level, it added about as many false pairs as true ones (0.9470 → 0.9471).
        LetterNeighbours = 3,
    };

    /// <summary>
    /// Any name token (phonetic key), for records without a birth date: they meet the records whose names sort next to
    /// theirs in each name part's block, so a typo in one of two name parts still leaves them a neighbour.
    /// </summary>
    public static BlockingRule NameTokenOfUndated { get; } = new("name-token (undated)", (ResolverRecord r, List<ulong> keys) => AddTokenKeys(r, keys, null))
    {
        Involving = r => r.Birth == 0,
        // 1M generated records: F1 0.9366 → 0.9371 (+0.8k true pairs, +1.7M pairs, +6 s); the same order for year-only
        // records changed nothing at 300k.
        RestOrder = (r, block) => OtherKeys(r, block),
        // 1M generated records: F1 0.9458 → 0.9470 (+1,886 true pairs, +405 false), 300k 0.9604 → 0.9613; 5 neighbours
        // 0.9469. Of the true pairs no rule compared that would link, 4,696 at 1M, most were an undated record with typos
        // in two name parts.
        LetterNeighbours = 3,
    };

    /// <summary>
    /// Any name part's phonetic key, for files whose birth dates do not decide (see <see cref="EntityResolver"/>): every other
    /// rule but the name pairs keys on the date, and there a duplicate's date may be off by years with a typo in a name part
    /// ("Ellie Ellis 2015-11-06" / "Elelie Ellis 2005-12-08"). Oversized blocks are windowed in date order like the others,
    /// and also in name order and in the other name parts' order, since a date years off is no neighbour.
    /// </summary>
    public static BlockingRule NameTokens { get; } = new("name-token", (ResolverRecord r, List<ulong> keys) => AddTokenKeys(r, keys, null))
    {
        OnlyWhereDatesDoNotDecide = true,
        RestOrder = (r, block) => OtherKeys(r, block),
    };

    /// <summary>
    /// Any name part's phonetic key with the birth month and the year's last digit (and the next month), for files whose
    /// dates do not decide: a duplicate whose date is a decade off, often with days off too ("Gracie James 2016-10-10" /
    /// "Gracie 2006-09-14"), meets its person although the name rule's large blocks are walked in date order.
    /// </summary>
    public static BlockingRule NameTokenAndDecadeMonth { get; } = new("name-token+decade-month", (ResolverRecord r, List<ulong> keys) => AddCombined(keys, r.TokenKeyHashes, DecadeMonths(r.Birth)))
    {
        OnlyWhereDatesDoNotDecide = true,
    };

    /// <summary>
    /// The full birth date alone, compared fully in small blocks only, for files whose dates do not decide: their names are
    /// often garbled in every part ("eTddey" / "deTd Walker", same day), so no name key meets, and the town that would pair
    /// them by <see cref="BirthDateAndCity"/> is blank or mistyped. fake_20000 0.9648 → 0.9656 (+22.9k pairs), fake_1000
    /// 0.9878 → 0.9896. Where dates decide, a day holds too many people to be a key.
    /// </summary>
    public static BlockingRule BirthDateAlone { get; } = new("dob", r => r.Birth == 0 || (r.Birth & 31) == 0 ? null : r.Birth.ToString(System.Globalization.CultureInfo.InvariantCulture))
    {
        OnlyWhereDatesDoNotDecide = true,
        WindowOversized = false,
    };

    /// <summary>Every three name tokens (phonetic keys, sorted): splits the blocks of common two-token names.</summary>
    public static BlockingRule NameTokenTriples { get; } = new("name-token-triple", r => r.TokenTriples);

    /// <summary>First given name (canonical fold) and full birth date.</summary>
    public static BlockingRule GivenNameAndBirthDate { get; } = new("given+dob", r => r.Given is null || r.Birth == 0 ? null : r.Given + "|" + r.Birth);

    /// <summary>The two rarest name tokens (sorted, so swapped surnames block together).</summary>
    public static BlockingRule RarestTokenPair { get; } = new("rare-pair", r => r.RarePair);

    /// <summary>First surname's Metaphone code and birth year (typo-tolerant).</summary>
    public static BlockingRule SurnameSoundAndBirthYear { get; } = new("surname-sound+year", r => r.SurnameSound is null || r.Birth == 0 ? null : r.SurnameSound + "|" + (r.Birth >> 9));

    /// <summary>Spanish phonetic keys of given name and first surname (handles missing or wrong birth dates).</summary>
    public static BlockingRule GivenAndSurnameSound { get; } = new("given+surname-sound", r => r.Given is null || r.SurnameKey is null ? null : r.GivenKey + "|" + r.SurnameKey);

    /// <summary>
    /// The full birth date, for records without a name: no name rule keys them, so each meets the records born that day (a
    /// nameless row of a file with its date, city and e-mail: "— — 2015-03-03 Portsmouth evied56@…").
    /// </summary>
    public static BlockingRule BirthDateOfNameless { get; } = new("birth-date (nameless)", r => r.Birth == 0 || (r.Birth & 31) == 0 ? null : r.Birth.ToString(System.Globalization.CultureInfo.InvariantCulture))
    {
        Involving = r => r.Entity.Names.Length == 0,
    };

    /// <summary>
    /// The full birth date with the city: a duplicate whose name is garbled in every part ("Cbmpael" / "Samuel Campbell", born
    /// the same day in the same town) shares no name key with its person. Small blocks only: a big town's births of one day
    /// are many.
    /// </summary>
    public static BlockingRule BirthDateAndCity { get; } = new("dob+city", r => r.City is null || r.Birth == 0 || (r.Birth & 31) == 0 ? null : r.Birth.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + r.City)
    {
        WindowOversized = false,
    };

    /// <summary>Any shared document number (first one).</summary>
    public static BlockingRule Document { get; } = new("document", r => r.Entity.Documents.Length == 0 ? null : r.Entity.Documents[0]);

    /// <summary>Any shared phone (first one).</summary>
    public static BlockingRule Phone { get; } = new("phone", r => r.Entity.Phones.Length == 0 ? null : r.Entity.Phones[0]);

    /// <summary>Any shared e-mail (first one).</summary>
    public static BlockingRule Email { get; } = new("email", r => r.Emails.Length == 0 ? null : r.Emails[0]);

    /// <summary>
    /// The user part of any e-mail (before the @, three characters or more): a typo in the domain ("arthurbooth25@romero-onovan.com"
    /// / "…@romero-donovan.com") leaves it, where the whole address no longer meets.
    /// </summary>
    public static BlockingRule EmailUser { get; } = new("email-user", r => r.Emails.Select(UserPart).OfType<string>().Distinct(StringComparer.Ordinal));

    /// <summary>
    /// The domain of any e-mail (after the @), compared fully in small blocks only: a typo in the user part
    /// ("phoebe.williamn19@dunn.info" / "phoebe.williams19@dunn.info") leaves it, and a private domain is shared by few.
    /// A common provider's block is too large and is skipped.
    /// </summary>
    public static BlockingRule EmailDomain { get; } = new("email-domain", r => r.Emails.Select(DomainPart).OfType<string>().Distinct(StringComparer.Ordinal))
    {
        WindowOversized = false,
    };

    /// <summary>The default union of rules.</summary>
    public static IReadOnlyList<BlockingRule> Defaults { get; } = [NameTokenPairs, NameTokenTriples, NamePrefixPairs, NamePrefixAndNearBirthDate, NameTokenAndNearBirthDate, GivenNameAndBirthDate, NamePrefixPairsAndYear, NameTokenAndYearOfYearOnly, NameTokenOfUndated, BirthDateOfNameless, NameTokens, NameTokenAndDecadeMonth, BirthDateAlone, BirthDateAndCity, Document, Phone, Email, EmailUser, EmailDomain];

    /// <summary>
    /// Date keys of a full birth date: day and month sorted (a swap gives the same key) with the year, and with the next
    /// year (records born in years y and y+1 share the key of y+1). Empty without a full date.
    /// </summary>
    internal static int[] NearDates(int birth)
    {
        if (birth == 0 || (birth & 31) == 0 || ((birth >> 5) & 15) == 0)
        {
            return [];
        }

        // Day and month sorted, then the year in the low 16 bits, so code + 1 is the next year.
        var (year, month, day) = (birth >> 9, (birth >> 5) & 15, birth & 31);
        var (lo, hi) = month <= day ? (month, day) : (day, month);
        var code = (((lo << 5) | hi) << 16) | year;
        return [code, code + 1];
    }

    /// <summary>
    /// The month of a date with a month, counted within its decade (year mod 10 × 12 + month), and the next: two dates whose
    /// months are at most one apart with years a multiple of ten apart share a key. Codes are offset from the
    /// <see cref="NearDates"/> codes' range, so the two kinds never collide.
    /// </summary>
    internal static int[] DecadeMonths(int birth)
    {
        var month = (birth >> 5) & 15;
        if (birth == 0 || month is 0 or > 12)
        {
            return [];
        }

        var code = (1 << 30) | (((birth >> 9) % 10 * 12) + month - 1);
        return [code, code + 1];
    }

    /// <summary>An e-mail's part after the @, or null when it is shorter than four characters (or there is no @).</summary>
    private static string? DomainPart(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at >= 0 && email.Length - at - 1 >= 4 ? email[(at + 1)..] : null;
    }

    /// <summary>An e-mail's part before the @, or null when it is shorter than three characters (or there is no @).</summary>
    private static string? UserPart(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at >= 3 ? email[..at] : null;
    }

    /// <summary>The hash of each distinct token key (a repeated name part keyed twice met itself), combined with the year if given.</summary>
    private static void AddTokenKeys(ResolverRecord r, List<ulong> keys, int? year)
    {
        foreach (var h in r.TokenKeyHashes)
        {
            keys.Add(year is { } y ? ResolverBlocking.Mix(h, y) : h);
        }
    }

    /// <summary>The record's name keys but the one a block was keyed on (sorted, '|'-separated).</summary>
    private static string OtherKeys(ResolverRecord r, ulong block)
    {
        var rest = new List<string>(r.TokenKeys.Length);
        for (int i = 0; i < r.TokenKeys.Length; i++)
        {
            if (r.TokenKeyHashes[i] != block)
            {
                rest.Add(r.TokenKeys[i]);
            }
        }

        return string.Join('|', rest);
    }

    /// <summary>Every name key's hash combined with every date key (keys built without strings).</summary>
    private static void AddCombined(List<ulong> keys, ulong[] nameHashes, int[] dates)
    {
        foreach (var h in nameHashes)
        {
            foreach (var d in dates)
            {
                keys.Add(ResolverBlocking.Mix(h, d));
            }
        }
    }

    internal IEnumerable<string> KeysOf(ResolverRecord r)
    {
        if (RecordKeys is not null)
        {
            return RecordKeys(r);
        }

        var key = RecordKey is not null ? RecordKey(r) : _entityKey!(r.Source);
        return key is null ? [] : [key];
    }
}
