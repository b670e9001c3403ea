namespace Istmo.Matching;

/// <summary>
/// A country's long official name, its short name and its acronym inside an organisation's name become one word, so
/// "Foreign Trade Bank of the DPRK" and "… of the Democratic People's Republic of Korea", or "Central Bank of Iran" and
/// "Central Bank of the Islamic Republic of Iran", compare as the same name. Sanctions lists write state bodies both ways.
/// </summary>
internal static class CountryPhrases
{
    // canonical word: phrases (normalised tokens, '_' joins words). Longest phrases are tried first, so "republic of korea"
    // inside "democratic people's republic of korea" is not taken for the south.
    private const string Table = """
        dprk: dprk democratic_peoples_republic_of_korea democratic_people_s_republic_of_korea north_korea
        rok: republic_of_korea south_korea
        iran: islamic_republic_of_iran
        russia: russian_federation
        china: peoples_republic_of_china people_s_republic_of_china prc
        usa: united_states_of_america united_states usa
        uk: united_kingdom_of_great_britain_and_northern_ireland united_kingdom great_britain
        uae: united_arab_emirates uae
        syria: syrian_arab_republic
        venezuela: bolivarian_republic_of_venezuela
        laos: lao_peoples_democratic_republic lao_people_s_democratic_republic lao_pdr
        drc: democratic_republic_of_the_congo democratic_republic_of_congo
        """;

    private static readonly (string[] Phrase, string Canonical)[] Phrases = PhraseTable.Parse(Table);

    /// <summary>Replaces each country phrase of <paramref name="tokens"/> by its canonical word (and its words in <paramref name="display"/> by one).</summary>
    public static void Canonicalize(List<string> tokens, List<string>? display)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            foreach (var (phrase, canonical) in Phrases)
            {
                if (phrase.Length <= tokens.Count - i && PhraseTable.Matches(tokens, i, phrase))
                {
                    tokens.RemoveRange(i, phrase.Length);
                    tokens.Insert(i, canonical);
                    if (display is not null && display.Count >= i + phrase.Length)
                    {
                        var words = string.Join(' ', display.GetRange(i, phrase.Length));
                        display.RemoveRange(i, phrase.Length);
                        display.Insert(i, words);
                    }

                    break;
                }
            }
        }
    }
}
