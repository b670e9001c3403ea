namespace Istmo.Matching;

/// <summary>Low-information name words: Hispanic, Portuguese, Dutch, German, French and Arabic particles, and organisation stop-words.</summary>
internal static class NameParticles
{
    private static readonly HashSet<string> Person = new(StringComparer.Ordinal)
    {
        "de", "del", "la", "las", "los", "y", "e", "da", "das", "do", "dos", "di", "du", "van", "von", "der", "den", "ter", "te",
        "le", "les", "al", "el", "ul", "bin", "ibn", "ben", "bint", "binti", "ould", "abu", "abou", "st", "san", "santa", "vda", "viuda",
    };

    private static readonly HashSet<string> Organization = new(StringComparer.Ordinal)
    {
        "de", "del", "la", "las", "los", "y", "e", "el", "the", "of", "and", "und", "et", "ve", "for", "para", "en", "a", "an", "da", "do", "dos",
        "al", "ol", "ul",
    };

    public static bool IsParticle(string token, bool organization) => organization ? Organization.Contains(token) : Person.Contains(token);

    /// <summary>Canonical form of Arabic article variants (el/ul/ad/ar... → al) so they align.</summary>
    public static string CanonicalArticle(string token) => token switch
    {
        "el" or "ul" or "ad" or "ar" or "as" or "ash" or "at" or "az" or "an" => "al",
        "ibn" or "ben" => "bin",
        _ => token,
    };
}
