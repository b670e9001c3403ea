using System.Text;

namespace Istmo.Matching;

/// <summary>Romanises the scripts <see cref="Transliteration"/> does not map letter by letter: Han (pinyin), Hangul (list-style
/// spelling, conventional spellings of surnames), and every other script AnyAscii knows (Hebrew, Ethiopic, Kana, Thai,
/// Indic, Armenian, Georgian...).</summary>
/// <remarks>
/// Runs before Unicode decomposition (NFKD splits Hangul syllables into jamo and Indic vowel signs into marks the normaliser
/// drops). Latin, Greek, Cyrillic and Arabic text is left to the normaliser's own ICAO-style tables. A Chinese or Korean name
/// written without spaces is split as these names are written in Latin script: family name, then the given name as one word
/// (习近平 → "xi jinping", 박근혜 → "park geunhye"); two-character family names (欧阳, 남궁) are recognised. Han characters
/// get their most common Mandarin reading, corrected for family names read differently (单 shan, 曾 zeng, 朴 piao...); Japanese
/// kanji names therefore come out in Chinese readings and do not match their Hepburn forms (a known limit).
/// </remarks>
internal static class OtherScripts
{
    /// <summary>Korean family names (Hangul syllable) in their usual Latin spelling, where Revised Romanization differs or is a single letter.</summary>
    private static readonly Dictionary<string, string> KoreanSurnames = Pairs(
        "김:kim 이:lee 리:ri 박:park 최:choi 정:jung 강:kang 조:cho 윤:yoon 장:jang 임:lim 림:rim 오:oh 신:shin 권:kwon 안:ahn " +
        "류:ryu 유:yoo 전:jeon 고:ko 문:moon 손:son 배:bae 백:baek 허:heo 노:noh 로:ro 심:shim 하:ha 곽:kwak 성:sung 차:cha " +
        "주:joo 우:woo 구:koo 나:na 진:jin 지:ji 엄:eom 채:chae 원:won 천:chun 방:bang 공:kong 현:hyun 함:ham 변:byun 염:yeom " +
        "여:yeo 추:choo 도:do 소:so 석:seok 선:sun 설:seol 마:ma 길:gil 연:yeon 위:wi 표:pyo 명:myung 기:ki 반:ban 왕:wang 금:keum " +
        "옥:ok 육:yook 인:in 맹:maeng 제:je 모:mo 탁:tak 국:kook 어:eo 은:eun 편:pyun 용:yong 서:seo 송:song 홍:hong 황:hwang " +
        "한:han 양:yang 남:nam 민:min 남궁:namgung 황보:hwangbo 제갈:jegal 선우:sunwoo 독고:dokgo 사공:sagong 서문:seomun");

    /// <summary>Chinese family names whose usual reading differs from the character's most common reading.</summary>
    private static readonly Dictionary<string, string> ChineseSurnames = Pairs(
        "单:shan 曾:zeng 解:xie 仇:qiu 朴:piao 区:ou 乐:yue 查:zha 盖:ge 覃:qin 缪:miao 翟:zhai 召:shao 秘:bi 折:she 种:chong 重:chong " +
        "牟:mou 尉迟:yuchi 长孙:zhangsun 欧阳:ouyang 司马:sima 诸葛:zhuge 上官:shangguan 司徒:situ 东方:dongfang 慕容:murong " +
        "令狐:linghu 皇甫:huangfu 公孙:gongsun 夏侯:xiahou 歐陽:ouyang 司馬:sima 諸葛:zhuge 長孫:zhangsun 單:shan");

    /// <summary>Returns <paramref name="text"/> with other scripts romanised, or the same instance when it has none.</summary>
    public static string Romanise(string text)
    {
        var i = 0;
        while (i < text.Length && !IsOther(Rune.GetRuneAt(text, i)))
        {
            i += char.IsSurrogatePair(text, i) ? 2 : 1;
        }

        if (i == text.Length)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length * 3);
        sb.Append(text, 0, i);
        while (i < text.Length)
        {
            var r = Rune.GetRuneAt(text, i);
            if (!IsOther(r))
            {
                sb.Append(text, i, r.Utf16SequenceLength);
                i += r.Utf16SequenceLength;
                continue;
            }

            var kind = KindOf(r);
            var start = i;
            var runes = new List<Rune>();
            while (i < text.Length && Rune.GetRuneAt(text, i) is var next && IsOther(next) && KindOf(next) == kind)
            {
                runes.Add(next);
                i += next.Utf16SequenceLength;
            }

            sb.Append(' ');
            if (kind == Script.Other)
            {
                foreach (var rune in runes)
                {
                    AppendAscii(sb, rune);
                }
            }
            else
            {
                AppendName(sb, text[start..i], runes, kind);
            }

            sb.Append(' ');
        }

        return sb.ToString();
    }

    /// <summary>A CJK name without spaces: family name (one syllable, or two when a known two-syllable family name), then the
    /// given name, as one word in Chinese (Jinping) and by syllable in Korean (Jong Un, Geun-hye); a single syllable or a run
    /// of five or more (an organisation) is romanised as one word, or as several when long (see <see cref="CjkOrganisationWords"/>).</summary>
    private static void AppendName(StringBuilder sb, string run, List<Rune> runes, Script kind)
    {
        if (CjkOrganisationWords.TrySplit(run, out var core, out var front, out var back))
        {
            // A company: its type words (有限公司, 주식회사...) as LegalForms spells them, its distinctive part as one word.
            sb.Append(front).Append(' ');
            CjkOrganisationWords.AppendCore(sb, [.. core.EnumerateRunes()], AppendAscii);
            sb.Append(' ').Append(back);
            return;
        }

        if (runes.Count > CjkOrganisationWords.OneWordMax)
        {
            CjkOrganisationWords.AppendCore(sb, runes, AppendAscii);
            return;
        }

        var surnames = kind == Script.Hangul ? KoreanSurnames : ChineseSurnames;
        if (runes.Count is < 2 or > 4)
        {
            if (runes.Count == 1 && surnames.TryGetValue(run, out var only))
            {
                sb.Append(only);
                return;
            }

            foreach (var rune in runes)
            {
                AppendAscii(sb, rune);
            }

            return;
        }

        var twoSyllables = run[..(runes[0].Utf16SequenceLength + runes[1].Utf16SequenceLength)];
        var familyLength = runes.Count >= 3 && surnames.ContainsKey(twoSyllables) ? 2 : 1;
        if (surnames.TryGetValue(familyLength == 2 ? twoSyllables : run[..runes[0].Utf16SequenceLength], out var spelled))
        {
            sb.Append(spelled);
        }
        else
        {
            for (int k = 0; k < familyLength; k++)
            {
                AppendAscii(sb, runes[k]);
            }
        }

        sb.Append(' ');
        for (int k = familyLength; k < runes.Count; k++)
        {
            if (kind == Script.Hangul && k > familyLength)
            {
                sb.Append(' ');
            }

            AppendAscii(sb, runes[k]);
        }
    }

    // Hangul syllable = 0xAC00 + (initial × 21 + vowel) × 28 + final. Consonants as in Revised Romanization (final ones
    // unreleased: k, t, p), vowels as McCune–Reischauer without breves (ㅓ o, ㅡ u): North Korean names on sanctions lists are
    // written that way (Kim Jong Un, Choe Ryong Hae) and South Korean ones differ from it by one letter per syllable at most,
    // whereas full Revised Romanization (jeongeun) is two or more edits from the list forms of a two-syllable given name.
    private static readonly string[] Initials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
    private static readonly string[] Vowels = ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"];
    private static readonly string[] Finals = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    private static void AppendAscii(StringBuilder sb, Rune rune)
    {
        if (rune.Value is >= 0xAC00 and <= 0xD7A3)
        {
            var index = rune.Value - 0xAC00;
            sb.Append(Initials[index / (21 * 28)]).Append(Vowels[index % (21 * 28) / 28]).Append(Finals[index % 28]);
            return;
        }

        foreach (var b in AnyAscii.Transliteration.Transliterate(rune))
        {
            // Letters and digits only: AnyAscii writes aleph/ayin as an apostrophe and some marks as punctuation.
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }
    }

    private enum Script
    {
        Han,
        Hangul,
        Other,
    }

    private static Script KindOf(Rune r) => r.Value switch
    {
        >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3134F or 0x3007 => Script.Han,
        >= 0xAC00 and <= 0xD7A3 => Script.Hangul,
        _ => Script.Other,
    };

    /// <summary>True for a letter or mark of a script the normaliser does not romanise itself.</summary>
    private static bool IsOther(Rune r)
    {
        var v = r.Value;
        if (v < 0x0530 || v is >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F or >= 0x08A0 and <= 0x08FF or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF)
        {
            return false; // Latin, Greek, Cyrillic and Arabic: the normaliser's own tables
        }

        if (v == 0x3007)
        {
            return true; // 〇, the Han numeral zero, sits among the CJK punctuation but is written inside names and numbers
        }

        if (v is >= 0x1D00 and <= 0x1EFF or >= 0x2000 and <= 0x2BFF or >= 0x3000 and <= 0x303F or >= 0xFE00 and <= 0xFE0F or >= 0xFF00 and <= 0xFFEF)
        {
            return false; // Latin extensions (Vietnamese), punctuation and symbols, CJK punctuation, variation selectors, full-width forms (NFKD)
        }

        var cat = Rune.GetUnicodeCategory(r);
        return cat is System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.UppercaseLetter
            or System.Globalization.UnicodeCategory.LowercaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
            or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }

    private static Dictionary<string, string> Pairs(string list)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            map[pair[..colon]] = pair[(colon + 1)..];
        }

        return map;
    }
}
