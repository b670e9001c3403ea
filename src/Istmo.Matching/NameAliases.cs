namespace Istmo.Matching;

/// <summary>Finds the main name in a written name that carries an alias: "Joaquín "El Chapo" Guzmán", "X alias Y", "X a.k.a. Y".</summary>
/// <remarks>
/// The alias part is dropped, so the main name is compared alone (an embedded nickname would otherwise count as an unmatched
/// given name). Quoted and bracketed parts are dropped from person names only: in organisation names a quoted part is often
/// the name itself (ООО «Ромашка») and a bracketed one tells subsidiaries apart (VTB Bank (Europe)). Unbalanced quotes or
/// brackets are left alone; when nothing would be left, the text is kept as written.
/// </remarks>
internal static class NameAliases
{
    private static readonly string[] Markers = ["also known as", "formerly known as", "a.k.a.", "a.k.a", "a/k/a", "f.k.a.", "f/k/a", "aka", "fka", "alias"];

    private static readonly (char Open, char Close)[] Pairs = [('"', '"'), ('\u201C', '\u201D'), ('\u00AB', '\u00BB'), ('\u201E', '\u201C'), ('(', ')'), ('[', ']')];

    /// <summary>Returns the main name of <paramref name="text"/>, or the text itself when it carries no alias.</summary>
    public static string? MainPart(string? text, bool organization)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var s = text.Length > NameNormalizer.MaxInputLength ? text[..NameNormalizer.MaxInputLength] : text;
        s = CutAtMarker(s);
        if (!organization)
        {
            foreach (var (open, close) in Pairs)
            {
                s = DropEnclosed(s, open, close);
            }
        }

        return HasLetter(s) ? s : text;
    }

    /// <summary>Keeps the part before an alias marker (or the part after it when nothing comes before).</summary>
    private static string CutAtMarker(string s)
    {
        foreach (var marker in Markers)
        {
            var at = IndexOfWord(s, marker);
            if (at < 0)
            {
                continue;
            }

            var before = s[..at];
            var after = s[(at + marker.Length)..];
            return HasLetter(before) ? before : after;
        }

        return s;
    }

    /// <summary>Removes every balanced open…close segment; an unmatched opening character leaves the rest as it is.</summary>
    private static string DropEnclosed(string s, char open, char close)
    {
        var start = s.IndexOf(open, StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = s.IndexOf(close, start + 1);
            if (end < 0)
            {
                break;
            }

            s = string.Concat(s.AsSpan(0, start), " ", s.AsSpan(end + 1));
            start = s.IndexOf(open, StringComparison.Ordinal);
        }

        return s;
    }

    /// <summary>Position of <paramref name="word"/> as a whole word (case-insensitive), or -1.</summary>
    private static int IndexOfWord(string s, string word)
    {
        var from = 0;
        while (from <= s.Length - word.Length)
        {
            var at = s.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }

            var end = at + word.Length;
            var startOk = at == 0 || !char.IsLetterOrDigit(s[at - 1]);
            var endOk = end >= s.Length || !char.IsLetterOrDigit(s[end]) || !char.IsLetterOrDigit(word[^1]);
            if (startOk && endOk)
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    private static bool HasLetter(string s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
