namespace Istmo.Matching;

/// <summary>
/// Multi-word phrases of normalised tokens, each with a code, read from lines "code: phrase phrase" ('_' joins a phrase's
/// words) and kept longest first, so a phrase inside a longer one is tried after it. Legal forms and country names use it.
/// </summary>
internal static class PhraseTable
{
    /// <summary>The phrases of <paramref name="table"/>, longest first.</summary>
    public static (string[] Phrase, string Code)[] Parse(string table)
    {
        var list = new List<(string[], string)>();
        foreach (var line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
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

    /// <summary>True when <paramref name="phrase"/> stands in <paramref name="tokens"/> at <paramref name="offset"/> (which must leave room for it).</summary>
    public static bool Matches(IReadOnlyList<string> tokens, int offset, string[] phrase)
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
}
