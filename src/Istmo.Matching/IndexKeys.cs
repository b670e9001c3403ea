namespace Istmo.Matching;

/// <summary>Blocking keys of a name, shared by index build and query: exact (F) and phonetic (P) token keys, merged-token keys and trigrams.</summary>
internal static class IndexKeys
{
    public const char Exact = 'F';
    public const char Phonetic = 'P';
    public const char Gram = 'G';
    public const char Document = 'D';
    public const char Phone = 'T';

    /// <summary>Emits key strings for tokens that have no key ids yet (merged forms, trigrams and, for organisations, the
    /// initials) through <paramref name="emit"/>.</summary>
    public static void MergedAndGramKeys(ReadOnlySpan<NameToken> tokens, ReadOnlySpan<byte> roles, Action<string> emit, bool organization = false)
    {
        int real = 0, firstReal = -1;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsParticle)
            {
                real++;
                if (firstReal < 0)
                {
                    firstReal = i;
                }
            }
        }

        // Particle run + next token: "de la cruz" → delacruz.
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsParticle)
            {
                continue;
            }

            var j = i;
            while (j < tokens.Length && tokens[j].IsParticle)
            {
                j++;
            }

            if (j < tokens.Length)
            {
                EmitJoined(tokens, i, j, skipParticles: false, emit);
            }

            i = j;
        }

        // Adjacent given names: "maria jose" → mariajose (compound given names written as one word).
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            if (roles.Length > i + 1 && NameRole.IsGiven(roles[i]) && NameRole.IsGiven(roles[i + 1])
                && !tokens[i].IsParticle && !tokens[i + 1].IsParticle)
            {
                EmitJoined(tokens, i, i + 1, skipParticles: true, emit);
            }
        }

        // Organisations: a word in another language is also keyed as its English word (zavod as plant), on both sides, so
        // that the two names meet; person tokens of the same text are not.
        if (organization)
        {
            foreach (var t in tokens)
            {
                if (t.EnglishFold is { } english)
                {
                    emit(Exact + english);
                }
            }
        }

        if (organization && real >= 2 && tokens.Length <= 8)
        {
            // Adjacent words joined, so that a name written in words (Huawei Jishu, from pinyin by words) and the same name as
            // one word (华为技术 romanised: huaweijishu) meet; the comparer already aligns merged words.
            for (int i = 0; i + 1 < tokens.Length; i++)
            {
                if (!tokens[i].IsParticle && !tokens[i + 1].IsParticle)
                {
                    EmitJoined(tokens, i, i + 1, skipParticles: true, emit);
                }
            }

            // The initials, with and without particles, as an exact key, so that an acronym written as one word (IRGC, PDVSA)
            // retrieves the full name and the other way round; the comparer scores the pair (Acronyms).
            InitialsKeys(tokens, emit);
        }

        // Single-token names: trigrams of the phonetic fold.
        if (real == 1)
        {
            var t = tokens[firstReal].Fold;
            if (t.Length >= 3)
            {
                for (int i = 0; i + 3 <= t.Length; i++)
                {
                    emit(string.Concat(Gram.ToString(), t.AsSpan(i, 3)));
                }
            }
        }
    }

    /// <summary>The retrieval weight of each trigram key <see cref="MergedAndGramKeys"/> gives a one-word name: 0.3, or less
    /// for a long word so that its trigrams add at most 1 (as much as its exact key). With 0.3 each, an entity that was the
    /// word alone (13 trigrams of "rosoboronexport": +3.9) outweighed every entity with the word among others (+1.5) so far
    /// that rescoring, which skips weights below 0.4 × the best, dropped them all.</summary>
    public static float GramWeight(ReadOnlySpan<NameToken> tokens)
    {
        NameToken? only = null;
        foreach (var t in tokens)
        {
            if (!t.IsParticle)
            {
                if (only is not null)
                {
                    return 0.3f;
                }

                only = t;
            }
        }

        return only is null || only.Fold.Length < 3 ? 0.3f : Math.Min(0.3f, 1f / (only.Fold.Length - 2));
    }

    private static void InitialsKeys(ReadOnlySpan<NameToken> tokens, Action<string> emit)
    {
        Span<char> initials = stackalloc char[8];
        string? previous = null;
        foreach (var withParticles in (ReadOnlySpan<bool>)[false, true])
        {
            var n = 0;
            foreach (var t in tokens)
            {
                if ((withParticles || !t.IsParticle) && t.Text.Length > 0)
                {
                    initials[n++] = t.Text[0];
                }
            }

            if (n is < 3 or > 8 || initials[..n].ContainsAnyExceptInRange('a', 'z'))
            {
                continue;
            }

            var key = Exact + SpanishPhonetic.Fold(new string(initials[..n]));
            if (key != previous)
            {
                emit(key);
                previous = key;
            }
        }
    }

    private static void EmitJoined(ReadOnlySpan<NameToken> tokens, int from, int to, bool skipParticles, Action<string> emit)
    {
        var len = 0;
        for (int k = from; k <= to; k++)
        {
            if (!skipParticles || !tokens[k].IsParticle || k == from)
            {
                len += tokens[k].Text.Length;
            }
        }

        Span<char> buf = stackalloc char[len];
        var n = 0;
        for (int k = from; k <= to; k++)
        {
            if (!skipParticles || !tokens[k].IsParticle || k == from)
            {
                tokens[k].Text.CopyTo(buf[n..]);
                n += tokens[k].Text.Length;
            }
        }

        var joined = new string(buf[..n]);
        emit(Exact + SpanishPhonetic.Fold(joined));
        emit(Phonetic + SpanishPhonetic.Key(joined));
    }
}
