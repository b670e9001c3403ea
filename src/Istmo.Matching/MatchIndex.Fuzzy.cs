namespace Istmo.Matching;

/// <summary>
/// Retrieval of a query token the index has never seen. A name part typed with a slip ("Sevcuhenko", "Bellsblanco",
/// "Rasid") has neither the exact nor the phonetic key of the listed spelling, so the entity was found only through its
/// other parts; when those are common ("Sofia", "Ernesto") it was one of thousands and often not among the candidates
/// rescored (at 1M names a third of the listed identities the screening bench missed). Such a token is looked up in the
/// index's vocabulary by shared letter trigrams, and the keys of the words the engine would align with it are added to the
/// query; a token written as two listed words run together ("Karimbilal") adds both words' keys.
/// </summary>
public sealed partial class MatchIndex
{
    /// <summary>Similar vocabulary words whose keys are added per unknown token (the most similar first).</summary>
    internal const int MaxExpansions = 3;

    /// <summary>Lowest token similarity (<see cref="NameComparer.TokenSimilarity"/>) of a word added: a slip of one or two letters.</summary>
    internal const float MinExpansionSimilarity = 0.8f;

    /// <summary>Longest unknown token tried as two listed words run together.</summary>
    private const int MaxSplitLength = 40;

    /// <summary>Shortest unknown token expanded: shorter ones share too few trigrams to find their word and find many others.</summary>
    private const int MinExpandedLength = 4;

    /// <summary>Vocabulary words (ids into <see cref="_tokens"/>) by padded trigram of their phonetic fold.</summary>
    private readonly Dictionary<long, int[]> _grams;

    private static Dictionary<long, int[]> BuildGrams(NameToken[] tokens)
    {
        var lists = new Dictionary<long, List<int>>();
        var seen = new HashSet<long>();
        for (int id = 0; id < tokens.Length; id++)
        {
            var t = tokens[id];
            if (t.IsParticle || t.FKey < 0 || t.Fold.Length < 3)
            {
                continue;
            }

            seen.Clear();
            for (int i = -1; i + 2 <= t.Fold.Length; i++)
            {
                var g = Trigram(t.Fold, i);
                if (seen.Add(g))
                {
                    if (!lists.TryGetValue(g, out var list))
                    {
                        lists[g] = list = [];
                    }

                    list.Add(id);
                }
            }
        }

        return lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    /// <summary>
    /// The trigram of a word padded with a boundary mark on each side that starts at <paramref name="i"/> (−1 for the
    /// first; the last starts at length − 2), packed three UTF-16 units to a number.
    /// </summary>
    private static long Trigram(string word, int i)
    {
        const char Edge = '\u0001';
        var a = i < 0 ? Edge : word[i];
        var b = word[i + 1];
        var c = i + 2 < word.Length ? word[i + 2] : Edge;
        return ((long)a << 32) | ((long)b << 16) | c;
    }

    /// <summary>Adds the keys of the vocabulary words a token unknown to the index stands for (see the type's remarks).</summary>
    private void AddExpansions(NameToken t, List<(int Key, float Weight)> keys, Scratch s)
    {
        if (t.FKey >= 0 || t.PKey >= 0 || t.IsParticle || t.IsInitial || t.Fold.Length < MinExpandedLength)
        {
            return;
        }

        // Two listed words run together: every split into known words of three letters or more (not in a word longer than
        // any two names, whose splits would cost time quadratic in its length).
        var fold = t.Fold;
        for (int i = 3; i + 3 <= fold.Length && fold.Length <= MaxSplitLength; i++)
        {
            var left = LookupExact(fold.AsSpan(0, i));
            var right = left < 0 ? -1 : LookupExact(fold.AsSpan(i));
            if (right >= 0)
            {
                AddKey(keys, left, 1f);
                AddKey(keys, right, 1f);
            }
        }

        // Words sharing enough trigrams, then the engine's own token similarity on the few that share the most.
        var grams = _grams;
        var counts = s.GramCounts;
        if (counts.Length < _tokens.Length)
        {
            s.GramCounts = counts = new byte[_tokens.Length];
        }

        var touched = s.GramTouched;
        touched.Clear();
        var total = 0;
        var most = 0;
        for (int g = -1; g + 2 <= fold.Length; g++)
        {
            total++;
            if (grams.TryGetValue(Trigram(fold, g), out var ids))
            {
                foreach (var id in ids)
                {
                    if (counts[id] == 0)
                    {
                        touched.Add(id);
                    }

                    if (counts[id] < byte.MaxValue)
                    {
                        counts[id]++;
                    }

                    most = Math.Max(most, counts[id]);
                }
            }
        }

        // A slip changes at most three of a word's padded trigrams, two slips six: a word sharing fewer than the others
        // less six, or than the best match less two, is not the one typed.
        var need = Math.Max(Math.Max(2, total - 6), most - 2);
        var best = s.Expansions;
        best.Clear();
        foreach (var id in touched)
        {
            if (counts[id] >= need && Math.Abs(_tokens[id].Fold.Length - fold.Length) <= 3)
            {
                var sim = NameComparer.TokenSimilarity(t, _tokens[id], out _);
                if (sim >= MinExpansionSimilarity)
                {
                    best.Add((sim, id));
                }
            }

            counts[id] = 0;
        }

        best.Sort(static (x, y) => y.Sim != x.Sim ? y.Sim.CompareTo(x.Sim) : x.Id.CompareTo(y.Id));
        for (int i = 0; i < best.Count && i < MaxExpansions; i++)
        {
            AddKey(keys, _tokens[best[i].Id].FKey, best[i].Sim);
        }
    }
}
