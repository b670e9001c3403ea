namespace Istmo.Matching;

/// <summary>
/// Korean given-name syllables in South Korea's Revised Romanization ("Jeong-eun", "Geun-hye", "Yeo-jeong") and in the
/// McCune–Reischauer style of North Korean documents and most sanctions lists ("Jong Un", "Kun Hye", "Yo Jong"). The two
/// write one syllable differently: the vowels 어 and 으 as eo/eu against o/u (ŏ/ŭ without their breves), and the plain
/// initials as g, d, b, j against k, t, p, ch. Both are reduced to one key per syllable.
/// </summary>
/// <remarks>
/// Equivalence needs a vowel written as only Revised Romanization writes it (eo, eu): with consonants alone the key
/// would make other names of other languages alike (Dan/Tan, Bong/Pong).
/// </remarks>
internal static class KoreanSyllables
{
    // Initials, two letters first, and their key letter: plain and aspirated stops fold together, as the two systems
    // write them differently.
    private static readonly (string Written, string Key)[] Initials =
    [
        ("kk", "k"), ("tt", "t"), ("pp", "p"), ("ss", "s"), ("jj", "c"), ("ch", "c"), ("sh", "s"),
        ("g", "k"), ("k", "k"), ("n", "n"), ("d", "t"), ("t", "t"), ("r", "l"), ("l", "l"), ("m", "m"), ("b", "p"),
        ("p", "p"), ("s", "s"), ("j", "c"), ("h", "h"), (string.Empty, string.Empty),
    ];

    // Vowels, longest first, and their key.
    private static readonly (string Written, string Key)[] Vowels =
    [
        ("yeo", "yo"), ("yae", "ye"), ("wae", "we"), ("eo", "o"), ("eu", "u"), ("ae", "e"), ("ya", "ya"), ("ye", "ye"),
        ("wa", "wa"), ("oe", "we"), ("yo", "yo"), ("wo", "wo"), ("we", "we"), ("wi", "wi"), ("yu", "yu"), ("ui", "i"),
        ("a", "a"), ("e", "e"), ("o", "o"), ("u", "u"), ("i", "i"),
    ];

    private static readonly string[] Finals = ["ng", "k", "n", "t", "l", "m", "p", string.Empty];

    /// <summary>Whether two tokens are two romanisations of one Korean syllable.</summary>
    public static bool Equivalent(NameToken a, NameToken b) =>
        ((a.SpellingMarks | b.SpellingMarks) & NameToken.RevisedMark) != 0 && a.KoreanHash == b.KoreanHash && a.KoreanHash != 0
        && string.Equals(a.KoreanKey, b.KoreanKey, StringComparison.Ordinal) && !string.Equals(a.Text, b.Text, StringComparison.Ordinal);

    /// <summary>True when a word writes a vowel as only Revised Romanization does (eo, eu).</summary>
    public static bool RevisedSpelt(string w) =>
        w.Length <= 6 && (w.Contains("eo", StringComparison.Ordinal) || w.Contains("eu", StringComparison.Ordinal));

    /// <summary>The key of a word that is one Korean syllable (initial, vowel, final), or null.</summary>
    public static string? Key(string w)
    {
        if (w.Length is 0 or > 6)
        {
            return null;
        }

        foreach (var (initial, ik) in Initials)
        {
            if (!w.StartsWith(initial, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var (vowel, vk) in Vowels)
            {
                if (string.CompareOrdinal(w, initial.Length, vowel, 0, vowel.Length) != 0 || initial.Length + vowel.Length > w.Length)
                {
                    continue;
                }

                var final = w[(initial.Length + vowel.Length)..];
                if (Array.IndexOf(Finals, final) >= 0)
                {
                    return ik + vk + final;
                }
            }
        }

        return null;
    }
}
