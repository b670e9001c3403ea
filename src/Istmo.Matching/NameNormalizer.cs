using System.Globalization;
using System.Text;

namespace Istmo.Matching;

/// <summary>Folds names to comparable lower-case tokens: NFKD, no diacritics, no punctuation or invisible characters, romanised scripts.</summary>
/// <remarks>
/// Only the first <see cref="MaxInputLength"/> characters of an input are read, at most <see cref="MaxTokens"/> tokens are kept
/// and each token is cut to <see cref="MaxTokenLength"/> characters, so arbitrarily long or hostile input is bounded.
/// Diacritics are removed (ñ becomes n, so ñ/n never differ). Slavic surnames in German/French/Polish romanisation are folded to
/// the English spelling (Gorbatschow → gorbachov, see <see cref="Transliteration.FoldSlavicLatin"/>). Cyrillic (ICAO 9303), Greek and basic Arabic letters are romanised
/// by <see cref="Transliteration"/>; Han, Hangul and the other scripts by <see cref="OtherScripts"/> (pinyin, Korean spellings, AnyAscii). Apostrophes join (O'Brien → obrien); other punctuation separates.
/// </remarks>
public static class NameNormalizer
{
    /// <summary>Maximum number of input characters read; the rest is ignored.</summary>
    public const int MaxInputLength = 1024;

    /// <summary>Maximum number of tokens kept per name.</summary>
    public const int MaxTokens = 16;

    /// <summary>Maximum length of one token; longer tokens are cut.</summary>
    public const int MaxTokenLength = 40;

    /// <summary>Normalises a name to space-separated tokens ("José  RODRÍGUEZ-Pérez" → "jose rodriguez perez").</summary>
    public static string Normalize(string? input) => string.Join(' ', Tokenize(input));

    /// <summary>
    /// Whether a name written in its own field is an East Slavic patronymic (Sergeevich, Сергеевна, Oleksandrovych): a
    /// source's "father's name" field holds one for Russians and Ukrainians, and a father's given name for others.
    /// </summary>
    public static bool IsPatronymic(string? word)
    {
        var tokens = Tokenize(word);
        if (tokens.Count != 1)
        {
            return false;
        }

        // Tokens are folded and Cyrillic already romanised (Сергеевич → sergeevich).
        return Patronymics.Is(tokens[0]);
    }

    /// <summary>Splits a name into normalised tokens.</summary>
    public static IReadOnlyList<string> Tokenize(string? input)
    {
        var tokens = new List<string>();
        Scan(input, tokens, null);
        return tokens;
    }

    /// <summary>Scans a name into tokens; when <paramref name="originals"/> is given, adds the upper-case source word of each token.</summary>
    internal static void Scan(string? input, List<string> tokens, List<string>? originals)
    {
        if (string.IsNullOrEmpty(input))
        {
            return;
        }

        var text = OtherScripts.Romanise(CompatibilityComposed(Sanitize(input)));
        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            decomposed = text; // defensive: Sanitize removes the invalid sequences Normalize rejects
        }

        // A token is at most MaxTokenLength characters (the appends below test it): a stack buffer, not a builder per name.
        var sb = new CharBuffer(stackalloc char[MaxTokenLength]);
        int wordStart = -1;
        var startCount = tokens.Count;
        for (int i = 0; i < decomposed.Length && tokens.Count - startCount < MaxTokens; i++)
        {
            var c = decomposed[i];
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            switch (cat)
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                case UnicodeCategory.Format:
                    continue;
                case UnicodeCategory.Surrogate:
                    if (char.IsHighSurrogate(c) && i + 1 < decomposed.Length && char.IsLowSurrogate(decomposed[i + 1]))
                    {
                        var pairCat = CharUnicodeInfo.GetUnicodeCategory(decomposed, i);
                        if (IsLetterCategory(pairCat) || pairCat == UnicodeCategory.OtherNumber)
                        {
                            if (wordStart < 0)
                            {
                                wordStart = i;
                            }

                            AppendAscii(ref sb, decomposed.AsSpan(i, 2));
                        }
                        else
                        {
                            Flush(ref sb, tokens, originals, decomposed, ref wordStart, i);
                        }

                        i++;
                    }

                    continue;
            }

            if (c is '\'' or '\u2019' or '\u02BC' or '\u2018' or '`' or '\u00B4')
            {
                continue; // apostrophes join: O'Brien → obrien
            }

            if (IsLetterCategory(cat))
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                }

                if (Transliteration.IsArabic(c) && sb.Length == 0 && c == '\u0627' && i + 2 < decomposed.Length && decomposed[i + 1] == '\u0644')
                {
                    // Arabic definite article ال at the start of a word becomes a separate "al" token.
                    sb.Append("al");
                    Flush(ref sb, tokens, originals, decomposed, ref wordStart, i + 2);
                    wordStart = i + 2;
                    i++;
                    continue;
                }

                var roman = (c is 'υ' or 'Υ') && i > 0 && decomposed[i - 1] is 'ο' or 'Ο' or 'α' or 'Α' or 'ε' or 'Ε'
                    ? "u" // Greek ου/αυ/ευ
                    : Transliteration.Romanise(c);
                if (roman is not null)
                {
                    Append(ref sb, roman);
                }
                else if (c < 0x80)
                {
                    Append(ref sb, char.ToLowerInvariant(c));
                }
                else
                {
                    // A letter no table of ours knows (Tajik ҳ, Old Cyrillic ѳ, Arabic ۻ): AnyAscii's spelling, so every
                    // token is Latin (a name typed in one script and looked up in the other still meets).
                    AppendAscii(ref sb, decomposed.AsSpan(i, 1));
                }
            }
            else if (cat == UnicodeCategory.DecimalDigitNumber)
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                }

                var v = (int)char.GetNumericValue(c);
                Append(ref sb, (char)('0' + (v is >= 0 and <= 9 ? v : 0)));
            }
            else
            {
                Flush(ref sb, tokens, originals, decomposed, ref wordStart, i);
            }
        }

        Flush(ref sb, tokens, originals, decomposed, ref wordStart, decomposed.Length);
        if (tokens.Count - startCount > MaxTokens)
        {
            tokens.RemoveRange(startCount + MaxTokens, tokens.Count - startCount - MaxTokens);
            originals?.RemoveRange(startCount + MaxTokens, originals.Count - startCount - MaxTokens);
        }
    }

    private static bool IsLetterCategory(UnicodeCategory cat) => cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    private static void Append(ref CharBuffer sb, string s)
    {
        if (sb.Length + s.Length <= MaxTokenLength)
        {
            sb.Append(s);
        }
    }

    /// <summary>Appends AnyAscii's spelling of <paramref name="letter"/> (one character or a surrogate pair), letters and digits
    /// only, in lower case.</summary>
    private static void AppendAscii(ref CharBuffer sb, ReadOnlySpan<char> letter)
    {
        foreach (var ch in AnyAscii.Transliteration.Transliterate(letter.ToString()))
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                Append(ref sb, char.ToLowerInvariant(ch));
            }
        }
    }

    /// <summary>
    /// NFKC of a text with compatibility forms that become Han, Kana or Hangul (half-width katakana ﾈ, enclosed ideographs ㊥,
    /// squared katakana ㍕, Kangxi radicals): they must be those letters before <see cref="OtherScripts"/> romanises, which
    /// runs before the decomposition (it would split Hangul syllables). Other text is returned as is.
    /// </summary>
    private static string CompatibilityComposed(string text)
    {
        foreach (var ch in text)
        {
            if (ch is >= '\u2E80' and <= '\u33FF' or >= '\uFF00' and <= '\uFFEF')
            {
                return text.Normalize(NormalizationForm.FormKC);
            }
        }

        return text;
    }

    private static void Append(ref CharBuffer sb, char c)
    {
        if (sb.Length < MaxTokenLength)
        {
            sb.Append(c);
        }
    }

    private static void Flush(ref CharBuffer sb, List<string> tokens, List<string>? originals, string source, ref int wordStart, int end)
    {
        if (sb.Length > 0)
        {
            tokens.Add(Transliteration.FoldSlavicLatin(sb.ToString()));
            if (originals is not null)
            {
                var start = wordStart < 0 ? end : wordStart;
                var word = source[start..Math.Max(start, end)];
                string display;
                try
                {
                    display = word.Normalize(NormalizationForm.FormC).ToUpperInvariant();
                }
                catch (ArgumentException)
                {
                    display = word.ToUpperInvariant();
                }

                originals.Add(display);
            }

            sb.Length = 0;
        }

        wordStart = -1;
    }

    /// <summary>Cuts to <see cref="MaxInputLength"/> and replaces unpaired surrogates and other invalid code units with spaces.</summary>
    private static string Sanitize(string input)
    {
        var len = Math.Min(input.Length, MaxInputLength);
        var needsCopy = len != input.Length;
        for (int i = 0; i < len && !needsCopy; i++)
        {
            var c = input[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < len && char.IsLowSurrogate(input[i + 1]))
                {
                    i++;
                    continue;
                }

                needsCopy = true;
            }
            else if (char.IsLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
            {
                needsCopy = true;
            }
        }

        if (!needsCopy)
        {
            return input;
        }

        var chars = input.AsSpan(0, len).ToArray();
        for (int i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                {
                    i++;
                    continue;
                }

                chars[i] = ' ';
            }
            else if (char.IsLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }
}
