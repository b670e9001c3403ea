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

    /// <summary>Longest unknown token expanded (tried as two listed words run together, or looked up by trigrams): no name
    /// part is that long, and a hostile one of thousands of letters would cost time quadratic in its length.</summary>
    private const int MaxExpandedLength = 40;

    /// <summary>Shortest unknown token expanded: shorter ones share too few trigrams to find their word and find many others.</summary>
    private const int MinExpandedLength = 4;

    /// <summary>Vocabulary words (ids into <see cref="_tokens"/>) by padded trigram of their phonetic fold.</summary>
    private readonly Dictionary<long, int[]> _grams;

    /// <summary>Vocabulary words (ids into <see cref="_tokens"/>) by phonetic key, to tell whether a slip's phonetic key
    /// stands for the word meant or for others.</summary>
    private readonly Dictionary<int, int[]> _byPhonetic;

    private static Dictionary<int, int[]> BuildByPhonetic(NameToken[] tokens)
    {
        var lists = new Dictionary<int, List<int>>();
        for (int id = 0; id < tokens.Length; id++)
        {
            var t = tokens[id];
            if (!t.IsParticle && t.FKey >= 0 && t.PKey >= 0)
            {
                if (!lists.TryGetValue(t.PKey, out var list))
                {
                    lists[t.PKey] = list = [];
                }

                list.Add(id);
            }
        }

        return lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

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

    /// <summary>
    /// Whether a token the index has never seen is found through its phonetic key: some listed word with that key is one
    /// the engine would align with it ("Gonzales" by "Gonzalez"). A slip can also make the phonetic key of other words
    /// only ("Zúñija": the key of neither Zúñiga nor any word like it), and then the word meant is looked up as if the key
    /// were unknown too. Looking up every unseen spelling instead found the same identities at 1M and cost 12 % more CPU
    /// per query: most slips keep their word's phonetic key.
    /// </summary>
    private bool PhoneticKeyCovers(NameToken t)
    {
        if (t.PKey < 0 || !_byPhonetic.TryGetValue(t.PKey, out var words))
        {
            return false;
        }

        foreach (var id in words)
        {
            if (!TokenPrefilter.CertainlyDissimilar(t, _tokens[id]) && NameComparer.TokenSimilarity(t, _tokens[id], out _) >= MinExpansionSimilarity)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the keys of the vocabulary words a token unknown to the index stands for (see the type's remarks).</summary>
    private void AddExpansions(NameToken t, List<(int Key, float Weight)> keys, Scratch s)
    {
        if (t.FKey >= 0 || t.IsParticle || t.IsInitial || t.Fold.Length < MinExpandedLength || t.Fold.Length > MaxExpandedLength
            || PhoneticKeyCovers(t))
        {
            return;
        }

        // Two listed words run together: every split into known words of three letters or more, also with one character
        // between them dropped (a hyphen or space typed as another key: "JeanlBaptiste").
        var fold = t.Fold;
        for (int i = 3; i + 3 <= fold.Length; i++)
        {
            var left = LookupExact(fold.AsSpan(0, i));
            if (left < 0)
            {
                continue;
            }

            for (int gap = 0; gap <= 1 && i + gap + 3 <= fold.Length; gap++)
            {
                var right = LookupExact(fold.AsSpan(i + gap));
                if (right >= 0)
                {
                    AddKey(keys, left, 1f);
                    AddKey(keys, right, 1f);
                }
            }
        }

        // Words sharing enough trigrams, then the engine's own token similarity on the few that share the most.
        // A slip changes at most three of a word's padded trigrams, two slips six: a word sharing fewer than the others
        // less six, or than the best match less two, is not the one typed.
        var total = fold.Length;
        var need0 = Math.Max(2, total - 6);
        var lists = s.GramLists;
        lists.Clear();
        for (int g = -1; g + 2 <= fold.Length; g++)
        {
            if (_grams.TryGetValue(Trigram(fold, g), out var ids))
            {
                lists.Add(ids);
            }
        }

        if (lists.Count < need0)
        {
            return;
        }

        // Prefix filtering: a word in at least need0 of the lists is in one of the (count − need0 + 1) shortest, so only
        // those are walked; the long lists of common trigrams ("^MA", "EZ^") are binary-searched only for the words that
        // could still reach need0. Counts, and so the words kept, are the same as counting every list. (It pays in long
        // words; a word of eight letters or fewer has need0 = 2 and walks all lists but the longest.)
        lists.Sort(static (a, b) => a.Length.CompareTo(b.Length));
        var rare = lists.Count - need0 + 1;
        var counts = s.GramCounts;
        if (counts.Length < _tokens.Length)
        {
            s.GramCounts = counts = new byte[_tokens.Length];
        }

        // A word is counted once per list walked, and at most seven are (rare ≤ 7 since need0 ≥ lists − 6), so a byte holds it.
        var touched = s.GramTouched;
        touched.Clear();
        for (int l = 0; l < rare; l++)
        {
            foreach (var id in lists[l])
            {
                if (counts[id]++ == 0)
                {
                    touched.Add(id);
                }
            }
        }

        var most = 0;
        var shared = s.GramShared;
        shared.Clear();
        foreach (var id in touched)
        {
            int count = counts[id];
            counts[id] = 0;
            if (count + (lists.Count - rare) < need0)
            {
                continue;
            }

            for (int l = rare; l < lists.Count; l++)
            {
                if (lists[l].AsSpan().BinarySearch(id) >= 0)
                {
                    count++;
                }
                else if (count + (lists.Count - l - 1) < need0)
                {
                    break; // cannot reach need0 any more
                }
            }

            if (count >= need0)
            {
                shared.Add((id, count));
                most = Math.Max(most, count);
            }
        }

        var need = Math.Max(need0, most - 2);
        var best = s.Expansions;
        best.Clear();
        foreach (var (id, count) in shared)
        {
            // The prefilter proves a similarity of 0 from letter counts, without the weighted edit distance.
            if (count >= need && Math.Abs(_tokens[id].Fold.Length - fold.Length) <= 3 && !TokenPrefilter.CertainlyDissimilar(t, _tokens[id]))
            {
                var sim = NameComparer.TokenSimilarity(t, _tokens[id], out _);
                if (sim >= MinExpansionSimilarity)
                {
                    best.Add((sim, id));
                }
            }
        }

        best.Sort(static (x, y) => y.Sim != x.Sim ? y.Sim.CompareTo(x.Sim) : x.Id.CompareTo(y.Id));
        for (int i = 0; i < best.Count && i < MaxExpansions; i++)
        {
            AddKey(keys, _tokens[best[i].Id].FKey, best[i].Sim);
        }
    }
}
