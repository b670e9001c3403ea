namespace Istmo.Matching;

/// <summary>
/// Haitian names written in French spelling (passports, civil records) and as Haitian Creole writes what it hears (an
/// interview at a reception station, a tip): Duvalier / Divalye, François / Franswa, Jacques / Jak, Toussaint / Tousen,
/// Guerline / Gèlin, Beauvais / Bovè, Étienne / Etyèn. Both are reduced to a key of how the name sounds: French vowel
/// spellings (eau, au, oi, ou, eu, ai) to the Creole vowel, silent final letters and a post-vocalic r dropped, c/qu/k, ph/f,
/// g before e/i as j, i before a vowel as y, ü as i.
/// </summary>
/// <remarks>
/// The key is strong medicine for Spanish names (it would make Luna sound like Lina: French u is Creole i), so two words
/// are equivalent only when one of them is written in a way only French writes (eau, oi, ou, qu, ph, -ier, -aint, -ette,
/// ...), their keys agree, and neither is the other plus letters (Jean / Jeanne, Flor / Flores are other names: the
/// comparer's extension rule runs first).
/// </remarks>
internal static class FrenchCreole
{
    private static readonly string[] Inner = ["eau", "au", "oi", "ou", "eu", "ai", "qu", "ph", "gue", "gui"];

    // Spanish names whose au is two vowels (Raúl, Saúl: not Rol, Sol).
    private static readonly HashSet<string> SpanishHiatus = new(StringComparer.Ordinal) { "raul", "saul" };

    private static readonly string[] Endings = ["ier", "ard", "aint", "ain", "ette", "elle", "enne", "les", "nes", "ste", "rre", "sse", "nne", "lle", "ert", "and", "ege"];

    /// <summary>True when a word (normalised: lower case, no accents) is spelt as only French spells.</summary>
    public static bool FrenchSpelt(string w)
    {
        if (SpanishHiatus.Contains(w))
        {
            return false;
        }

        foreach (var m in Inner)
        {
            if (w.Contains(m, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var m in Endings)
        {
            if (w.Length > m.Length + 1 && w.EndsWith(m, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two tokens are the French and Creole (or two French) spellings of one name.</summary>
    /// <remarks>On the hot path of token comparisons: the marks and the keys' hashes, set when the tokens were created, are
    /// tested before the keys.</remarks>
    public static bool Equivalent(NameToken a, NameToken b) =>
        ((a.SpellingMarks | b.SpellingMarks) & NameToken.FrenchMark) != 0 && a.SoundHash == b.SoundHash && a.SoundHash != 0
        && string.Equals(a.SoundKey, b.SoundKey, StringComparison.Ordinal) && !string.Equals(a.Text, b.Text, StringComparison.Ordinal)
        && !Feminine(a.Text, b.Text) && !Feminine(b.Text, a.Text);

    /// <summary>Whether <paramref name="b"/> is <paramref name="a"/> with a doubled consonant and e: the feminine of a French
    /// name (Jean/Jeanne, Michel/Michelle, Daniel/Danielle), another person's name although it sounds alike.</summary>
    private static bool Feminine(string a, string b) =>
        b.Length == a.Length + 2 && b.StartsWith(a, StringComparison.Ordinal) && b[^1] == 'e' && b[^2] == a[^1] && !IsVowel(a[^1]);

    /// <summary>The sound key of a word of three to 30 ASCII letters, or null.</summary>
    public static string? Key(string w) => Key(w, FrenchSpelt(w));

    /// <summary>The sound key of a word whose <see cref="FrenchSpelt"/> is known (a token computes it once for both); g
    /// before e or i is soft (j) only in a French spelling: Creole writes that sound j and keeps g hard (Gèlin).</summary>
    internal static string? Key(string w, bool french)
    {
        if (w.Length is < 3 or > 30)
        {
            return null;
        }

        foreach (var c in w)
        {
            if (c is < 'a' or > 'z')
            {
                return null;
            }
        }

        // Double letters are one (Dessalines, Étienne); then silent endings: a final e (or es; -ge is j), one silent
        // consonant, the t of -st (Baptiste = Batis); the nasal -ain(t) and -ier read as Creole writes them.
        // Words are at most 30 letters, the endings only shorten them, and the key writes at most three letters for one.
        var collapsed = new CharBuffer(stackalloc char[32]);
        Collapse(w, ref collapsed);
        if (french)
        {
            FrenchEndings(ref collapsed);
        }

        var s = collapsed.AsSpan();
        var sb = new CharBuffer(stackalloc char[3 * 32]);
        for (int i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            var rest = s[i..];
            if (rest.StartsWith("eau"))
            {
                sb.Append('o');
                i += 2;
            }
            else if (rest.StartsWith("coi"))
            {
                sb.Append("swa");
                i += 2;
            }
            else if (rest.StartsWith("cqu"))
            {
                sb.Append('k');
                i += 2;
            }
            else if (c == 'a' && next == 'u')
            {
                sb.Append('o');
                i++;
            }
            else if (c == 'o' && next == 'i')
            {
                sb.Append("wa");
                i++;
            }
            else if (c == 'o' && next == 'u')
            {
                // ou is u, or w before a vowel (Louis = Lwi).
                sb.Append(i + 2 < s.Length && IsVowel(s[i + 2]) ? 'w' : 'u');
                i++;
            }
            else if (c == 'e' && next == 'a')
            {
                sb.Append('a');
                i++;
            }
            else if ((c == 'e' && next is 'u' or 'i') || (c == 'a' && next == 'i'))
            {
                sb.Append('e');
                i++;
            }
            else if (c == 'q' && next == 'u')
            {
                sb.Append('k');
                i++;
            }
            else if (c == 'c')
            {
                sb.Append(next is 'e' or 'i' or 'y' ? 's' : next == 'h' ? 'c' : 'k');
            }
            else if (c == 'p' && next == 'h')
            {
                sb.Append('f');
                i++;
            }
            else if (c == 'p' && next == 't')
            {
                // Baptiste = Batis.
            }
            else if (c == 'g' && next == 'u' && i + 2 < s.Length && s[i + 2] is 'e' or 'i')
            {
                sb.Append('g');
                i++;
            }
            else if (c == 'g' && next is 'e' or 'i' or 'y' && french)
            {
                sb.Append('j');
            }
            else if (c == 'g' && next == 'n')
            {
                sb.Append("ny");
                i++;
            }
            else if (c == 'h')
            {
                // Silent (ch is kept by the c rule above as c + h).
                if (i > 0 && s[i - 1] == 'c')
                {
                    sb.Append('h');
                }
            }
            else if (c is 'i' or 'y')
            {
                sb.Append(IsVowel(next) ? 'y' : 'i');
            }
            else if (c == 'u')
            {
                sb.Append('i');
            }
            else if (c == 'z')
            {
                sb.Append('s');
            }
            else if (c == 'r' && i > 0 && IsVowel(s[i - 1]) && (next == '\0' || !IsVowel(next)))
            {
                // A post-vocalic r is not heard (Charles = Chal, Pierre = Pyè).
            }
            else
            {
                sb.Append(c);
            }
        }

        // A final e is silent in French and written è when heard in Creole, which normalisation folds to e: drop it on both.
        if (sb.Length > 2 && sb[^1] == 'e')
        {
            sb.Length--;
        }

        return sb.Length >= 2 ? sb.ToString() : null;
    }

    /// <summary>French endings read as they sound: a final e (or es; -ge is j), else one silent final consonant, the t of -st
    /// (Baptiste = Batis), -ier as ye, -er/-ez/-et as e, -ain/-ein as en. Creole writes only what is heard, so its words
    /// keep their endings (Batis keeps its s).</summary>
    private static void FrenchEndings(ref CharBuffer s)
    {
        // A consonant before a final e is heard (Claude = Klod); only one that ends the word is silent (Gérard = Jera).
        var final = true;
        if (s.EndsWith("ge") && s.Length > 3)
        {
            s.Length -= 2;
            s.Append('j');
            final = false;
        }
        else if (s.EndsWith("es") && s.Length > 4)
        {
            s.Length -= 2;
            final = false;
        }
        else if (s[^1] == 'e' && s.Length > 3)
        {
            s.Length--;
            final = false;
        }

        if (final && s.Length > 3 && s[^1] is 's' or 'x' or 'z' or 't' or 'd' or 'p' && IsVowelOr(s[^2], "nr"))
        {
            s.Length--;
        }

        if (s.EndsWith("st") && s.Length > 3)
        {
            s.Length--;
        }

        if (s.EndsWith("ier"))
        {
            s.Length -= 3;
            s.Append("ye");
        }
        else if (s.EndsWith("er") || s.EndsWith("ez") || s.EndsWith("et"))
        {
            s.Length--;
        }

        if (s.EndsWith("ain") || s.EndsWith("ein"))
        {
            s.Length -= 3;
            s.Append("en");
        }
    }

    private static void Collapse(string w, ref CharBuffer into)
    {
        foreach (var c in w)
        {
            if (into.Length == 0 || into[^1] != c || IsVowel(c))
            {
                into.Append(c);
            }
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsVowelOr(char c, string others) => IsVowel(c) || others.Contains(c, StringComparison.Ordinal);
}
