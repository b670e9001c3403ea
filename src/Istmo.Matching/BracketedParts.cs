namespace Istmo.Matching;

/// <summary>Parts of a name in round brackets, and whether they say anything the rest of the name does not.</summary>
public static class BracketedParts
{
    /// <summary>
    /// The name without its parts in round brackets when they only repeat it: words written outside them ("Zanotta
    /// Sudamericana S.A. (Zanotta)") or its initials ("Banco Internacional de Desarrollo (BID)"); null otherwise. A
    /// bracket that says something new ("Al-Haramain (Albania Branch)", "… (Europe) PLC") tells entities apart and stays.
    /// </summary>
    public static string? WithoutRepeats(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.IndexOf('(', StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var outside = new System.Text.StringBuilder(name.Length);
        var inside = new List<string>();
        var current = new System.Text.StringBuilder();
        var depth = 0;
        foreach (var ch in name)
        {
            if (ch == '(')
            {
                depth++;
            }
            else if (ch == ')' && depth > 0)
            {
                if (--depth == 0)
                {
                    inside.Add(current.ToString());
                    current.Clear();
                    outside.Append(' ');
                }
            }
            else if (depth == 0)
            {
                outside.Append(ch);
            }
            else
            {
                current.Append(ch);
            }
        }

        var bare = string.Join(' ', outside.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(" ,", ",", StringComparison.Ordinal);
        var words = NameNormalizer.Tokenize(bare);
        if (words.Count == 0 || inside.Count == 0 || !inside.TrueForAll(part => Repeats(NameNormalizer.Tokenize(part), words)))
        {
            return null;
        }

        return bare;
    }

    /// <summary>Whether a bracketed part only repeats the name: each of its words is in the name, or it is the initials of a run of the name's words.</summary>
    private static bool Repeats(IReadOnlyList<string> part, IReadOnlyList<string> words)
    {
        if (part.Count == 0 || part.All(words.Contains))
        {
            return true;
        }

        if (part.Count != 1 || part[0].Length < 2)
        {
            return false;
        }

        var acronym = part[0];
        for (int start = 0; start + 1 < words.Count; start++)
        {
            // Initials of consecutive words, short particles ("de", "y") skipped when they are not in the acronym.
            int k = 0;
            for (int j = start; j < words.Count && k < acronym.Length; j++)
            {
                if (words[j][0] == acronym[k])
                {
                    k++;
                }
                else if (words[j].Length > 3)
                {
                    break;
                }
            }

            if (k == acronym.Length)
            {
                return true;
            }
        }

        return false;
    }
}
