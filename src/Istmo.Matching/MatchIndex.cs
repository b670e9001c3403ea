using System.Numerics;
using System.Runtime.CompilerServices;

namespace Istmo.Matching;

/// <summary>An immutable in-memory screening index: blocks candidates by name keys and identifiers, then rescoring with <see cref="Scorer"/>. Thread-safe for concurrent searches.</summary>
/// <remarks>
/// Storage is columnar: interned tokens, names as int token ids, postings as sorted int[] per key. Retrieval keys per name token:
/// its exact phonetic fold (F) and coarse Spanish key (P); merged particle runs and compound given names; trigrams for one-token names;
/// document and phone keys. Keys frequent in the index are not scanned alone: pairs of frequent keys get their own postings.
/// Candidates are ranked by the sum of key weights (idf), the best <see cref="MatchOptions.Candidates"/> are rescored.
/// </remarks>
public sealed partial class MatchIndex
{
    private readonly Dictionary<string, int> _tokenIds;
    private readonly NameToken[] _tokens;
    private readonly int[] _entityNameStart;
    private readonly int[] _nameTokenStart;
    private readonly int[] _nameShape;
    private readonly int[] _nameTokens;
    private readonly byte[] _nameRoles;
    private readonly string?[] _nameLegal;
    private readonly string[] _nameOriginal;
    private readonly string[] _ids;
    private readonly EntitySchema[] _schema;
    private readonly int[] _birth;
    private readonly byte[] _sex;
    private readonly int[] _meta;
    private readonly string[][] _countries;
    private readonly string[][] _documents;
    private readonly string[][] _phones;
    private readonly Dictionary<string, int> _keyIds;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _keyLookup;
    private readonly Dictionary<long, int> _pairIds;
    private readonly int[][] _postings;
    private readonly float[] _idf;
    private readonly YearPostings?[] _byYear;
    private readonly int _frequent;
    private readonly SimilarityCache _similarityCache;
    private Comparison<Scored>? _compareScored;

    private MatchIndex(Builder b)
    {
        _tokenIds = b.TokenIds;
        _tokens = b.Tokens;
        _entityNameStart = b.EntityNameStart;
        _nameTokenStart = b.NameTokenStart;
        _nameShape = b.NameShape;
        _nameTokens = b.NameTokens;
        _nameRoles = b.NameRoles;
        _nameLegal = b.NameLegal;
        _nameOriginal = b.NameOriginal;
        _ids = b.Ids;
        _schema = b.Schema;
        _birth = b.Birth;
        _sex = b.Sex;
        _meta = new int[_birth.Length];
        for (int i = 0; i < _meta.Length; i++)
        {
            _meta[i] = ((_birth[i] >> 9) << 2) | (int)_schema[i];
        }
        _countries = b.Countries;
        _documents = b.Documents;
        _phones = b.Phones;
        _keyIds = b.KeyIds;
        _keyLookup = _keyIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _pairIds = b.PairIds;
        _postings = b.Postings;
        _idf = b.Idf;
        _byYear = b.ByYear;
        _frequent = b.Frequent;
        _grams = BuildGrams(_tokens);
        _similarityCache = new SimilarityCache(_tokens.Length);
        _similarityCache.Warm(_tokens, b.TokenFrequency, WarmTokens, b.MaxDegreeOfParallelism);
        Rejected = b.Rejected;
    }

    /// <summary>The similarities of all pairs of this many most frequent tokens are computed at build (≤ 2.25M pairs, 18 MB, ~1 s
    /// CPU at 1M names). 1M names, batch of 100k: 600 → 1,500 tokens 0.097 → 0.093 ms CPU per query (fewer reads of the
    /// index-wide table, which miss the cache twice); 2,500 no better and 50 MB.</summary>
    internal const int WarmTokens = 1500;

    /// <summary>Number of indexed entities.</summary>
    public int Count => _ids.Length;

    /// <summary>Number of distinct name tokens.</summary>
    public int TokenCount => _tokens.Length;

    /// <summary>Number of distinct blocking keys (including pair keys).</summary>
    public int KeyCount => _postings.Length;

    /// <summary>Entities that could not be indexed, with the reason (e.g. no usable name or identifier).</summary>
    public IReadOnlyList<(string Id, string Reason)> Rejected { get; }

    /// <summary>Builds an index from entities; invalid entities are listed in <see cref="Rejected"/>, duplicate ids are rejected too.</summary>
    public static MatchIndex Build(IEnumerable<MatchEntity> entities, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(entities);
        return new MatchIndex(Builder.Run(entities as IReadOnlyList<MatchEntity> ?? [.. entities], maxDegreeOfParallelism));
    }

    /// <summary>Searches one query; results are sorted by score (then id), at most <see cref="MatchOptions.Limit"/>, none below the cutoff.</summary>
    /// <exception cref="ArgumentException">The query has no usable name or identifier (parameter name says which field).</exception>
    public IReadOnlyList<MatchResult> Search(MatchEntity query, MatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        options ??= MatchOptions.Default;
        options.Validate();
        return SearchCore(query, options);
    }

    /// <summary>Approximate managed memory held by the index, in bytes (arrays and strings, not dictionary overhead).</summary>
    public long EstimateBytes()
    {
        long b = 0;
        b += _nameTokens.LongLength * 4 + _nameRoles.LongLength + _nameTokenStart.LongLength * 4 + _entityNameStart.LongLength * 4;
        b += _birth.LongLength * 4 + _sex.LongLength + (_schema.LongLength * 4);
        foreach (var p in _postings)
        {
            b += 24 + (p.LongLength * 4);
        }

        foreach (var s in _ids)
        {
            b += 22 + (s.Length * 2);
        }

        foreach (var s in _nameOriginal)
        {
            b += 22 + (s.Length * 2);
        }

        foreach (var g in _grams.Values)
        {
            b += 24 + 8 + (g.LongLength * 4);
        }

        return b;
    }

    private sealed class Scratch
    {
        public WeightAccumulator Acc = new();
        public NameToken[] Buffer = new NameToken[NameNormalizer.MaxTokens];
        public List<(int Key, float Weight)> Keys = new(64);
        public List<(int Key, float Weight)> Lists = new(64);
        public int[] Selected = new int[1024];
        public int[] SelectedMeta = new int[1024];
        public List<int> Frequent = new(32);
        public QueryTokenSimilarities Similarities = new();
        public Dictionary<Int128, float> Merges = new(256);
        public Dictionary<long, double> Shapes = new(256);
        public Dictionary<long, double> ShapeBounds = new(256);
        public int[] Heap = new int[64];
        public float[] HeapScore = new float[64];
        public float[] Weights = new float[64];
        public double[] Bounds = new double[64];
        public int[] Order = new int[64];
        public int[] Kept = new int[64];
        public int[] FirstName = new int[64];
        public int[] FirstShape = new int[64];
        public int[] FirstTokens = new int[64];
        public List<Scored> Scored = new(64);
        public double[] BestScores = new double[16];
        public byte[] GramCounts = [];
        public List<int> GramTouched = new(256);
        public List<int[]> GramLists = new(32);
        public List<(int Id, int Count)> GramShared = new(64);
        public List<(float Sim, int Id)> Expansions = new(16);
    }

    [ThreadStatic]
    private static Scratch? t_scratch;

    private static Scratch GetScratch() => t_scratch ??= new Scratch();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<NameToken> NameTokens(int name, NameToken[] buffer) => NameTokens(_nameTokenStart[name], _nameTokenStart[name + 1], buffer);

    /// <summary>The tokens of a name from its token offsets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<NameToken> NameTokens(int start, int end, NameToken[] buffer)
    {
        var len = Math.Min(end - start, buffer.Length);
        for (int k = 0; k < len; k++)
        {
            buffer[k] = _tokens[_nameTokens[start + k]];
        }

        return buffer.AsSpan(0, len);
    }

    private NameToken Resolve(string text, bool organization)
    {
        if (_tokenIds.TryGetValue(text, out var id))
        {
            var t = _tokens[id];
            if (t.IsParticle == NameParticles.IsParticle(text, organization))
            {
                return t;
            }
        }

        var created = NameToken.Create(text, organization);
        created.FKey = _keyIds.TryGetValue(IndexKeys.Exact + created.CanonicalFold, out var f) ? f : -1;
        created.PKey = _keyIds.TryGetValue(IndexKeys.Phonetic + created.Key, out var p) ? p : -1;
        return created;
    }

    private IReadOnlyList<MatchResult> SearchCore(MatchEntity query, MatchOptions options) => SearchPrepared(Prepare(query, options), options);

    private PreparedEntity Prepare(MatchEntity query, MatchOptions options) =>
        PreparedEntity.Prepare(query, withDisplay: options.Explain, t => Resolve(t, query.Schema == EntitySchema.Organization));

    private IReadOnlyList<MatchResult> SearchPrepared(PreparedEntity q, MatchOptions options)
    {
        var n = _ids.Length;
        if (n == 0)
        {
            return [];
        }

        var s = GetScratch();
        var k = Math.Max(options.Candidates, options.Limit);
        try
        {
            CollectKeys(q, s);
            Accumulate(q, s, k);
            var candidates = TopK(q, s, k, out var count);
            return Rescore(q, options, s, candidates, count);
        }
        finally
        {
            s.Acc.Clear();
            Array.Clear(s.Buffer);
        }
    }

    private void CollectKeys(PreparedEntity q, Scratch s)
    {
        var keys = s.Keys;
        keys.Clear();
        foreach (var name in q.Names)
        {
            var tokens = name.Tokens;
            for (int i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                if (t.IsParticle)
                {
                    continue;
                }

                AddKey(keys, t.FKey, 1f);
                AddKey(keys, t.PKey, 0.5f);
                AddExpansions(t, keys, s);
                if (t.Alternates is not null)
                {
                    foreach (var alt in t.Alternates)
                    {
                        AddKey(keys, Lookup(IndexKeys.Exact + SpanishPhonetic.Fold(alt)), 1f);
                    }
                }
            }

            IndexKeys.MergedAndGramKeys(tokens, name.Roles, key =>
            {
                var id = Lookup(key);
                AddKey(keys, id, key[0] == IndexKeys.Gram ? 0.3f : key[0] == IndexKeys.Exact ? 1f : 0.5f);
            }, q.Schema == EntitySchema.Organization);
        }

        foreach (var d in q.Documents)
        {
            AddKey(keys, Lookup(IndexKeys.Document + d), 0, fixedWeight: 12f);
        }

        foreach (var p in q.Phones)
        {
            AddKey(keys, Lookup(IndexKeys.Phone + p), 0, fixedWeight: 8f);
        }
    }

    /// <summary>The key of a pair of frequent keys in <see cref="_pairIds"/>, the same for either order.</summary>
    /// <remarks>The packed ids are multiplied by an odd constant (a bijection, so keys stay distinct) because a
    /// <see cref="long"/> hashes as its two halves XOR-ed: frequent keys have small ids, so the plain packed pairs fell into a
    /// few thousand buckets, and a look-up walked a chain of hundreds (~2.7 µs, 12% of a query at 1M).</remarks>
    internal static long PairKey(int a, int b)
    {
        int x = Math.Min(a, b), y = Math.Max(a, b);
        return (long)((((ulong)(uint)x << 32) | (uint)y) * 0x9E3779B97F4A7C15UL);
    }

    private int Lookup(string key) => _keyIds.TryGetValue(key, out var id) ? id : -1;

    /// <summary>The id of the exact (F) key of a fold given as characters, without building the key string (−1 when none).</summary>
    private int LookupExact(ReadOnlySpan<char> fold)
    {
        Span<char> key = fold.Length < 128 ? stackalloc char[fold.Length + 1] : new char[fold.Length + 1];
        key[0] = IndexKeys.Exact;
        fold.CopyTo(key[1..]);
        return _keyLookup.TryGetValue(key, out var id) ? id : -1;
    }

    private void AddKey(List<(int Key, float Weight)> keys, int key, float factor, float fixedWeight = 0)
    {
        if (key < 0)
        {
            return;
        }

        var w = fixedWeight > 0 ? fixedWeight : _idf[key] * factor;
        for (int i = 0; i < keys.Count; i++)
        {
            if (keys[i].Key == key)
            {
                if (w > keys[i].Weight)
                {
                    keys[i] = (key, w);
                }

                return;
            }
        }

        keys.Add((key, w));
    }

    private void Accumulate(PreparedEntity q, Scratch s, int k)
    {
        var keys = s.Keys;
        var frequent = s.Frequent;
        frequent.Clear();
        var lists = s.Lists;
        lists.Clear();
        foreach (var (key, weight) in keys)
        {
            if (_postings[key].Length < _frequent)
            {
                lists.Add((key, weight));
            }
            else
            {
                frequent.Add(key);
            }
        }

        // Pairs of frequent keys (F with F, P with P) have their own, much shorter, postings.
        // Which frequent keys a pair posting covered (cleared: the module skips zeroing stack memory).
        Span<bool> paired = frequent.Count <= 64 ? stackalloc bool[frequent.Count] : new bool[frequent.Count];
        paired.Clear();
        for (int a = 0; a < frequent.Count; a++)
        {
            for (int b = a + 1; b < frequent.Count; b++)
            {
                if (_pairIds.TryGetValue(PairKey(frequent[a], frequent[b]), out var pair))
                {
                    lists.Add((pair, WeightOf(keys, frequent[a]) + WeightOf(keys, frequent[b])));
                    paired[a] = paired[b] = true;
                }
            }
        }

        AddLists(q, s, k);
        AddUnpairedFrequent(q, s, k, paired);

        // Too little found (e.g. one common given name and a misspelt surname): scan frequent keys, bounded. With a known
        // birth year only entities born within a year of it are taken (the others could not outrank them in TopK anyway
        // unless nothing else is found), which keeps the touched set, and so TopK, small.
        if (s.Acc.Count < k && frequent.Count > 0)
        {
            var year = q.Birth >> 9;
            var budget = year != 0 ? 400_000 : 50_000;
            foreach (var key in frequent)
            {
                var list = _postings[key];
                var take = Math.Min(list.Length, budget);
                if (year != 0)
                {
                    AddNearYear(s, key, take, WeightOf(keys, key), year);
                }
                else
                {
                    Add(s, list.AsSpan(0, take), WeightOf(keys, key));
                }

                budget -= take;
                if (budget <= 0)
                {
                    break;
                }
            }

            if (year != 0 && s.Acc.Count < k)
            {
                // Nobody born near that year: fall back to a short unfiltered scan.
                budget = 50_000;
                foreach (var key in frequent)
                {
                    var list = _postings[key];
                    var take = Math.Min(list.Length, budget);
                    AddUntouched(s, list.AsSpan(0, take), WeightOf(keys, key));
                    budget -= take;
                    if (budget <= 0)
                    {
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Longest frequent list read to add its weight to the entities touched already, for a query without a birth year.</summary>
    /// <remarks>With a year only the three years' groups are read (~1,200 entries for a given name at 1M). Without one the
    /// whole list is read: a common given name at 1M has 10,000–30,000 entries. At 8,000 (fourth session) those were left
    /// out, as a scan cost about half a query; since the accumulator's filter rejects an untouched entity in one bit, reading
    /// them all costs ~1% of the batch's CPU and found 3 more of 973 listed identities at 1M (recall 0.968 → 0.971). The cap
    /// keeps a query's cost bounded in larger indexes.</remarks>
    internal const int MaxUnpairedScan = 32_000;

    /// <summary>
    /// A frequent key with no frequent partner in the query (a common given name beside rare surnames: "Sofia" in "Sofia
    /// Sevcuhenko") adds nobody's weight through pair postings, so among more than k entities touched by the rare keys the
    /// one that also has the common name ranked no higher than the others ("Artem Shevchenko" level with "Sofia
    /// Shevchenko"), and k of them were cut by identifier order. Its weight is added to the entities already touched,
    /// reading only those born within a year of the query's year (or undated) when it has one.
    /// </summary>
    private void AddUnpairedFrequent(PreparedEntity q, Scratch s, int k, ReadOnlySpan<bool> paired)
    {
        var frequent = s.Frequent;
        if (s.Acc.Count <= k || frequent.Count == 0)
        {
            return;
        }

        var acc = s.Acc;
        var year = q.Birth >> 9;
        Span<int> years = stackalloc int[4];
        for (int i = 0; i < frequent.Count; i++)
        {
            if (paired[i])
            {
                continue;
            }

            var key = frequent[i];
            var weight = WeightOf(s.Keys, key);
            if (year != 0 && _byYear[key] is { } groups)
            {
                foreach (var y in years[..YearPostings.NearYears(year, years)])
                {
                    foreach (var doc in groups.Of(y))
                    {
                        acc.AddIfPresent(doc, weight);
                    }
                }
            }
            else if (_postings[key].Length <= MaxUnpairedScan)
            {
                foreach (var doc in _postings[key])
                {
                    acc.AddIfPresent(doc, weight);
                }
            }
        }
    }

    /// <summary>Adds the entities of the first <paramref name="take"/> postings of a frequent key born within a year of
    /// <paramref name="year"/> or with no birth date; reads only those entities through the key's by-year grouping.</summary>
    private void AddNearYear(Scratch s, int key, int take, float weight, int year)
    {
        var list = _postings[key];
        if (take <= 0)
        {
            return;
        }

        // Postings are sorted by entity, so the first `take` of them are the entities up to list[take - 1].
        var last = list[take - 1];
        if (_byYear[key] is not { } groups)
        {
            AddNearYearScan(s, list.AsSpan(0, take), weight, year);
            return;
        }

        // The same entities as the filter `b == 0 || |b - year| <= 1` over the first `take` postings, each group once.
        Span<int> years = stackalloc int[4];
        foreach (var y in years[..YearPostings.NearYears(year, years)])
        {
            AddUpTo(s, groups.Of(y), last, weight);
        }
    }

    private static void AddUpTo(Scratch s, ReadOnlySpan<int> docs, int last, float weight)
    {
        var acc = s.Acc;
        foreach (var doc in docs)
        {
            if (doc > last)
            {
                break;
            }

            acc.Add(doc, weight);
        }
    }

    private void AddNearYearScan(Scratch s, ReadOnlySpan<int> list, float weight, int year)
    {
        var birth = _birth;
        var acc = s.Acc;
        foreach (var doc in list)
        {
            var b = birth[doc] >> 9;
            if (b == 0 || Math.Abs(b - year) <= 1)
            {
                acc.Add(doc, weight);
            }
        }
    }

    /// <summary>Adds only entities not touched yet (a second pass over lists partly added already).</summary>
    private static void AddUntouched(Scratch s, ReadOnlySpan<int> list, float weight)
    {
        var acc = s.Acc;
        foreach (var doc in list)
        {
            acc.AddIfAbsent(doc, weight);
        }
    }

    private static float WeightOf(List<(int Key, float Weight)> keys, int key)
    {
        foreach (var (k, w) in keys)
        {
            if (k == key)
            {
                return w;
            }
        }

        return 0;
    }

    private static void Add(Scratch s, ReadOnlySpan<int> list, float weight)
    {
        var acc = s.Acc;
        foreach (var doc in list)
        {
            acc.Add(doc, weight);
        }
    }

    /// <summary>Candidates with a retrieval weight below this fraction of the best candidate's are not rescored.</summary>
    internal const float RescoreRatio = 0.4f;

    /// <summary>When false, every candidate above the retrieval floor is rescored (no score-bound pruning) and retrieval
    /// neither stops opening entities early nor skips entities below the floor in TopK; for tests.</summary>
    internal bool Pruning { get; set; } = true;

    /// <summary>When false, rescoring uses only per-query similarity caches (not the index-wide one); for tests.</summary>
    internal bool SharedCache { get; set; } = true;

    private IReadOnlyList<MatchResult> Rescore(PreparedEntity q, MatchOptions options, Scratch s, int[] candidates, int count)
    {
        var org = q.Schema == EntitySchema.Organization;
        var cache = s.Similarities;
        cache.Clear();
        Reset(s.Merges);
        var shapes = s.Shapes;
        Reset(shapes);
        Reset(s.ShapeBounds);
        var shared = SharedCache ? _similarityCache : null;

        // Candidates whose retrieval weight is far below the best one's are not rescored: they share only a common token
        // or a coarse phonetic key with the query, and rescoring them was most of a query's cost.
        var hs = s.HeapScore;
        var top = 0f;
        for (int c = 0; c < count; c++)
        {
            top = Math.Max(top, hs[c]);
        }

        // Upper bound of each candidate's score: its facts (birth date, sex, nationality, documents, phones) with a perfect
        // name (the score is non-decreasing in the name score). Candidates are rescored in decreasing bound order, and
        // rescoring stops when the bound falls below the cutoff or below the Limit-th best score found so far: the
        // results are exactly those of rescoring every candidate.
        var floor = top * RescoreRatio;
        if (s.Bounds.Length < count)
        {
            s.Bounds = new double[count];
            s.Order = new int[count];
        }

        var bounds = s.Bounds;
        var order = s.Order;
        var n = 0;

        // Without documents or phones in the query, facts add at most MaxFactUplift to the name score: a candidate whose
        // name bound plus that is below the cutoff is never rescored, so its facts (a few cache misses) are not read.
        var factCeiling = q.Documents.Length == 0 && q.Phones.Length == 0 ? MaxFactUplift : double.PositiveInfinity;
        var kept = GatherFirstNames(candidates, count, floor, s);
        for (int x = 0; x < kept; x++)
        {
            var doc = s.Kept[x];
            var nameBound = Pruning ? NameBound(q, doc, x, s, org, shared) : 1.0;
            if (Pruning && nameBound + factCeiling + BoundMargin < options.Cutoff)
            {
                continue;
            }

            bounds[n] = -(Scorer.Combine(nameBound, q, _birth[doc], _sex[doc], _countries[doc], _documents[doc], _phones[doc], null, null) + BoundMargin);
            order[n] = doc;
            n++;
        }

        var pruning = Pruning;
        if (pruning)
        {
            Array.Sort(bounds, order, 0, n); // ascending negated bounds = decreasing bounds
        }

        var scored = s.Scored;
        scored.Clear();
        var limit = options.Limit;
        if (s.BestScores.Length < limit)
        {
            s.BestScores = new double[limit];
        }

        var best = s.BestScores; // min-heap of the Limit best scores so far
        var bestCount = 0;
        for (int c = 0; c < n; c++)
        {
            var bound = -bounds[c];
            if (pruning && (bound < options.Cutoff || (bestCount == limit && bound < best[0])))
            {
                break;
            }

            var doc = order[c];
            double nameScore = 0;
            int bq = -1, bn = -1;
            for (int name = _entityNameStart[doc]; name < _entityNameStart[doc + 1]; name++)
            {
                var ct = NameTokens(name, s.Buffer);
                var cr = _nameRoles.AsSpan(_nameTokenStart[name], ct.Length);
                for (int i = 0; i < q.Names.Length; i++)
                {
                    // Identical candidate names (namesakes) are compared once per query name.
                    var shapeKey = ((long)i << 32) | (uint)_nameShape[name];
                    if (!shapes.TryGetValue(shapeKey, out var sc))
                    {
                        var qn = q.Names[i];
                        sc = NameComparer.Compare(qn.Tokens, qn.Roles, qn.LegalForm, ct, cr, _nameLegal[name], org, null, cache, i * NameNormalizer.MaxTokens, s.Merges, shared);
                        shapes[shapeKey] = sc;
                    }

                    if (sc > nameScore)
                    {
                        nameScore = sc;
                        bq = i;
                        bn = name;
                    }
                }
            }

            var score = Scorer.Combine(nameScore, q, _birth[doc], _sex[doc], _countries[doc], _documents[doc], _phones[doc], null, null);
            if (score >= options.Cutoff)
            {
                scored.Add(new Scored(score, doc, bq, bn, nameScore));
                if (bestCount < limit)
                {
                    best[bestCount++] = score;
                    SiftUpMin(best, bestCount - 1);
                }
                else if (score > best[0])
                {
                    best[0] = score;
                    SiftDownMin(best, bestCount);
                }
            }
        }

        scored.Sort(_compareScored ??= CompareScored);

        var take = Math.Min(limit, scored.Count);
        if (take == 0)
        {
            return [];
        }

        var results = new MatchResult[take];
        for (int i = 0; i < take; i++)
        {
            var (score, doc, bq, bn, nameScore) = scored[i];
            if (options.Explain)
            {
                var qName = bq >= 0 ? q.Names[bq] : null;
                // Candidate tokens come from the index (no second normalisation); the name score is the one computed above.
                var cName = bn >= 0 ? NameForm.Create(_nameOriginal[bn], org, withDisplay: true, t => Resolve(t, org)) : null;
                results[i] = Scorer.Finish(q, _ids[doc], qName is null || cName is null ? 0 : nameScore, qName, cName, _birth[doc], _sex[doc], _countries[doc], _documents[doc], _phones[doc], options, explain: true);
            }
            else
            {
                var isMatch = score >= options.Threshold;
                if (options.Adjudications is { } adj)
                {
                    isMatch = !adj.IsFalsePositive(q.Id, _ids[doc]) && (isMatch || adj.IsTrueMatch(q.Id, _ids[doc]));
                }

                results[i] = new MatchResult { CandidateId = _ids[doc], Score = score, IsMatch = isMatch };
            }
        }

        return results;
    }

    /// <summary>Keeps the candidates at or above the retrieval floor (<see cref="Scratch.Kept"/>, in heap order) and reads
    /// their first names' shape and token offset, each level in one tight loop.</summary>
    /// <remarks>The reads are independent, so their cache misses (a few arrays of 1M entries, spread over the index) overlap
    /// instead of waiting one by one inside the bounds; at 1M this took ~5% off a query.</remarks>
    private int GatherFirstNames(int[] candidates, int count, float floor, Scratch s)
    {
        if (s.Kept.Length < count)
        {
            s.Kept = new int[count];
            s.FirstName = new int[count];
            s.FirstShape = new int[count];
            s.FirstTokens = new int[count];
        }

        var hs = s.HeapScore;
        var kept = 0;
        for (int c = 0; c < count; c++)
        {
            if (hs[c] >= floor)
            {
                s.Kept[kept] = candidates[c];
                s.FirstName[kept++] = _entityNameStart[candidates[c]];
            }
        }

        var names = _nameShape.Length;
        for (int x = 0; x < kept; x++)
        {
            // An entity listed by identifiers only has no name: its (empty) range may start past the last name.
            var name = s.FirstName[x];
            s.FirstShape[x] = name < names ? _nameShape[name] : -1;
            s.FirstTokens[x] = name < names ? _nameTokenStart[name] : -1;
        }

        return kept;
    }

    /// <summary>Upper bound of the best name score of a candidate over its names and the query's names (per shape, cached
    /// per query); <paramref name="x"/> is the candidate's place in <see cref="GatherFirstNames"/>.</summary>
    private double NameBound(PreparedEntity q, int doc, int x, Scratch s, bool org, SimilarityCache? shared)
    {
        double bound = 0;
        var first = s.FirstName[x];
        for (int name = first; name < _entityNameStart[doc + 1]; name++)
        {
            ReadOnlySpan<NameToken> ct = default;
            var shape = name == first ? s.FirstShape[x] : _nameShape[name];
            for (int i = 0; i < q.Names.Length; i++)
            {
                var shapeKey = ((long)i << 32) | (uint)shape;
                if (!s.ShapeBounds.TryGetValue(shapeKey, out var b))
                {
                    var tokenStart = name == first ? s.FirstTokens[x] : _nameTokenStart[name];
                    if (ct.IsEmpty)
                    {
                        ct = NameTokens(tokenStart, _nameTokenStart[name + 1], s.Buffer);
                    }

                    var qn = q.Names[i];
                    b = NameComparer.UpperBound(qn.Tokens, qn.Roles, ct, _nameRoles.AsSpan(tokenStart, ct.Length), org, shared, s.Similarities, s.Merges, i * NameNormalizer.MaxTokens);
                    s.ShapeBounds[shapeKey] = b;
                }

                bound = Math.Max(bound, b);
                if (bound >= 1.0)
                {
                    return 1.0;
                }
            }
        }

        return bound;
    }

    /// <summary>Clears a per-query map; one that a rare query made large is shrunk, since clearing costs its capacity.</summary>
    private static void Reset<TKey, TValue>(Dictionary<TKey, TValue> map)
        where TKey : notnull
    {
        map.Clear();
        if (map.EnsureCapacity(0) > 4096)
        {
            map.TrimExcess(256);
        }
    }

    /// <summary>The most the facts of <see cref="Scorer.Combine"/> add to a name score when the query has no document and no
    /// phone: an exact birth date (+0.05) and a shared nationality (+0.02).</summary>
    internal const double MaxFactUplift = 0.07;

    /// <summary>Added to score bounds so that floating-point rounding in <see cref="Scorer.Combine"/> can never make a bound
    /// smaller than a score it bounds (rounding errors are ~1e-16).</summary>
    private const double BoundMargin = 1e-9;

    private int CompareScored(Scored a, Scored b)
    {
        var r = b.Score.CompareTo(a.Score);
        return r != 0 ? r : string.CompareOrdinal(_ids[a.Doc], _ids[b.Doc]);
    }

    private readonly record struct Scored(double Score, int Doc, int QName, int CName, double NameScore);

    // Min-heap of weights (KthLargestWeight, float) or scores (Rescore, double); generic over the number type so the JIT
    // compiles one copy per type, as the hand-written copies were.
    private static void SiftUpMin<T>(T[] h, int i)
        where T : INumber<T>
    {
        while (i > 0)
        {
            var p = (i - 1) / 2;
            if (h[p] <= h[i])
            {
                return;
            }

            (h[p], h[i]) = (h[i], h[p]);
            i = p;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // in KthLargestWeight's loop over every touched entity
    private static void SiftDownMin<T>(T[] h, int n)
        where T : INumber<T>
    {
        var i = 0;
        while (true)
        {
            int l = (2 * i) + 1, r = l + 1, m = i;
            if (l < n && h[l] < h[m])
            {
                m = l;
            }

            if (r < n && h[r] < h[m])
            {
                m = r;
            }

            if (m == i)
            {
                return;
            }

            (h[m], h[i]) = (h[i], h[m]);
            i = m;
        }
    }
}
