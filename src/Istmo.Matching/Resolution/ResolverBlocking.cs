using System.Runtime.InteropServices;

namespace Istmo.Matching;

/// <summary>
/// Candidate pairs of entity resolution: the union of the blocking rules' pairs, each compared once. Rules run in
/// parallel; a rule's blocks are found by sorting 64-bit hashes of its keys rather than by a dictionary of strings.
/// </summary>
internal static class ResolverBlocking
{
    /// <summary>Sorted distinct pairs (low index in the high 32 bits).</summary>
    public static long[] CandidatePairs(List<ResolverRecord> records, ResolverOptions o, ResolverTrace? trace, bool datesDecide = true)
    {
        List<BlockingRule> rules = [.. o.BlockingRules.Where(r => !(datesDecide && r.OnlyWhereDatesDoNotDecide))];
        var perRule = new long[rules.Count][];
        Parallel.For(0, rules.Count, new ParallelOptions { MaxDegreeOfParallelism = o.MaxDegreeOfParallelism }, r => perRule[r] = RulePairs(records, rules[r], o, datesDecide));
        for (int r = 0; trace is not null && r < rules.Count; r++)
        {
            trace.RuleCounts[rules[r].Name] = perRule[r].Length;
        }

        if (trace is { Detailed: true })
        {
            for (int r = 0; r < rules.Count; r++)
            {
                trace.RulePairs[rules[r].Name] = new HashSet<long>(perRule[r], PairHash.Instance);
            }
        }

        return Merge(perRule);
    }

    /// <summary>Sets each record's two rarest name tokens (sorted) as its rare-pair blocking key.</summary>
    public static void AssignRarePairs(List<ResolverRecord> records)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            foreach (var t in r.Entity.Names.Length > 0 ? r.Entity.Names[0].Tokens : [])
            {
                if (!t.IsParticle)
                {
                    df[t.CanonicalFold] = df.TryGetValue(t.CanonicalFold, out var c) ? c + 1 : 1;
                }
            }
        }

        foreach (var r in records)
        {
            var tokens = (r.Entity.Names.Length > 0 ? r.Entity.Names[0].Tokens : []).Where(t => !t.IsParticle).Select(t => t.CanonicalFold).Distinct()
                .OrderBy(t => df[t]).ThenBy(t => t, StringComparer.Ordinal).Take(2).OrderBy(t => t, StringComparer.Ordinal).ToArray();
            r.RarePair = tokens.Length == 2 ? tokens[0] + "|" + tokens[1] : null;
        }
    }

    /// <summary>
    /// True when two records' birth years are both known and two or more apart: such a pair never links
    /// (<see cref="ResolverComparison.Contradicts"/>) unless they share a document, phone or e-mail, so comparing the others
    /// could not add a link (they may still meet in one cluster through a record born between them).
    /// </summary>
    public static bool BirthYearsContradict(int birthA, int birthB) => birthA != 0 && birthB != 0 && Math.Abs((birthA >> 9) - (birthB >> 9)) >= 2;

    /// <summary>One rule's pairs, sorted and distinct.</summary>
    private static long[] RulePairs(List<ResolverRecord> records, BlockingRule rule, ResolverOptions o, bool datesDecide)
    {
        var keys = new List<ulong>(records.Count * 2);
        var owners = new List<int>(records.Count * 2);
        for (int i = 0; i < records.Count; i++)
        {
            if (rule.RecordHashes is { } hashes)
            {
                var before = keys.Count;
                hashes(records[i], keys);
                for (int k = before; k < keys.Count; k++)
                {
                    owners.Add(i);
                }

                continue;
            }

            foreach (var k in rule.KeysOf(records[i]))
            {
                keys.Add(Hash(k));
                owners.Add(i);
            }
        }

        var keySpan = CollectionsMarshal.AsSpan(keys);
        var ownerSpan = CollectionsMarshal.AsSpan(owners);
        keySpan.Sort(ownerSpan);
        var full = rule.WindowOversized ? o.MaxBlockSize : Math.Max(2, o.MaxBlockSize / 5);
        var pairs = new PairSink(records, datesDecide, records.Count * 4);
        for (int start = 0; start < keySpan.Length;)
        {
            var end = start + 1;
            while (end < keySpan.Length && keySpan[end] == keySpan[start])
            {
                end++;
            }

            var members = ownerSpan[start..end];
            var block = keySpan[start];
            start = end;
            if (members.Length < 2)
            {
                continue;
            }

            if (rule.Involving is { } involving)
            {
                InvolvingPairs(pairs, records, members, involving, o, rule.RestOrder is { } rest ? (int m) => rest(records[m], block) : null, rule.LetterNeighbours);
            }
            else if (members.Length <= full)
            {
                for (int x = 0; x < members.Length; x++)
                {
                    for (int y = x + 1; y < members.Length; y++)
                    {
                        pairs.Add(members[x], members[y]);
                    }
                }
            }
            else if (rule.WindowOversized && members.Length > o.MaxBlockSize)
            {
                // Oversized block (a common name): a sorted neighbourhood by birth date then name, so duplicates that
                // agree on the birth date (or lack one) and have close names are neighbours.
                var sorted = members.ToArray();
                Array.Sort(sorted, (a, b) =>
                {
                    var c = records[a].Birth.CompareTo(records[b].Birth);
                    if (c == 0)
                    {
                        c = string.CompareOrdinal(records[a].SortText, records[b].SortText);
                    }

                    return c != 0 ? c : a.CompareTo(b);
                });
                for (int x = 0; x < sorted.Length; x++)
                {
                    for (int y = x + 1; y < Math.Min(sorted.Length, x + 1 + o.Window); y++)
                    {
                        pairs.Add(sorted[x], sorted[y]);
                    }
                }

                UndatedByName(pairs, records, sorted, o.Window);
                if (rule.RestOrder is { } rest)
                {
                    // A rule for files whose dates do not decide: there a duplicate's date may be years off, so the block is also
                    // walked in name order and in the order of the other name parts (fake_20000: F1 0.9364 → 0.9382).
                    // Walking it only by name lost the exact dates' neighbours with a garbled name (0.9285).
                    NeighboursByName(pairs, records, members, _ => true, o.Window);
                    NeighboursByName(pairs, records, members, _ => true, o.Window, m => rest(records[m], block));
                }
            }
            else if (!rule.WindowOversized)
            {
                // A broad rule skips its large blocks, but an undated record has no date-keyed rule to fall back on.
                UndatedByName(pairs, records, members, Math.Max(1, o.Window / 2));
                if (rule.LargeBlockWindow > 0)
                {
                    NeighboursByName(pairs, records, members, _ => true, rule.LargeBlockWindow);
                }
            }
        }

        var all = CollectionsMarshal.AsSpan(pairs.Pairs);
        all.Sort();
        var unique = 0;
        for (int i = 0; i < all.Length; i++)
        {
            if (i == 0 || all[i] != all[i - 1])
            {
                all[unique++] = all[i];
            }
        }

        return all[..unique].ToArray();
    }

    /// <summary>
    /// In an oversized block sorted by birth date, records without a date sort first, so they met only each other: each
    /// is also paired with its neighbours in name order (the window on both sides), where its dated duplicates are.
    /// (The same for year-only dates in (year, name) order was measured: 0.0002 F1 at 300k, not kept.)
    /// </summary>
    private static void UndatedByName(PairSink pairs, List<ResolverRecord> records, ReadOnlySpan<int> members, int window) =>
        NeighboursByName(pairs, records, members, r => r.Birth == 0, window);

    /// <summary>
    /// Pairs each member matching <paramref name="which"/> with its <paramref name="window"/> neighbours on each side in name
    /// order, or in the order of the sort keys <paramref name="order"/> gives the members.
    /// </summary>
    private static void NeighboursByName(PairSink pairs, List<ResolverRecord> records, ReadOnlySpan<int> members, Func<ResolverRecord, bool> which, int window, Func<int, string>? order = null)
    {
        var any = false;
        foreach (var m in members)
        {
            any |= which(records[m]);
        }

        if (!any)
        {
            return;
        }

        var byName = members.ToArray();
        if (order is null)
        {
            Array.Sort(byName, (a, b) =>
            {
                var c = string.CompareOrdinal(records[a].SortText, records[b].SortText);
                return c != 0 ? c : a.CompareTo(b);
            });
        }
        else
        {
            var sortKeys = new string[byName.Length];
            for (int i = 0; i < byName.Length; i++)
            {
                sortKeys[i] = order(byName[i]);
            }

            Array.Sort(sortKeys, byName, StringComparer.Ordinal);
        }

        for (int x = 0; x < byName.Length; x++)
        {
            if (!which(records[byName[x]]))
            {
                continue;
            }

            for (int y = Math.Max(0, x - window); y < Math.Min(byName.Length, x + 1 + window); y++)
            {
                if (y != x)
                {
                    pairs.Add(byName[x], byName[y]);
                }
            }
        }
    }

    /// <summary>
    /// A block of a rule with <see cref="BlockingRule.Involving"/>: each such record with every other member, or in an
    /// oversized block with its neighbours in name order and, with <paramref name="order"/>, in that order too, and with the
    /// <paramref name="letterNeighbours"/> members whose names share the most letters with its own.
    /// </summary>
    private static void InvolvingPairs(PairSink pairs, List<ResolverRecord> records, ReadOnlySpan<int> members, Func<ResolverRecord, bool> involving, ResolverOptions o, Func<int, string>? order, int letterNeighbours)
    {
        if (members.Length > o.MaxBlockSize)
        {
            NeighboursByName(pairs, records, members, involving, o.Window);
            if (order is not null)
            {
                NeighboursByName(pairs, records, members, involving, o.Window, order);
            }

            if (letterNeighbours > 0)
            {
                NeighboursByLetters(pairs, records, members, involving, letterNeighbours);
            }

            return;
        }

        Span<bool> marks = members.Length <= 256 ? stackalloc bool[members.Length] : new bool[members.Length];
        var any = false;
        for (int x = 0; x < members.Length; x++)
        {
            marks[x] = involving(records[members[x]]);
            any |= marks[x];
        }

        for (int x = 0; any && x < members.Length; x++)
        {
            for (int y = x + 1; y < members.Length; y++)
            {
                if (marks[x] || marks[y])
                {
                    pairs.Add(members[x], members[y]);
                }
            }
        }
    }

    /// <summary>
    /// Pairs each member matching <paramref name="which"/> with the <paramref name="k"/> members whose whole names share
    /// the most letters with its own, in any order: a typo in each of two other name parts moves a duplicate far from
    /// it in every sort order, but not in its letters.
    /// </summary>
    private static void NeighboursByLetters(PairSink pairs, List<ResolverRecord> records, ReadOnlySpan<int> members, Func<ResolverRecord, bool> which, int k)
    {
        // The block's letter counts and lengths side by side: each record is read once, then scanned once per undated member.
        var letters = new System.Runtime.Intrinsics.Vector256<byte>[members.Length];
        var lengths = new double[members.Length];
        var any = false;
        for (int i = 0; i < members.Length; i++)
        {
            var r = records[members[i]];
            var usable = r.NameKey.Length is > 0 and <= 255;
            letters[i] = usable ? r.NameKeyLetters : default;
            lengths[i] = usable ? 1.0 / r.NameKey.Length : 0;
            any |= usable && which(r);
        }

        if (!any)
        {
            return;
        }

        Span<double> bestScore = stackalloc double[k];
        Span<int> bestAt = stackalloc int[k];
        for (int x = 0; x < members.Length; x++)
        {
            if (lengths[x] == 0 || !which(records[members[x]]))
            {
                continue;
            }

            bestScore.Fill(-1);
            bestAt.Fill(-1);
            var lx = letters[x];
            var ix = lengths[x];
            for (int y = 0; y < letters.Length; y++)
            {
                var score = TokenPrefilter.Shared(lx, letters[y]) * (ix + lengths[y]);
                if (score <= bestScore[k - 1] || y == x || lengths[y] == 0)
                {
                    continue;
                }

                var at = k - 1;
                while (at > 0 && bestScore[at - 1] < score)
                {
                    bestScore[at] = bestScore[at - 1];
                    bestAt[at] = bestAt[at - 1];
                    at--;
                }

                bestScore[at] = score;
                bestAt[at] = y;
            }

            foreach (var y in bestAt)
            {
                if (y >= 0)
                {
                    pairs.Add(members[x], members[y]);
                }
            }
        }
    }

    /// <summary>The two record indexes of a packed pair (low index in the high 32 bits, as <see cref="CandidatePairs"/> makes them).</summary>
    internal static (int A, int B) Split(long pair) => ((int)(pair >> 32), (int)(pair & 0xFFFFFFFF));

    /// <summary>
    /// A rule's pairs as they are made. When birth dates decide (see <see cref="EntityResolver"/>), a pair born two or more
    /// years apart could not link unless it shares an identifier, so it is not kept.
    /// </summary>
    private sealed class PairSink(List<ResolverRecord> records, bool datesDecide, int capacity)
    {
        public List<long> Pairs { get; } = new(capacity);

        public void Add(int a, int b)
        {
            if (a != b && (!datesDecide || !BirthYearsContradict(records[a].Birth, records[b].Birth) || ResolverComparison.SharesIdentifier(records[a], records[b])))
            {
                Pairs.Add(a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a);
            }
        }
    }

    /// <summary>k-way merge of sorted distinct arrays into one sorted distinct array.</summary>
    private static long[] Merge(long[][] lists)
    {
        var heads = new int[lists.Length];
        var result = new List<long>(lists.Sum(l => l.Length));
        while (true)
        {
            var min = long.MaxValue;
            var any = false;
            for (int r = 0; r < lists.Length; r++)
            {
                if (heads[r] < lists[r].Length && lists[r][heads[r]] <= min)
                {
                    min = lists[r][heads[r]];
                    any = true;
                }
            }

            if (!any)
            {
                return [.. result];
            }

            result.Add(min);
            for (int r = 0; r < lists.Length; r++)
            {
                if (heads[r] < lists[r].Length && lists[r][heads[r]] == min)
                {
                    heads[r]++;
                }
            }
        }
    }

    /// <summary>A key's hash combined with a number (splitmix64 finaliser: every input bit moves every output bit).</summary>
    internal static ulong Mix(ulong hash, int value)
    {
        var z = hash + (0x9E3779B97F4A7C15UL * (ulong)(uint)value) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>FNV-1a over the key's characters: stable across runs (string hashes are randomised per process).</summary>
    internal static ulong Hash(string key)
    {
        var h = 14695981039346656037UL;
        foreach (var ch in key)
        {
            h = (h ^ ch) * 1099511628211UL;
        }

        return h;
    }
}
