namespace Istmo.Matching;

/// <summary>A general-purpose phonetic code (simplified original Metaphone, Philips 1990), used for non-Hispanic names and blocking.</summary>
public static class Metaphone
{
    /// <summary>Encodes a normalised token (a–z; other characters are skipped) into at most <paramref name="maxLength"/> upper-case letters.</summary>
    public static string Encode(string token, int maxLength = 6)
    {
        ArgumentNullException.ThrowIfNull(token);
        Span<char> w = stackalloc char[Math.Min(token.Length, 64)];
        int len = 0;
        foreach (var ch in token)
        {
            if (len >= w.Length)
            {
                break;
            }

            if (ch is >= 'a' and <= 'z')
            {
                w[len++] = ch;
            }
            else if (ch is >= 'A' and <= 'Z')
            {
                w[len++] = (char)(ch + 32);
            }
        }

        w = w[..len];
        if (len == 0)
        {
            return "";
        }

        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);

        // An initial letter is written before the length is first tested, and a step writes at most one past it.
        var sb = new CharBuffer(maxLength <= 62 ? stackalloc char[maxLength + 2] : new char[maxLength + 2]);
        int start = 0;

        // Initial exceptions.
        if (len > 1)
        {
            switch ((w[0], w[1]))
            {
                case ('a', 'e'):
                case ('g', 'n'):
                case ('k', 'n'):
                case ('p', 'n'):
                case ('w', 'r'):
                    start = 1;
                    break;
                case ('w', 'h'):
                    sb.Append('W');
                    start = 2;
                    break;
            }
        }

        if (w[0] == 'x')
        {
            sb.Append('S');
            start = 1;
        }

        for (int i = start; i < len && sb.Length < maxLength; i++)
        {
            var c = w[i];
            var prev = i > 0 ? w[i - 1] : '\0';
            var next = i + 1 < len ? w[i + 1] : '\0';
            var next2 = i + 2 < len ? w[i + 2] : '\0';
            if (c == prev && c != 'c')
            {
                continue;
            }

            switch (c)
            {
                case 'a':
                case 'e':
                case 'i':
                case 'o':
                case 'u':
                    if (i == 0)
                    {
                        sb.Append('A');
                    }

                    break;
                case 'b':
                    if (!(prev == 'm' && i == len - 1))
                    {
                        sb.Append('B');
                    }

                    break;
                case 'c':
                    if (next == 'i' && next2 == 'a')
                    {
                        sb.Append('X');
                    }
                    else if (next == 'h')
                    {
                        sb.Append(prev == 's' ? 'K' : 'X');
                        i++;
                    }
                    else if (next is 'i' or 'e' or 'y')
                    {
                        if (prev != 's')
                        {
                            sb.Append('S');
                        }
                    }
                    else
                    {
                        sb.Append('K');
                    }

                    break;
                case 'd':
                    if (next == 'g' && next2 is 'e' or 'i' or 'y')
                    {
                        sb.Append('J');
                        i++;
                    }
                    else
                    {
                        sb.Append('T');
                    }

                    break;
                case 'g':
                    if (next == 'h')
                    {
                        // gh before a vowel is a hard g; before a consonant or at the end it is silent
                        if (i + 2 < len && IsVowel(next2))
                        {
                            sb.Append('K');
                        }

                        i++;
                    }
                    else if (next == 'n' && (i + 2 == len || (next2 == 'e' && i + 3 < len && w[i + 3] == 'd')))
                    {
                        // silent g in -gn, -gned
                    }
                    else if (next is 'i' or 'e' or 'y')
                    {
                        sb.Append('J');
                    }
                    else
                    {
                        sb.Append('K');
                    }

                    break;
                case 'h':
                    if (IsVowel(next) && !(prev is 'c' or 's' or 'p' or 't' or 'g'))
                    {
                        sb.Append('H');
                    }

                    break;
                case 'k':
                    if (prev != 'c')
                    {
                        sb.Append('K');
                    }

                    break;
                case 'p':
                    if (next == 'h')
                    {
                        sb.Append('F');
                        i++;
                    }
                    else
                    {
                        sb.Append('P');
                    }

                    break;
                case 'q':
                    sb.Append('K');
                    break;
                case 's':
                    if (next == 'h' || (next == 'i' && next2 is 'o' or 'a'))
                    {
                        sb.Append('X');
                        if (next == 'h')
                        {
                            i++;
                        }
                    }
                    else
                    {
                        sb.Append('S');
                    }

                    break;
                case 't':
                    if (next == 'i' && next2 is 'o' or 'a')
                    {
                        sb.Append('X');
                    }
                    else if (next == 'h')
                    {
                        sb.Append('0');
                        i++;
                    }
                    else if (!(next == 'c' && next2 == 'h'))
                    {
                        sb.Append('T');
                    }

                    break;
                case 'v':
                    sb.Append('F');
                    break;
                case 'w':
                case 'y':
                    if (IsVowel(next))
                    {
                        sb.Append(char.ToUpperInvariant(c));
                    }

                    break;
                case 'x':
                    sb.Append('K');
                    if (sb.Length < maxLength)
                    {
                        sb.Append('S');
                    }

                    break;
                case 'z':
                    sb.Append('S');
                    break;
                default:
                    sb.Append(char.ToUpperInvariant(c)); // f j l m n r
                    break;
            }
        }

        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
