using System.Text;
using System.Text.RegularExpressions;

namespace Istmo.Matching;

/// <summary>
/// Chinese names written in Wade–Giles, as Taiwanese passports and older records do ("Tsai Ing-wen", "Chen Shui-pien",
/// "Mao Tse-tung"), read as pinyin ("Cai Yingwen", "Chen Shuibian", "Mao Zedong"), the spelling of mainland documents and
/// most watchlists. Letter by letter the two systems share little (ts/z, hs/x, -ung/-ong, -ien/-ian), so neither edit
/// distance nor a phonetic key brings them together. A given name written as two or three syllables joined by hyphens, each
/// a Wade–Giles syllable, is the system's mark; other words of the same name are converted too when they carry a letter
/// group only Wade–Giles writes (Hsu, Tsai). Korean (Jong-un, Geun-hye), French (Jean-Pierre) and Arabic (Abdul-Rahman)
/// hyphenated names are not Wade–Giles syllables and are left alone.
/// </summary>
/// <remarks>
/// Without its apostrophe an aspirated initial is written like the plain one (ch'en → chen is pinyin chen; chen is also
/// zhen), so an ambiguous syllable gives both readings; at most <see cref="MaxForms"/> forms per name, plain readings first.
/// </remarks>
internal static partial class WadeGiles
{
    /// <summary>Most pinyin forms added per name.</summary>
    internal const int MaxForms = 4;

    /// <summary>
    /// Factor on the name score of a pinyin form read from Wade–Giles: a reading is not the written name (it may be the
    /// other reading of an aspirated initial), so it never scores 1.00, which means identical names, and the written form
    /// wins a tie.
    /// </summary>
    internal const double Discount = 0.95;

    /// <summary><see cref="Discount"/> when either form is a pinyin reading, else 1.</summary>
    internal static double DiscountOf(NameForm a, NameForm b) => a.RomanisedFrom is null && b.RomanisedFrom is null ? 1 : Discount;

    // Initials, two letters before one; the pinyin of the plain and of the aspirated (apostrophe) reading.
    private static readonly (string Wg, string Plain, string Aspirated)[] Initials =
    [
        ("ch", "zh", "ch"), ("hs", "x", "x"), ("sh", "sh", "sh"), ("ts", "z", "c"), ("tz", "z", "c"), ("ss", "s", "s"), ("sz", "s", "s"),
        ("p", "b", "p"), ("t", "d", "t"), ("k", "g", "k"), ("j", "r", "r"), ("m", "m", "m"), ("f", "f", "f"), ("n", "n", "n"),
        ("l", "l", "l"), ("h", "h", "h"), ("s", "s", "s"), ("w", "w", "w"), ("y", "y", "y"), (string.Empty, string.Empty, string.Empty),
    ];

    // Finals and their pinyin; context rules (o, u, ih, ch before i/ü) are applied in Syllable.
    private static readonly Dictionary<string, string> Finals =
        "a:a o:o e:e eh:e ai:ai ei:ei ao:ao ou:ou an:an en:en ang:ang eng:eng ung:ong erh:er i:i ih:i ia:ia ieh:ie iao:iao iu:iu ien:ian in:in iang:iang ing:ing iung:iong u:u ua:ua uo:uo uai:uai ui:ui uei:ui uan:uan un:un uang:uang ueh:ue uen:un"
            .Split(' ').Select(p => p.Split(':')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    // Letter groups pinyin never writes: a word with one is Wade–Giles wherever it stands.
    private static readonly string[] Marks = ["hs", "ts", "tz", "ss", "sz", "ung", "ih", "ieh", "ien", "ueh"];

    [GeneratedRegex(@"(?<![\p{L}'’ʻ-])[\p{L}'’ʻ]+(?:-[\p{L}'’ʻ]+){1,2}(?![\p{L}'’ʻ-])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex HyphenatedRun();

    [GeneratedRegex(@"[\p{L}'’ʻ]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Word();

    /// <summary>The pinyin forms of a name with a hyphenated Wade–Giles given name ("Tsai Ing-wen": "Cai Yingwen", "Zai
    /// Yingwen"), plain readings first; none for any other name.</summary>
    public static IReadOnlyList<string> PinyinForms(string name)
    {
        // Every name of every query passes here: one without a hyphen allocates nothing.
        if (name.Length > 200 || !name.Contains('-', StringComparison.Ordinal))
        {
            return [];
        }

        var forms = new List<string>();

        // The first hyphenated run of Wade–Giles syllables, then the other words: converted when marked as Wade–Giles, kept
        // otherwise. (Names are at most 200 characters here; the timeout is a guard, and a name that hits it gets no form.)
        var parts = new List<(int Start, int Length, List<string> Readings)>();
        Match run;
        List<string>? given = null;
        try
        {
            run = HyphenatedRun().Match(name);
            while (run.Success && (given = Readings(run.Value, requireMark: false)) is null)
            {
                run = run.NextMatch();
            }

            if (given is null)
            {
                return forms;
            }

            foreach (Match w in Word().Matches(name))
            {
                if ((w.Index < run.Index || w.Index >= run.Index + run.Length) && Readings(w.Value, requireMark: true) is { } r)
                {
                    parts.Add((w.Index, w.Length, r));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return forms;
        }

        parts.Add((run.Index, run.Length, given));
        parts.Sort((a, b) => a.Start.CompareTo(b.Start));
        var seen = new HashSet<string>(StringComparer.Ordinal) { name };
        foreach (var choice in Choices(parts.Select(p => p.Readings.Count).ToArray()))
        {
            var sb = new StringBuilder(name.Length + 4);
            var at = 0;
            for (int i = 0; i < parts.Count; i++)
            {
                sb.Append(name, at, parts[i].Start - at);
                var reading = parts[i].Readings[choice[i]];
                sb.Append(char.ToUpperInvariant(reading[0])).Append(reading, 1, reading.Length - 1);
                at = parts[i].Start + parts[i].Length;
            }

            sb.Append(name, at, name.Length - at);
            var form = sb.ToString();
            if (seen.Add(form))
            {
                forms.Add(form);
                if (forms.Count == MaxForms)
                {
                    break;
                }
            }
        }

        return forms;
    }

    /// <summary>Index choices over parts with the given numbers of readings, fewest non-first readings first.</summary>
    private static IEnumerable<int[]> Choices(int[] counts)
    {
        var all = new List<int[]> { new int[counts.Length] };
        for (int i = 0; i < counts.Length; i++)
        {
            var next = new List<int[]>();
            foreach (var c in all)
            {
                for (int r = 0; r < counts[i]; r++)
                {
                    var copy = (int[])c.Clone();
                    copy[i] = r;
                    next.Add(copy);
                }
            }

            all = next.Count <= 64 ? next : next.GetRange(0, 64);
        }

        return all.OrderBy(c => c.Count(x => x != 0));
    }

    /// <summary>The pinyin readings of a word (its hyphenated syllables joined), or null when a syllable is not Wade–Giles
    /// (or, with <paramref name="requireMark"/>, when no syllable has a letter group only Wade–Giles writes).</summary>
    private static List<string>? Readings(string word, bool requireMark)
    {
        var syllables = word.Split('-');
        var readings = new List<string> { string.Empty };
        var marked = false;
        foreach (var raw in syllables)
        {
            var s = Fold(raw, out var apostrophe);
            if (s is null || Syllable(s, apostrophe) is not { } options)
            {
                return null;
            }

            marked |= apostrophe || Marks.Any(m => s.Contains(m, StringComparison.Ordinal));
            var next = new List<string>(readings.Count * options.Count);
            foreach (var r in readings)
            {
                foreach (var o in options)
                {
                    next.Add(r + o);
                }
            }

            readings = next;
        }

        return requireMark && !marked ? null : readings;
    }

    /// <summary>Lower-case ASCII letters (ü as u) without apostrophes, or null for any other letter or an empty syllable.</summary>
    private static string? Fold(string raw, out bool apostrophe)
    {
        apostrophe = false;
        var sb = new StringBuilder(raw.Length);
        foreach (var ch in raw)
        {
            if (ch is '\'' or '’' or 'ʻ')
            {
                apostrophe |= sb.Length > 0;
                continue;
            }

            var c = char.ToLowerInvariant(ch);
            if (c is 'ü' or 'ǔ')
            {
                c = 'u';
            }
            else if (c is 'ê')
            {
                c = 'e';
            }

            if (c is < 'a' or > 'z')
            {
                return null;
            }

            sb.Append(c);
        }

        return sb.Length is 0 or > 6 ? null : sb.ToString();
    }

    /// <summary>The pinyin of one Wade–Giles syllable (both readings of an ambiguous unmarked initial), or null.</summary>
    private static List<string>? Syllable(string s, bool aspirated)
    {
        foreach (var (wg, plain, asp) in Initials)
        {
            if (!s.StartsWith(wg, StringComparison.Ordinal) || !Finals.TryGetValue(s[wg.Length..], out var final))
            {
                continue;
            }

            var rest = s[wg.Length..];
            switch (wg)
            {
                case "hs" when rest[0] != 'i' && rest[0] != 'u':
                case "" when rest is "u" or "ih" or "ung" or "uo" or "ui" or "uei" or "un" or "uen" or "ua" or "uai" or "uan" or "uang" or "ueh":
                case not ("ch" or "sh" or "j") when rest == "ih":
                    continue;
            }

            // Context: o is e after k and h (ko = ge), uo after dental and retroflex initials (to = duo); u is i after tz and
            // ss (tzu = zi); ch before i or ü is pinyin j/q; yen, yeh and yung are yan, ye and yong.
            final = rest switch
            {
                "o" when wg is "k" or "h" => "e",
                "o" when wg is "t" or "n" or "l" or "s" or "ts" or "tz" or "ch" or "sh" or "j" => "uo",
                "u" when wg is "tz" or "ss" or "sz" => "i",
                "en" when wg is "y" => "an",
                _ => final,
            };

            // A syllable without initial that starts with i is written with y in pinyin (Ing = ying, In = yin, Iu = you).
            if (wg.Length == 0 && rest[0] == 'i')
            {
                final = rest is "i" or "in" or "ing" ? "y" + final : "y" + final[1..];
                final = final == "yu" ? "you" : final;
            }

            var palatal = wg == "ch" && rest[0] == 'i';
            var p = palatal ? "j" : plain;
            var a = palatal ? "q" : asp;
            var readings = new List<string>(2);
            if (!aspirated)
            {
                readings.Add(p + final);
            }

            if ((aspirated || p != a) && !readings.Contains(a + final))
            {
                readings.Add(a + final);
            }

            return readings;
        }

        return null;
    }
}
