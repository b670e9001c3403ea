using System.Runtime.Intrinsics;

namespace Istmo.Matching;

/// <summary>A normalised name token with everything the comparer and the index need, computed once.</summary>
internal sealed class NameToken
{
    private NameToken(string text, bool organization)
    {
        Text = text;
        IsParticle = NameParticles.IsParticle(text, organization);
        if (IsParticle)
        {
            Canonical = NameParticles.CanonicalArticle(text);
        }
        else
        {
            (Canonical, Kind) = NameVariants.Canonical(text);
            var alt = NameVariants.AlternateCanonicals(text);
            Alternates = alt.Count == 0 ? null : [.. alt];
        }

        Organization = organization;
        IsGeneric = !IsParticle && LegalForms.IsGenericWord(text);
        if (organization && !IsParticle && OrganisationTranslations.Canonical(text) is { } english)
        {
            EnglishFold = SpanishPhonetic.Fold(english); // zavod → plant: compared and keyed as the English word too
        }

        if (!IsParticle)
        {
            SpellingMarks = (byte)((FrenchCreole.FrenchSpelt(text) ? FrenchMark : 0) | (KoreanSyllables.RevisedSpelt(text) ? RevisedMark : 0));
            // Computed with the token (a query's new tokens, its typos, pay ~0.3 µs): a comparison then tests two hashes.
            SoundKey = FrenchCreole.Key(text, (SpellingMarks & FrenchMark) != 0) ?? string.Empty;
            SoundHash = SoundKey.Length == 0 ? 0 : StringComparer.Ordinal.GetHashCode(SoundKey) | 1;
            KoreanKey = KoreanSyllables.Key(text) ?? string.Empty;
            KoreanHash = KoreanKey.Length == 0 ? 0 : StringComparer.Ordinal.GetHashCode(KoreanKey) | 1;
        }

        Fold = SpanishPhonetic.Fold(text);
        CanonicalFold = ReferenceEquals(Canonical, text) ? Fold : SpanishPhonetic.Fold(Canonical);
        Key = SpanishPhonetic.Key(Canonical);
        Metaphone = Istmo.Matching.Metaphone.Encode(text);
        IsInitial = text.Length == 1 && char.IsAsciiLetter(text[0]);
        var hasVowel = false;
        Span<char> sk = stackalloc char[Fold.Length];
        int n = 0;
        foreach (var c in Fold)
        {
            if (SpanishPhonetic.IsVowel(c))
            {
                hasVowel = true;
            }
            else
            {
                sk[n++] = c;
            }
        }

        HasVowel = hasVowel;
        Skeleton = n == Fold.Length ? Fold : new string(sk[..n]);
        TextLetters = TokenPrefilter.Histogram(text.AsSpan(0, TokenPrefilter.Cut(text)));
        FoldLetters = TokenPrefilter.Histogram(Fold.AsSpan(0, TokenPrefilter.Cut(Fold)));
        MergeFilterable = MergePrefilter.Filterable(text) && MergePrefilter.Filterable(Canonical);
        ClassHistogram = MergePrefilter.Histogram(text.Length <= 255 ? text : text[..255]);
        CanonicalClassHistogram = ReferenceEquals(Canonical, text) ? ClassHistogram : MergePrefilter.Histogram(Canonical.Length <= 255 ? Canonical : Canonical[..255]);
    }

    /// <summary>The normalised token ("rodriguez").</summary>
    public string Text { get; }

    /// <summary>Canonical variant ("pepe" → "jose"); equal to Text when none is known.</summary>
    public string Canonical { get; }

    /// <summary>Other canonicals of an ambiguous nickname, or null.</summary>
    public string[]? Alternates { get; }

    /// <summary>How Text relates to Canonical.</summary>
    public VariantKind Kind { get; }

    /// <summary>Spanish phonetic fold of Text.</summary>
    public string Fold { get; }

    /// <summary>Spanish phonetic fold of Canonical (exact-ish blocking key).</summary>
    public string CanonicalFold { get; }

    /// <summary>Coarse phonetic key of Canonical (fuzzy blocking key).</summary>
    public string Key { get; }

    /// <summary>Metaphone code of Text.</summary>
    public string Metaphone { get; }

    /// <summary>Consonants of Fold (matches vowel-less romanisations of Arabic script).</summary>
    public string Skeleton { get; }


    /// <summary>The key of the word as one Korean syllable (<see cref="KoreanSyllables.Key"/>); empty when it is none.</summary>
    public string KoreanKey { get; } = string.Empty;

    /// <summary>Hash of <see cref="KoreanKey"/> (0 when empty), compared before the keys.</summary>
    public int KoreanHash { get; }

    /// <summary>How the word sounds read as French or Haitian Creole (<see cref="FrenchCreole.Key"/>); empty when it has none.</summary>
    public string SoundKey { get; } = string.Empty;

    /// <summary>Hash of <see cref="SoundKey"/> (0 when empty), compared before the keys: most pairs differ there.</summary>
    public int SoundHash { get; }

    /// <summary>The word's <see cref="FrenchMark"/> and <see cref="RevisedMark"/>, set at creation: one test of both tokens'
    /// marks lets most comparisons skip the French/Creole and Korean rules.</summary>
    public byte SpellingMarks { get; }

    /// <summary>Spelt as only French spells (<see cref="FrenchCreole.FrenchSpelt"/>).</summary>
    internal const byte FrenchMark = 1;

    /// <summary>A vowel written as only Revised Romanization writes it (<see cref="KoreanSyllables.RevisedSpelt"/>).</summary>
    internal const byte RevisedMark = 2;

    /// <summary>True for particles and stop-words (de, la, al, bin...).</summary>
    public bool IsParticle { get; }

    /// <summary>True for a token of an organisation's name (organisation words and place adjectives are compared as such).</summary>
    public bool Organization { get; }

    /// <summary>True for a generic organisation word (<see cref="LegalForms.IsGenericWord"/>), read once here: the comparer
    /// weighs every token of every organisation pair by it.</summary>
    public bool IsGeneric { get; }

    /// <summary>
    /// For an organisation word in another language (zavod, obedinenie, elektromekhanicheski), the phonetic fold of its
    /// English word (<see cref="OrganisationTranslations"/>); otherwise null. Kept apart from <see cref="Canonical"/>, which
    /// is the same for person and organisation tokens of one text: the index keys both under it.
    /// </summary>
    public string? EnglishFold { get; }

    /// <summary>True for a single letter.</summary>
    public bool IsInitial { get; }

    /// <summary>True when Fold has a vowel.</summary>
    public bool HasVowel { get; }

    /// <summary>Letter counts of Text (its first 64 characters) for <see cref="TokenPrefilter"/>.</summary>
    public Vector256<byte> TextLetters { get; }

    /// <summary>Letter counts of Fold (its first 64 characters) for <see cref="TokenPrefilter"/>.</summary>
    public Vector256<byte> FoldLetters { get; }

    /// <summary>Whether <see cref="MergePrefilter"/> may rule out merged runs by this token's histograms.</summary>
    public bool MergeFilterable { get; }

    /// <summary>Letter-class counts of Text (<see cref="MergePrefilter"/>).</summary>
    public Vector256<byte> ClassHistogram { get; }

    /// <summary>Letter-class counts of Canonical.</summary>
    public Vector256<byte> CanonicalClassHistogram { get; }

    /// <summary>Interned id in a <see cref="MatchIndex"/>, or -1.</summary>
    public int Id { get; set; } = -1;

    /// <summary>Index key id of CanonicalFold, or -1.</summary>
    public int FKey { get; set; } = -1;

    /// <summary>Index key id of Key, or -1.</summary>
    public int PKey { get; set; } = -1;

    public static NameToken Create(string text, bool organization) => new(text, organization);

    public override string ToString() => Text;
}
