namespace Istmo.Matching;

/// <summary>Letter-by-letter romanisation of Cyrillic (ICAO 9303), Greek and basic Arabic, plus Latin letters without decomposition,
/// and a fold of German/French/Polish romanisations of Slavic surnames to the English spelling.</summary>
internal static class Transliteration
{
    private static readonly Dictionary<char, string> Map = Build();

    /// <summary>Returns the Latin lower-case form of a letter, or null when the letter is kept as is.</summary>
    public static string? Romanise(char c) => Map.TryGetValue(c, out var s) ? s : null;

    // Endings of Slavic surnames as romanised by English (BGN/PCGN), German, French, Polish or ISO-like schemes.
    private static readonly string[] SlavicEndings =
    [
        "ow", "owa", "ew", "ewa", "ov", "ova", "ev", "eva", "off", "eff", "sky", "ski", "skiy", "skij", "skii", "skaya", "skaia",
        "skaja", "witsch", "wytsch", "vich", "vitch", "wicz", "enko", "chuk", "tschuk",
    ];

    // Scheme spellings folded to the English one, longest first: German schtsch/tsch/sch/w, French chtch/tch/ou, Polish cz/sz.
    private static readonly (string From, string To)[] SlavicSpellings =
    [
        ("schtsch", "shch"), ("chtch", "shch"), ("szcz", "shch"), ("witsch", "vich"), ("wytsch", "vich"), ("vitch", "vich"),
        ("wicz", "vich"), ("tsch", "ch"), ("tch", "ch"), ("sch", "sh"), ("cz", "ch"), ("sz", "sh"), ("ou", "u"), ("w", "v"),
    ];

    /// <summary>Folds a Latin token that looks like a romanised Slavic surname (ends in -ov/-ow/-ski/-sky/-vich/-witsch/-enko...)
    /// to English-style spelling: Gorbatschow → gorbachov, Chodorkowski → chodorkovski, Dworkowitsch → dvorkovich,
    /// Jakowlew → yakovlev, Khrouchtchev → khrushchev; -sky/-skiy/-skij → -ski, -off/-eff → -ov/-ev. Other tokens are returned as is.</summary>
    public static string FoldSlavicLatin(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length < 5 || !HasSlavicEnding(token))
        {
            return token;
        }

        var sb = new System.Text.StringBuilder(token.Length + 2);
        for (int i = 0; i < token.Length;)
        {
            var replaced = false;
            foreach (var (from, to) in SlavicSpellings)
            {
                if (string.CompareOrdinal(token, i, from, 0, from.Length) == 0)
                {
                    sb.Append(to);
                    i += from.Length;
                    replaced = true;
                    break;
                }
            }

            if (!replaced)
            {
                // German/Dutch j before a vowel at the start is the English y (Jakowlew, Jelzin).
                sb.Append(i == 0 && token[0] == 'j' && token.Length > 1 && token[1] is 'a' or 'e' or 'u' ? 'y' : token[i]);
                i++;
            }
        }

        var s = sb.ToString();
        foreach (var (from, to) in (ReadOnlySpan<(string, string)>)[("skiy", "ski"), ("skij", "ski"), ("skii", "ski"), ("sky", "ski"), ("skaia", "skaya"), ("skaja", "skaya"), ("off", "ov"), ("eff", "ev")])
        {
            if (s.EndsWith(from, StringComparison.Ordinal))
            {
                return string.Concat(s.AsSpan(0, s.Length - from.Length), to);
            }
        }

        return s;
    }

    private static bool HasSlavicEnding(string token)
    {
        foreach (var e in SlavicEndings)
        {
            if (token.EndsWith(e, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for Arabic-script letters (U+0600..U+06FF).</summary>
    public static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF';

    private static Dictionary<char, string> Build()
    {
        var m = new Dictionary<char, string>();

        // Cyrillic, ICAO Doc 9303 part 3 (upper and lower case); Й/Ё/Ї are decomposed by NFKD first.
        const string cyr = "а:a б:b в:v г:g д:d е:e ж:zh з:z и:i й:i к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ:ie ы:y ь: э:e ю:iu я:ia є:ie і:i ї:i ґ:g ў:u ј:j ђ:d ћ:c џ:dz љ:lj њ:nj ѕ:dz";
        foreach (var pair in cyr.Split(' '))
        {
            var c = pair[0];
            var s = pair[2..];
            m[c] = s;
            m[char.ToUpperInvariant(c)] = s;
        }

        // Greek (ELOT 743 / ICAO style).
        const string greek = "α:a β:v γ:g δ:d ε:e ζ:z η:i θ:th ι:i κ:k λ:l μ:m ν:n ξ:x ο:o π:p ρ:r σ:s ς:s τ:t υ:y φ:f χ:ch ψ:ps ω:o";
        foreach (var pair in greek.Split(' '))
        {
            var c = pair[0];
            var s = pair[2..];
            m[c] = s;
            m[char.ToUpperInvariant(c)] = s;
        }

        // Basic Arabic (and Persian/Pashto extras); short vowels are not written, so forms are consonantal.
        const string arabic = "ا:a ب:b ت:t ث:th ج:j ح:h خ:kh د:d ذ:dh ر:r ز:z س:s ش:sh ص:s ض:d ط:t ظ:z ع: غ:gh ف:f ق:q ك:k ل:l م:m ن:n ه:h و:w ي:y ى:a ة:a ء: ٱ:a پ:p چ:ch ژ:zh گ:g ک:k ی:y ۀ:a";
        foreach (var pair in arabic.Split(' '))
        {
            m[pair[0]] = pair[2..];
        }

        // Latin letters that NFKD does not decompose.
        const string latin = "ß:ss æ:ae Æ:ae ø:o Ø:o đ:d Đ:d ł:l Ł:l þ:th Þ:th œ:oe Œ:oe ı:i ð:d Ð:d ħ:h Ħ:h ŋ:n Ŋ:n ĸ:k";
        foreach (var pair in latin.Split(' '))
        {
            m[pair[0]] = pair[2..];
        }

        return m;
    }
}
