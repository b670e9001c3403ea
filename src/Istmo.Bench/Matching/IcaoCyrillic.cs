using System.Text;

namespace Istmo.Bench.Matching;

/// <summary>
/// Russian Cyrillic to Latin as ICAO Doc 9303 (7th edition, 2015) prints it in the machine-readable zone of a passport:
/// я → ia, ю → iu, й → i, х → kh, ц → ts, щ → shch, ъ → ie, ь dropped. The generator's Latin spellings come from here, not from
/// the engine's own transliteration, so a Cyrillic record and its passport spelling differ as they do in the field
/// (Яковлев / Iakovlev, where the engine writes "yakovlev").
/// </summary>
public static class IcaoCyrillic
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['а'] = "a",
        ['б'] = "b",
        ['в'] = "v",
        ['г'] = "g",
        ['д'] = "d",
        ['е'] = "e",
        ['ё'] = "e",
        ['ж'] = "zh",
        ['з'] = "z",
        ['и'] = "i",
        ['й'] = "i",
        ['к'] = "k",
        ['л'] = "l",
        ['м'] = "m",
        ['н'] = "n",
        ['о'] = "o",
        ['п'] = "p",
        ['р'] = "r",
        ['с'] = "s",
        ['т'] = "t",
        ['у'] = "u",
        ['ф'] = "f",
        ['х'] = "kh",
        ['ц'] = "ts",
        ['ч'] = "ch",
        ['ш'] = "sh",
        ['щ'] = "shch",
        ['ъ'] = "ie",
        ['ы'] = "y",
        ['ь'] = "",
        ['э'] = "e",
        ['ю'] = "iu",
        ['я'] = "ia",
        ['і'] = "i",
        ['ї'] = "i",
        ['є'] = "ie",
        ['ґ'] = "g",
    };

    /// <summary>The Latin form of a Cyrillic name, capitalised as written (Щукин → Shchukin); other characters are kept.</summary>
    public static string Romanise(string cyrillic)
    {
        var sb = new StringBuilder(cyrillic.Length * 2);
        foreach (var ch in cyrillic)
        {
            var lower = char.ToLowerInvariant(ch);
            if (!Letters.TryGetValue(lower, out var latin))
            {
                sb.Append(ch);
                continue;
            }

            if (ch != lower && latin.Length > 0)
            {
                sb.Append(char.ToUpperInvariant(latin[0])).Append(latin, 1, latin.Length - 1);
            }
            else
            {
                sb.Append(latin);
            }
        }

        return sb.ToString();
    }
}
