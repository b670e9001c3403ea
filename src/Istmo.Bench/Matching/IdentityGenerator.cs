using System.Globalization;
using System.Text;
using Istmo.Matching;

namespace Istmo.Bench.Matching;

/// <summary>A synthetic person: the truth from which records and variants are derived.</summary>
public sealed record Identity(
    string Id, string Culture, string Sex, string[] Given, string Paternal, string? Maternal,
    PartialDate BirthDate, string Nationality, string? Document, string? Phone, string? CyrillicName)
{
    /// <summary>Full name in the culture's usual order.</summary>
    public string FullName => Culture == "CN"
        ? $"{Paternal} {string.Join(' ', Given)}"
        : string.Join(' ', Given.Append(Paternal).Concat(Maternal is null ? [] : [Maternal]));
}

/// <summary>A labelled pair of entities for pairwise evaluation.</summary>
public sealed record LabelledPair(MatchEntity A, MatchEntity B, bool IsMatch, string Kind);

/// <summary>
/// Seeded generator of Panamanian and migrant identities (PA, CO, VE, CU, EC, HT, CN, IN, AF/Arabic, RU/UA) and their noisy variants.
/// Same seed, same output. Variants: accents lost, case changes, typos (confusable, random, transposition), dropped or swapped surnames,
/// surname-first with comma, nicknames, romanisation variants, Cyrillic script, merged/split compounds, initials, birth-date errors
/// (year only, day/month swapped, ±1 year, missing). Hard negatives: siblings, namesakes with other birth dates, Juan/Juana twins, parent/child.
/// </summary>
public sealed class IdentityGenerator(int seed)
{
    private static readonly (string Culture, double Weight)[] Cultures =
        [("PA", 0.34), ("CO", 0.14), ("VE", 0.14), ("CU", 0.05), ("EC", 0.05), ("HT", 0.08), ("CN", 0.06), ("IN", 0.04), ("AF", 0.05), ("RU", 0.05)];

    private readonly Random _rng = new(seed);
    private int _next;

    /// <summary>The random source (exposed so callers can draw in the same deterministic sequence).</summary>
    public Random Random => _rng;

    /// <summary>Creates a new identity with a unique id.</summary>
    public Identity NextIdentity(string prefix = "p")
    {
        var culture = Pick(Cultures);
        var female = _rng.NextDouble() < 0.5;
        var id = prefix + (_next++).ToString(CultureInfo.InvariantCulture);
        var year = 1945 + _rng.Next(62);
        var month = 1 + _rng.Next(12);
        var day = 1 + _rng.Next(DateTime.DaysInMonth(year, month));
        var dob = new PartialDate(year, month, day);
        string[] given;
        string paternal;
        string? maternal = null;
        string? cyrillic = null;
        switch (culture)
        {
            case "HT":
                given = Given(female ? NameData.HaitianFemale : NameData.HaitianMale, 0.35);
                paternal = Zipf(NameData.HaitianSurnames);
                break;
            case "CN":
                given = [_rng.NextDouble() < 0.3 ? Zipf(NameData.ChineseGiven) : TwoSyllables()];
                paternal = Zipf(NameData.ChineseSurnames);
                break;
            case "IN":
                given = Given(female ? NameData.IndianFemalePool : NameData.IndianMalePool, 0.1);

                // Many Indian passports carry the father's given name as a middle name (Rahul Suresh Patil).
                given = _rng.NextDouble() < 0.35 ? [.. given, ZipfOtherThan(NameData.IndianMalePool, given[0])] : given;
                paternal = Zipf(NameData.IndianSurnames);
                break;
            case "AF":
                given = Given(female ? NameData.ArabicFemale : NameData.ArabicMale, 0.3);

                // Many Afghans have no family name: the father's given name stands as the surname.
                paternal = _rng.NextDouble() < 0.35 ? ZipfOtherThan(NameData.ArabicMale, given[0]) : Zipf(NameData.ArabicSurnames);
                break;
            case "RU":
                var g = Zipf(female ? NameData.SlavicFemale : NameData.SlavicMale).Split('|');
                var s = Zipf(NameData.SlavicSurnamePool).Split('|');
                var father = Zipf(NameData.SlavicMale).Split('|')[1];
                var patronymic = RussianPatronymics.Of(father, female);
                given = [g[0], IcaoCyrillic.Romanise(patronymic)];
                var feminine = female && IsRussianMasculineSurname(s[0]);
                paternal = feminine ? s[0] + "a" : s[0];
                var surnameCyrillic = feminine ? s[1] + "а" : s[1];

                // Russian documents write the surname first (Петров Иван Сергеевич) as often as last.
                cyrillic = _rng.NextDouble() < 0.5 ? $"{surnameCyrillic} {g[1]} {patronymic}" : $"{g[1]} {patronymic} {surnameCyrillic}";
                break;
            default:
                given = Given(female ? NameData.HispanicFemale : NameData.HispanicMale, 0.45);
                paternal = Zipf(NameData.HispanicSurnames);
                maternal = Zipf(NameData.HispanicSurnames);
                break;
        }

        var nationality = culture switch { "AF" => _rng.NextDouble() < 0.6 ? "AFG" : "SYR", "RU" => _rng.NextDouble() < 0.5 ? "RUS" : "UKR", _ => culture };
        var document = _rng.NextDouble() < 0.5
            ? culture == "PA"
                ? $"{1 + _rng.Next(13)}-{_rng.Next(100, 999)}-{_rng.Next(100, 9999)}"
                : $"{culture}{_rng.Next(1_000_000, 9_999_999)}"
            : null;
        var phone = _rng.NextDouble() < 0.3 ? $"+507 6{_rng.Next(100, 999)}-{_rng.Next(1000, 9999)}" : null;
        return new Identity(id, culture, female ? "F" : "M", given, paternal, maternal, dob, nationality, document, phone, cyrillic);
    }

    /// <summary>The clean entity of an identity (as a watchlist or registry would hold it).</summary>
    public static MatchEntity ToEntity(Identity p, string? id = null) => new()
    {
        Id = id ?? p.Id,
        Names = [p.FullName],
        BirthDate = p.BirthDate,
        Sex = p.Sex,
        Nationalities = [p.Nationality],
        DocumentNumbers = p.Document is null ? [] : [p.Document],
        Phones = p.Phone is null ? [] : [p.Phone],
    };

    /// <summary>A noisy record of the same identity (1–3 name edits, date errors, facts sometimes missing).</summary>
    /// <param name="p">The identity.</param>
    /// <param name="id">Record id.</param>
    /// <param name="keepBirthDate">Keep the exact birth date (hard negatives: without it the label could not be known from the data).</param>
    public MatchEntity Variant(Identity p, string id, bool keepBirthDate = false)
    {
        var name = VariantName(p);
        PartialDate? dob = p.BirthDate;
        var r = keepBirthDate ? 1.0 : _rng.NextDouble();
        if (r < 0.12)
        {
            dob = null;
        }
        else if (r < 0.22)
        {
            dob = new PartialDate(p.BirthDate.Year);
        }
        else if (r < 0.27 && p.BirthDate.Day <= 12 && p.BirthDate.Day != p.BirthDate.Month)
        {
            dob = new PartialDate(p.BirthDate.Year, p.BirthDate.Day, p.BirthDate.Month);
        }
        else if (r < 0.32)
        {
            // A one-digit year typo keeps the day and month; only 29 February of a leap year has to move.
            var year = p.BirthDate.Year + (_rng.NextDouble() < 0.5 ? -1 : 1);
            dob = new PartialDate(year, p.BirthDate.Month, Math.Min(p.BirthDate.Day!.Value, DateTime.DaysInMonth(year, p.BirthDate.Month!.Value)));
        }

        return new MatchEntity
        {
            Id = id,
            Names = [name],
            BirthDate = dob,
            Sex = _rng.NextDouble() < 0.8 ? p.Sex : null,
            Nationalities = _rng.NextDouble() < 0.7 ? [p.Nationality] : [],
            DocumentNumbers = p.Document is not null && _rng.NextDouble() < 0.4 ? [NoisyDocument(p.Document)] : [],
            Phones = p.Phone is not null && _rng.NextDouble() < 0.4 ? [p.Phone.Replace("+507 ", "", StringComparison.Ordinal)] : [],
        };
    }

    /// <summary>A different person who is easy to confuse with <paramref name="p"/> (sibling, namesake, gender twin, parent/child).</summary>
    public (Identity Person, string Kind) HardNegative(Identity p)
    {
        var other = NextIdentity("n");
        var r = _rng.NextDouble();
        var year = p.BirthDate.Year;
        if (r < 0.35)
        {
            // Sibling: same surnames, another given name, born a few years apart.
            var pool = p.Culture switch
            {
                "HT" => p.Sex == "F" ? NameData.HaitianFemale : NameData.HaitianMale,
                "CN" => NameData.ChineseGiven,
                "IN" => p.Sex == "F" ? NameData.IndianFemalePool : NameData.IndianMalePool,
                "AF" => p.Sex == "F" ? NameData.ArabicFemale : NameData.ArabicMale,
                "RU" => (p.Sex == "F" ? NameData.SlavicFemale : NameData.SlavicMale).Select(x => x.Split('|')[0]).ToArray(),
                _ => p.Sex == "F" ? NameData.HispanicFemale : NameData.HispanicMale,
            };
            string g;
            do
            {
                g = pool[_rng.Next(pool.Length)];
            }
            while (p.Given.Contains(g));
            return (other with { Culture = p.Culture, Sex = p.Sex, Given = p.Culture == "RU" ? [g, p.Given[1]] : [g], Paternal = p.Paternal, Maternal = p.Maternal, BirthDate = Shift(p.BirthDate, 2 + _rng.Next(9)), Nationality = p.Nationality, CyrillicName = null }, "sibling");
        }

        if (r < 0.6)
        {
            // Namesake: same given and paternal surname, other maternal surname, other birth date.
            var maternal = p.Maternal is null ? null : Zipf(NameData.HispanicSurnames);
            return (other with { Culture = p.Culture, Sex = p.Sex, Given = p.Given, Paternal = p.Paternal, Maternal = maternal == p.Maternal ? "Zamora" : maternal, BirthDate = Shift(p.BirthDate, 3 + _rng.Next(20)), CyrillicName = null }, "namesake");
        }

        if (r < 0.8 && NameData.GenderTwins.TryGetValue(p.Given[0], out var twin))
        {
            return (other with { Culture = p.Culture, Sex = p.Sex == "M" ? "F" : "M", Given = [twin, .. p.Given.Skip(1)], Paternal = p.Paternal, Maternal = p.Maternal, BirthDate = Shift(p.BirthDate, 1 + _rng.Next(5)), CyrillicName = null }, "gender-twin");
        }

        // Parent or child with the same name, a generation apart.
        return (other with { Culture = p.Culture, Sex = p.Sex, Given = p.Given, Paternal = p.Paternal, Maternal = p.Maternal, BirthDate = Shift(p.BirthDate, 22 + _rng.Next(12)), Nationality = p.Nationality, CyrillicName = null }, "parent-child");
    }

    /// <summary>Labelled pairs: positives (identity vs its noisy variant) and hard negatives, half each.</summary>
    public List<LabelledPair> Pairs(int count)
    {
        var list = new List<LabelledPair>(count);
        for (int i = 0; i < count; i++)
        {
            var p = NextIdentity("x");
            if (i % 2 == 0)
            {
                list.Add(new LabelledPair(Variant(p, p.Id + "v"), ToEntity(p), true, "variant"));
            }
            else
            {
                var (n, kind) = HardNegative(p);
                list.Add(new LabelledPair(Variant(n, n.Id + "v", keepBirthDate: true), ToEntity(p), false, kind));
            }
        }

        return list;
    }

    private PartialDate Shift(PartialDate d, int years)
    {
        var y = _rng.NextDouble() < 0.5 ? d.Year - years : d.Year + years;
        y = Math.Clamp(y, 1900, 2020);
        var m = 1 + _rng.Next(12);
        return new PartialDate(y, m, 1 + _rng.Next(28));
    }

    private string VariantName(Identity p)
    {
        if (p.CyrillicName is not null && _rng.NextDouble() < 0.3)
        {
            return p.CyrillicName;
        }

        var given = p.Given.ToList();
        if (p.Culture == "RU" && given.Count > 1 && _rng.NextDouble() < 0.5)
        {
            given.RemoveAt(1); // a passport in Latin letters prints no patronymic
        }

        var paternal = p.Paternal;
        var maternal = p.Maternal;
        var surnameFirst = false;
        var swapSurnames = false;
        var edits = 1 + (_rng.NextDouble() < 0.4 ? 1 : 0) + (_rng.NextDouble() < 0.15 ? 1 : 0);
        for (int e = 0; e < edits; e++)
        {
            switch (_rng.Next(10))
            {
                case 0 when maternal is not null:
                    maternal = null; // maternal surname dropped
                    break;
                case 1 when given.Count > 1:
                    if (_rng.NextDouble() < 0.5)
                    {
                        given.RemoveAt(1);
                    }
                    else
                    {
                        given[1] = given[1][..1] + ".";
                    }

                    break;
                case 2:
                    surnameFirst = true;
                    break;
                case 3 when NameData.Nicknames.TryGetValue(given[0], out var nicks):
                    given[0] = nicks[_rng.Next(nicks.Length)];
                    break;
                case 4:
                    if (NameData.Spellings.TryGetValue(paternal, out var sp))
                    {
                        paternal = sp[_rng.Next(sp.Length)];
                    }
                    else if (NameData.Spellings.TryGetValue(given[0], out var gp))
                    {
                        given[0] = gp[_rng.Next(gp.Length)];
                    }
                    else
                    {
                        paternal = Typo(paternal);
                    }

                    break;
                case 5 when maternal is not null && _rng.NextDouble() < 0.3:
                    swapSurnames = true;
                    break;
                case 6 when given.Count > 1 && p.Culture is not ("CN" or "RU"):
                    given = [given[0] + given[1].ToLowerInvariant()]; // compound given names merged
                    break;
                case 7 when paternal.Contains(' ', StringComparison.Ordinal):
                    paternal = paternal.Replace(" ", "", StringComparison.Ordinal); // De la Cruz → Delacruz
                    break;
                default:
                    var which = _rng.Next(3);
                    if (which == 0)
                    {
                        given[0] = Typo(given[0]);
                    }
                    else if (which == 1 || maternal is null)
                    {
                        paternal = Typo(paternal);
                    }
                    else
                    {
                        maternal = Typo(maternal);
                    }

                    break;
            }
        }

        var family = swapSurnames && maternal is not null ? $"{maternal} {paternal}" : maternal is null ? paternal : $"{paternal} {maternal}";
        var name = p.Culture == "CN"
            ? $"{family} {string.Join(' ', given)}"
            : surnameFirst ? $"{family}, {string.Join(' ', given)}" : $"{string.Join(' ', given)} {family}";
        var c = _rng.NextDouble();
        if (c < 0.4)
        {
            name = StripAccents(name);
        }

        if (c < 0.25)
        {
            name = name.ToUpperInvariant();
        }

        return name;
    }

    private static readonly (string From, string To)[] Confusions =
        [("v", "b"), ("b", "v"), ("z", "s"), ("s", "z"), ("c", "s"), ("y", "ll"), ("ll", "y"), ("h", ""), ("j", "g"), ("g", "j"), ("i", "y"), ("qu", "k"), ("x", "j"), ("ñ", "n"), ("ss", "s"), ("ph", "f")];

    /// <summary>One realistic typo: a confusable spelling, or a substitution, deletion, insertion or transposition.</summary>
    public string Typo(string s)
    {
        if (s.Length < 3)
        {
            return s;
        }

        var r = _rng.NextDouble();
        if (r < 0.4)
        {
            foreach (var (from, to) in Confusions.OrderBy(_ => _rng.Next()))
            {
                var at = s.IndexOf(from, 1, StringComparison.OrdinalIgnoreCase);
                if (at > 0)
                {
                    return s[..at] + to + s[(at + from.Length)..];
                }
            }
        }

        var i = 1 + _rng.Next(s.Length - 2);
        const string letters = "aeiourlnstmcd";
        return (r * 4 % 1) switch
        {
            < 0.3 => s[..i] + letters[_rng.Next(letters.Length)] + s[(i + 1)..],
            < 0.55 => s.Remove(i, 1),
            < 0.8 => s.Insert(i, letters[_rng.Next(letters.Length)].ToString()),
            _ => s[..i] + s[i + 1] + s[i] + s[(i + 2)..],
        };
    }

    private static string StripAccents(string s)
    {
        var d = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var ch in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(ch);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private string NoisyDocument(string doc) => _rng.NextDouble() < 0.5 ? doc.Replace("-", " ", StringComparison.Ordinal) : doc;

    /// <summary>A rank-weighted name other than <paramref name="other"/>: a second given name, or a father's name beside the child's own.</summary>
    private string ZipfOtherThan(string[] pool, string other)
    {
        string name;
        do
        {
            name = Zipf(pool);
        }
        while (name == other);
        return name;
    }

    // Surnames in -ov, -ev and -in take -a for a woman (Petrov / Petrova); Ukrainian -enko and -uk do not change.
    private static bool IsRussianMasculineSurname(string latin) =>
        latin.EndsWith("ov", StringComparison.Ordinal) || latin.EndsWith("ev", StringComparison.Ordinal) || latin.EndsWith("in", StringComparison.Ordinal);

    /// <summary>A Chinese given name of two syllables written as one word, capitalised (Jianguo).</summary>
    private string TwoSyllables()
    {
        var first = Zipf(NameData.ChineseSyllables);
        var second = Zipf(NameData.ChineseSyllables);
        return char.ToUpperInvariant(first[0]) + first[1..] + second;
    }

    private string[] Given(string[] pool, double secondProbability)
    {
        var first = Zipf(pool);
        if (_rng.NextDouble() >= secondProbability)
        {
            return [first];
        }

        return [first, ZipfOtherThan(pool, first)];
    }

    /// <summary>Rank-weighted draw (weight ∝ 1/(rank+10)): common names are more frequent, as in real populations.</summary>
    private string Zipf(string[] pool)
    {
        // Inverse-CDF of a truncated harmonic-like distribution.
        var total = 0.0;
        for (int i = 0; i < pool.Length; i++)
        {
            total += 1.0 / (i + 10);
        }

        var x = _rng.NextDouble() * total;
        for (int i = 0; i < pool.Length; i++)
        {
            x -= 1.0 / (i + 10);
            if (x <= 0)
            {
                return pool[i];
            }
        }

        return pool[^1];
    }

    private string Pick((string, double)[] items)
    {
        var x = _rng.NextDouble();
        foreach (var (v, w) in items)
        {
            x -= w;
            if (x <= 0)
            {
                return v;
            }
        }

        return items[^1].Item1;
    }
}
