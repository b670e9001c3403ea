using System.Globalization;
using System.Text;
using Istmo.Matching;

namespace Istmo.Bench.Matching;

/// <summary>
/// A Cyrillic name as a passport prints it in Latin letters, capitalised as written (Яковлев → Iakovlev, Щукин → Shchukin):
/// the ICAO Doc 9303 table the engine also reads Cyrillic with (<see cref="Transliteration"/>), so the generator's Latin
/// form of a Cyrillic record is the one the engine derives from it, as with a real passport. Letters with a mark (ё, й)
/// are read as the engine reads them, by their base letter.
/// </summary>
public static class IcaoCyrillic
{
    /// <summary>The Latin form of a Cyrillic name; characters outside the table are kept.</summary>
    public static string Romanise(string cyrillic)
    {
        var sb = new StringBuilder(cyrillic.Length * 2);
        foreach (var ch in cyrillic.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var latin = Transliteration.Romanise(ch);
            if (latin is null)
            {
                sb.Append(ch);
            }
            else if (char.IsUpper(ch) && latin.Length > 0)
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
