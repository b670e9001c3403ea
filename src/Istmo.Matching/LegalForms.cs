namespace Istmo.Matching;

/// <summary>Recognises and normalises organisation legal forms (S.A. ≡ Sociedad Anónima, Inc ≡ Incorporated...).</summary>
public static class LegalForms
{
    // code: phrases (normalised tokens, '_' joins words). Longest phrases are tried first.
    private const string Table = """
        sa: sa s_a sociedad_anonima soc_anonima s_a_de_c_v sa_de_cv
        srl: srl s_r_l s_de_rl s_de_r_l sociedad_de_responsabilidad_limitada s_de_r_l_de_c_v
        sas: sas s_a_s sociedad_por_acciones_simplificada
        inc: inc incorporated incorporada
        corp: corp corporation corporacion
        ltd: ltd limited ltda limitada
        llc: llc l_l_c limited_liability_company
        plc: plc public_limited_company
        gmbh: gmbh
        ag: ag aktiengesellschaft
        bv: bv b_v
        nv: nv n_v
        co: co cia compania company and_co y_cia
        fundacion: fundacion foundation fundacao fondation
        asociacion: asociacion association asociation
        cooperativa: cooperativa coop cooperative
        sc: sc s_c s_en_c sociedad_civil sociedad_en_comandita
        """;

    private static readonly (string[] Phrase, string Code)[] Phrases = Build();

    /// <summary>Removes legal-form words at the end (or a leading Fundación/Asociación/Cooperativa) and returns the form code or null.</summary>
    public static string? Strip(List<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var code = Detect(tokens, out var front, out var back);
        tokens.RemoveRange(tokens.Count - back, back);
        tokens.RemoveRange(0, front);
        return code;
    }

    /// <summary>Finds legal-form words: <paramref name="front"/> tokens at the start and <paramref name="back"/> at the end; never all tokens.</summary>
    internal static string? Detect(IReadOnlyList<string> tokens, out int front, out int back)
    {
        string? code = null;
        front = 0;
        back = 0;
        var changed = true;
        while (changed && tokens.Count - back > 1)
        {
            changed = false;
            foreach (var (phrase, c) in Phrases)
            {
                if (phrase.Length < tokens.Count - back && Matches(tokens, tokens.Count - back - phrase.Length, phrase))
                {
                    back += phrase.Length;
                    code ??= c;
                    changed = true;
                    break;
                }
            }
        }

        if (tokens.Count - back > 1)
        {
            foreach (var (phrase, c) in Phrases)
            {
                if (c is "fundacion" or "asociacion" or "cooperativa" && phrase.Length < tokens.Count - back && Matches(tokens, 0, phrase))
                {
                    front = phrase.Length;
                    code ??= c;
                    break;
                }
            }
        }

        return code;
    }

    /// <summary>Normalises a legal-form text ("S. de R.L.") to its code ("srl"), or null when it is not a known form.</summary>
    public static string? Normalize(string? text)
    {
        var tokens = NameNormalizer.Tokenize(text).ToList();
        foreach (var (phrase, c) in Phrases)
        {
            if (phrase.Length == tokens.Count && Matches(tokens, 0, phrase))
            {
                return c;
            }
        }

        return null;
    }

    private static bool Matches(IReadOnlyList<string> tokens, int offset, string[] phrase)
    {
        for (int i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(tokens[offset + i], phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static (string[], string)[] Build()
    {
        var list = new List<(string[], string)>();
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var code = line[..colon];
            foreach (var p in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                list.Add((p.Split('_'), code));
            }
        }

        return [.. list.OrderByDescending(x => x.Item1.Length)];
    }
}
