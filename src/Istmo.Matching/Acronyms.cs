namespace Istmo.Matching;

/// <summary>Organisation acronyms: IRGC ≡ Islamic Revolutionary Guard Corps, PDVSA ≡ Petróleos de Venezuela S.A., NIOC ≡ National Iranian Oil Company.</summary>
internal static class Acronyms
{
    /// <summary>Similarity given to an acronym that spells the initials of the other name.</summary>
    public const float Similarity = 0.9f;

    /// <summary>True when one name is a single token of 3–8 letters that spells the initials of the other name's words
    /// (with or without its particles, optionally followed by its legal form: C for Company/Corporation, SA).</summary>
    public static bool Matches(ReadOnlySpan<NameToken> a, string? aLegal, ReadOnlySpan<NameToken> b, string? bLegal)
    {
        if (a.Length == 1 && b.Length >= 2)
        {
            return Spells(a[0].Text, b, bLegal);
        }

        return b.Length == 1 && a.Length >= 2 && Spells(b[0].Text, a, aLegal);
    }

    private static bool Spells(string acronym, ReadOnlySpan<NameToken> words, string? legal)
    {
        if (acronym.Length is < 3 or > 8 || words.Length > 8)
        {
            return false;
        }

        foreach (var c in acronym)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        Span<char> initials = stackalloc char[16];
        foreach (var withParticles in (ReadOnlySpan<bool>)[false, true])
        {
            int n = 0;
            foreach (var w in words)
            {
                if (withParticles || !w.IsParticle)
                {
                    initials[n++] = w.Text[0];
                }
            }

            var core = initials[..n];
            if (core.SequenceEqual(acronym))
            {
                return true;
            }

            if (legal is not null && acronym.AsSpan().StartsWith(core))
            {
                var rest = acronym.AsSpan(n);
                if (rest.SequenceEqual(legal) || (rest.Length == 1 && rest[0] == legal[0]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
