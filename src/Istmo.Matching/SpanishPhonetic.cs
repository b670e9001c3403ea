namespace Istmo.Matching;

/// <summary>A Spanish-aware phonetic encoding: <see cref="Fold"/> keeps vowels (for comparison), <see cref="Key"/> is a coarse blocking code.</summary>
/// <remarks>
/// Fold rules (left to right, on normalised lower-case tokens): silent h dropped (but ch, sh kept; ph→f, th→t, kh→j);
/// v→b; z→s; c before e/i→s, other c→k; qu before e/i→k, q→k; gu before e/i→g, g before e/i→j; ll→y; y→i;
/// ks/cs→x; eau→o; ou→u (French/Haitian); doubled letters collapse; final -enka→-enko (Belarusian). Key: Fold, then vowels after the first letter dropped
/// and repeated consonants collapsed, cut to 8 characters (Juan/Jhon/Jean → "jn").
/// </remarks>
public static class SpanishPhonetic
{
    /// <summary>Phonetic spelling of a normalised token ("Vázquez" → "baskes", "Guillermo" → "giermo").</summary>
    public static string Fold(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length == 0)
        {
            return token;
        }

        Span<char> buf = stackalloc char[token.Length * 2 + 2];
        var n = Fold(token, buf);
        return n == token.Length && token.AsSpan().SequenceEqual(buf[..n]) ? token : new string(buf[..n]);
    }

    /// <summary>Coarse phonetic key of a normalised token ("Rodríguez" → "rdrgs").</summary>
    public static string Key(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length == 0)
        {
            return token;
        }

        Span<char> buf = stackalloc char[token.Length * 2 + 2];
        var n = Fold(token, buf);
        var sb = new CharBuffer(stackalloc char[8]);
        for (int i = 0; i < n && sb.Length < 8; i++)
        {
            var c = buf[i];
            if (i > 0 && IsVowel(c))
            {
                continue;
            }

            if (sb.Length > 0 && sb[^1] == c)
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    internal static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Writes the fold of <paramref name="s"/> into <paramref name="dst"/> (at least 2×length+2) and returns its length.</summary>
    internal static int Fold(ReadOnlySpan<char> s, Span<char> dst)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            var next2 = i + 2 < s.Length ? s[i + 2] : '\0';
            char o;
            switch (c)
            {
                case 'h':
                    continue; // silent h (ch/sh/ph/th/kh handled at their first letter)
                case 'c':
                    if (next == 'h')
                    {
                        Emit(dst, ref n, 'c');
                        o = 'h';
                        i++;
                        break;
                    }

                    if (next is 'e' or 'i' or 'y')
                    {
                        o = 's';
                        break;
                    }

                    if (next == 's')
                    {
                        o = 'x';
                        i++;
                        break;
                    }

                    o = 'k';
                    break;
                case 's':
                    if (next == 'h')
                    {
                        Emit(dst, ref n, 's');
                        o = 'h';
                        i++;
                        break;
                    }

                    o = 's';
                    break;
                case 'p':
                    if (next == 'h')
                    {
                        o = 'f';
                        i++;
                        break;
                    }

                    o = 'p';
                    break;
                case 't':
                    if (next == 'h')
                    {
                        i++;
                    }

                    o = 't';
                    break;
                case 'k':
                    if (next == 'h')
                    {
                        o = 'j';
                        i++;
                        break;
                    }

                    if (next == 's')
                    {
                        o = 'x';
                        i++;
                        break;
                    }

                    o = 'k';
                    break;
                case 'q':
                    if (next == 'u' && next2 is 'e' or 'i')
                    {
                        i++;
                    }

                    o = 'k';
                    break;
                case 'g':
                    if (next == 'u' && next2 is 'e' or 'i')
                    {
                        i++;
                        o = 'g';
                        break;
                    }

                    o = next is 'e' or 'i' or 'y' ? 'j' : 'g';
                    break;
                case 'v':
                    o = 'b';
                    break;
                case 'z':
                    o = 's';
                    break;
                case 'y':
                    o = 'i';
                    break;
                case 'l':
                    if (next == 'l')
                    {
                        o = 'i';
                        i++;
                        break;
                    }

                    o = 'l';
                    break;
                case 'e':
                    if (next == 'a' && next2 == 'u')
                    {
                        o = 'o';
                        i += 2;
                        break;
                    }

                    o = 'e';
                    break;
                case 'o':
                    if (next == 'u')
                    {
                        o = 'u';
                        i++;
                        break;
                    }

                    o = 'o';
                    break;
                default:
                    o = c;
                    break;
            }

            Emit(dst, ref n, o);
        }

        // Belarusian writes the unstressed Slavic ending -enko as -enka (Lukashenka ≡ Lukashenko): fold it back.
        if (n >= 6 && dst[n - 4] == 'e' && dst[n - 3] == 'n' && dst[n - 2] == 'k' && dst[n - 1] == 'a')
        {
            dst[n - 1] = 'o';
        }

        return n;
    }

    private static void Emit(Span<char> dst, ref int n, char c)
    {
        if (n > 0 && dst[n - 1] == c)
        {
            return; // doubled letters collapse
        }

        dst[n++] = c;
    }
}
