using System.Text;

namespace Istmo.Matching;

/// <summary>
/// Organisation-type words of Chinese, Japanese and Korean company names (有限公司 "Co., Ltd.", 集团 "Group", 株式会社,
/// 주식회사), split off a name written without spaces and spelled as the Latin words <see cref="LegalForms"/> knows, so
/// that 华为技术有限公司, 华为技术公司 and "Huawei Jishu Youxian Gongsi" share their distinctive part. Without it a Han
/// company name was one romanised word, and one inserted 有限 ("limited") made it another word: score 0.
/// </summary>
internal static class CjkOrganisationWords
{
    // Simplified and traditional forms; the longest is tried first, so 有限公司 wins over 公司.
    private static readonly (string Native, string Latin)[] Suffixes = [.. new (string, string)[]
    {
        ("股份有限公司", "gufen youxian gongsi"), ("有限责任公司", "youxian zeren gongsi"), ("有限責任公司", "youxian zeren gongsi"),
        ("有限公司", "youxian gongsi"), ("股份公司", "gufen gongsi"), ("集团", "jituan"), ("集團", "jituan"), ("公司", "gongsi"),
        ("株式会社", "kabushiki kaisha"), ("株式會社", "kabushiki kaisha"), ("有限会社", "yugen kaisha"),
        ("주식회사", "jusik hoesa"), ("유한회사", "yuhan hoesa"),
    }.OrderByDescending(s => s.Item1.Length)];

    // Written before the name too (株式会社デンソー, 주식회사 카카오).
    private static readonly (string Native, string Latin)[] Front = [.. Suffixes.Where(s => s.Native is "株式会社" or "株式會社" or "주식회사")];

    /// <summary>Runs of more characters than this are organisation names and are written as words of about
    /// <see cref="WordLength"/> characters: one romanised word would pass <see cref="NameNormalizer.MaxTokenLength"/> and be cut.</summary>
    internal const int OneWordMax = 6;

    /// <summary>Characters per word of a long organisation name.</summary>
    internal const int WordLength = 4;

    /// <summary>
    /// Splits organisation-type words off the end (and 株式会社 or 주식회사 off the front) of <paramref name="run"/>: the rest
    /// (possibly empty) in <paramref name="core"/>, the words' Latin spelling in <paramref name="front"/> and
    /// <paramref name="back"/>. False when the run has none.
    /// </summary>
    public static bool TrySplit(string run, out string core, out string front, out string back)
    {
        core = run;
        front = "";
        back = "";
        foreach (var (native, latin) in Front)
        {
            if (core.Length > native.Length && core.StartsWith(native, StringComparison.Ordinal))
            {
                front = latin;
                core = core[native.Length..];
                break;
            }
        }

        var found = true;
        while (found)
        {
            found = false;
            foreach (var (native, latin) in Suffixes)
            {
                if (core.EndsWith(native, StringComparison.Ordinal))
                {
                    back = back.Length == 0 ? latin : latin + " " + back;
                    core = core[..^native.Length];
                    found = true;
                    break;
                }
            }
        }

        return front.Length > 0 || back.Length > 0;
    }

    /// <summary>Appends an organisation's distinctive part: one word, or words of <see cref="WordLength"/> characters from
    /// the start when it is longer than <see cref="OneWordMax"/>; an ordinal (第三 "third") is written as its number, a word
    /// of its own, so that units numbered apart (第三经销部 / 第四经销部, the third and fourth depots) differ as "3" and "4" do.</summary>
    public static void AppendCore(StringBuilder sb, IReadOnlyList<Rune> runes, Action<StringBuilder, Rune> appendOne)
    {
        var segment = new List<Rune>(runes.Count);
        var first = true;
        void Flush()
        {
            AppendWords(sb, segment, appendOne, ref first);
            segment.Clear();
        }

        for (int i = 0; i < runes.Count; i++)
        {
            if (runes[i].Value == '第' && Ordinal(runes, i + 1, out var length) is { } number)
            {
                Flush();
                sb.Append(first ? "" : " ").Append(number);
                first = false;
                i += length;
                continue;
            }

            segment.Add(runes[i]);
        }

        Flush();
    }

    private static void AppendWords(StringBuilder sb, List<Rune> runes, Action<StringBuilder, Rune> appendOne, ref bool first)
    {
        // From the start, so that a name and the same name with a unit added (新疆生产建设兵团 / …第一师) share their first
        // words; a last character alone joins the word before it (it would align with any word sharing its syllable).
        var size = runes.Count <= OneWordMax ? runes.Count : WordLength;
        for (int start = 0; start < runes.Count; start += size)
        {
            var end = runes.Count - (start + size) <= 1 ? runes.Count : start + size;
            sb.Append(first ? "" : " ");
            first = false;
            for (int k = start; k < end; k++)
            {
                appendOne(sb, runes[k]);
            }

            if (end == runes.Count)
            {
                break;
            }
        }
    }

    /// <summary>The value of the Chinese numeral at <paramref name="start"/> (三 3, 十一 11, 二十 20, 一百零五 105, 一二 12), with
    /// its length in characters; null when there is none.</summary>
    internal static int? Ordinal(IReadOnlyList<Rune> runes, int start, out int length)
    {
        length = 0;
        long total = 0, digits = 0;
        var current = -1;
        var positional = false;
        for (int i = start; i < runes.Count && length < 9; i++)
        {
            if (runes[i].Value > 0xFFFF)
            {
                break;
            }

            var d = "〇零一二三四五六七八九".IndexOf((char)runes[i].Value) switch { -1 => runes[i].Value == '两' ? 2 : -1, 0 or 1 => 0, var k => k - 1 };

            if (d >= 0)
            {
                digits = digits * 10 + d;
                current = d;
            }
            else if (runes[i].Value is '十' or '百' or '千')
            {
                var unit = runes[i].Value switch { '十' => 10, '百' => 100, _ => 1000 };
                total += (current < 0 ? 1 : current) * unit;
                current = -1;
                positional = true;
            }
            else
            {
                break;
            }

            length++;
        }

        if (length == 0)
        {
            return null;
        }

        return (int)(positional ? total + Math.Max(current, 0) : digits);
    }
}
