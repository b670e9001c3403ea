namespace Istmo.Matching;

/// <summary>
/// The common words of organisation names in the languages lists write them in (Russian and Ukrainian as the normaliser
/// romanises them, Spanish, Portuguese, French, German) with their English form, so that "Tambovskii Porokhovoi Zavod"
/// and "Tambov Powder Plant" share their plant, and a Russian place adjective (Tambovskii, Kazanskaia) stands for its place.
/// Organisations only: a person named Plant or Fond is not a factory.
/// </summary>
internal static class OrganisationTranslations
{
    // canonical (English): forms (Russian adjectives in each gender and the genitive, as the normaliser writes them). Only
    // words that say what kind of organisation it is, never what it is called.
    private const string Table = """
        plant: zavod zavoda factory fabrika fabrica fabrik usine werk kombinat combine
        enterprise: predpriiatie predpriyatie predpriiatiia pidpriiemstvo empresa entreprise unternehmen
        association: obedinenie obieedinenie obyedinenie obedineniye obiednannia asociacion associacao
        institute: institut instituto
        center: centre tsentr centr centro zentrum
        bureau: biuro buro byuro
        academy: akademiia akademiya academia akademie academie
        university: universitet universidad universite universitat universidade universita
        company: kompaniia kompaniya compania companhia compagnie
        corporation: korporatsiia korporatsiya corporacion
        fund: fond fondo fonds
        agency: agentstvo agencia agence
        ministry: ministerstvo ministerio ministere ministerium
        committee: komitet comite
        council: sovet consejo conseil
        party: partiia partiya partido parti partei
        union: soiuz soyuz
        group: gruppa
        holding: kholding
        hospital: bolnitsa
        scientific: nauchno nauchnyi nauchnoe nauchnaia nauchnaya nauchnogo
        production: proizvodstvennoe proizvodstvennyi proizvodstvennaia proizvodstvennaya proizvodstvennogo proizvodstvennoi
        research: issledovatelski issledovatelskoe issledovatelskaya issledovatelskogo
        design: konstruktorskoe konstruktorski konstruktorskaya konstruktorskogo
        state: gosudarstvennoe gosudarstvennyi gosudarstvennaia gosudarstvennaya gosudarstvennogo derzhavnyi derzhavne derzhavna
        federal: federalnoe federalnyi federalnaia federalnaya federalnogo
        national: natsionalnyi natsionalnoe natsionalnaia natsionalnaya natsionalnogo
        """;

    // Russian and Ukrainian adjective endings of a place (Tambov → Tambovskii, Kyiv → Kyivska, Omsk → Omskii), as the
    // normaliser leaves them: it writes -skii, -skiy and -sky as -ski, and -skaia as -skaya (Transliteration).
    private static readonly string[] PlaceEndings = ["skogo", "skaya", "skoe", "skoye", "ski", "ska", "ske"];

    // The table's "code: phrase phrase" lines are read as the legal forms' and countries' are (one word per phrase here).
    private static readonly Dictionary<string, string> Canonicals = PhraseTable.Parse(Table).ToDictionary(p => string.Join(' ', p.Phrase), p => p.Code, StringComparer.Ordinal);

    // Russian adjectives in -icheskii (as the normaliser writes them, in each gender and the genitive), the English -ical.
    private static readonly string[] IcalEndings = ["icheskaya", "icheskoe", "icheskoye", "icheskogo", "icheskikh", "icheski"];

    /// <summary>
    /// The English word an organisation word stands for, or null: from the table, or for a Russian adjective in -icheskii
    /// its English form in -ical with kh written ch (elektromekhanicheski → elektromechanical, whose phonetic fold is that of
    /// electromechanical; tekhnicheski → technical).
    /// </summary>
    public static string? Canonical(string token)
    {
        if (Word(token) is { } english)
        {
            return english;
        }

        foreach (var ending in IcalEndings)
        {
            if (token.Length >= ending.Length + 3 && token.EndsWith(ending, StringComparison.Ordinal))
            {
                return string.Concat(token.AsSpan(0, token.Length - ending.Length), "ical").Replace("kh", "ch", StringComparison.Ordinal);
            }
        }

        return null;
    }

    /// <summary>The English word of a table word (zavod → plant), or null; no derived forms (see <see cref="Canonical"/>).</summary>
    public static string? Word(string token) => Canonicals.GetValueOrDefault(token);

    /// <summary>
    /// True when one token is the other with a Russian or Ukrainian adjective ending (tambov / tambovskii, omsk / omskii):
    /// in organisation names the adjective names the place. A stem of four letters or more.
    /// </summary>
    public static bool IsPlaceAdjective(string a, string b)
    {
        var (s, l) = a.Length <= b.Length ? (a, b) : (b, a);
        if (s.Length < 4 || !l.StartsWith(s, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = l.AsSpan(s.Length);
        foreach (var ending in PlaceEndings)
        {
            // Omsk + ii: a stem that already ends in -sk takes the ending's vowels only.
            if (rest.SequenceEqual(ending) || (s.EndsWith("sk", StringComparison.Ordinal) && rest.SequenceEqual(ending.AsSpan(2))))
            {
                return true;
            }
        }

        return false;
    }
}
