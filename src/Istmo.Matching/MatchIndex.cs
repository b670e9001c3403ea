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
    private readonly Dictionary<int, string> _nameRomanised;
    private readonly string[] _ids;
    private readonly EntitySchema[] _schema;
    private readonly int[] _birth;
    private readonly byte[] _sex;
    /// <summary>Each entity's birth year and schema, (year &lt;&lt; 2) | schema, in one array that TopK and the retrieval floor read
    /// for hundreds of entities per query (a cache miss each at 1M). Years are 1..9999, so a value fits 16 bits: half the
    /// bytes of an int, twice the entities per cache line.</summary>
    private readonly ushort[] _meta;
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
        _nameRomanised = b.NameRomanised;
        _ids = b.Ids;
        _schema = b.Schema;
        _birth = b.Birth;
        _sex = b.Sex;
        _meta = new ushort[_birth.Length];
        for (int i = 0; i < _meta.Length; i++)
        {
            _meta[i] = checked((ushort)(((_birth[i] >> 9) << 2) | (int)_schema[i]));
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
        _byPhonetic = BuildByPhonetic(_tokens);
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

        /// <summary>Sink of <see cref="TouchAhead"/>'s reads.</summary>
        public int Touched;
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

    // One delegate per schema for the index's life: a lambda capturing the query allocated a closure per query.
    private Func<string, NameToken> ResolvePerson => field ??= t => Resolve(t, false);

    private Func<string, NameToken> ResolveOrganization => field ??= t => Resolve(t, true);

    private NameToken Resolve(string text, bool organization)
    {
        // Person and organisation tokens of one text differ (particles, organisation words, place adjectives) and are interned
        // apart, organisation ones under a marked key: a query reuses only a token of its own kind, so that an index answers
        // as the scorer does (an organisation query reused the person token of its text and scored Kazan / Kazanskii 0).
        if (_tokenIds.TryGetValue(organization ? OrganisationKey(text) : text, out var id))
        {
            return _tokens[id];
        }

        var created = NameToken.Create(text, organization);
        created.FKey = LookupKey(IndexKeys.Exact, created.CanonicalFold);
        created.PKey = LookupKey(IndexKeys.Phonetic, created.Key);
        return created;
    }

    /// <summary>The key under which the builder interns an organisation token (a person token is under its text).</summary>
    internal static string OrganisationKey(string text) => "\u0001" + text;

    private IReadOnlyList<MatchResult> SearchCore(MatchEntity query, MatchOptions options) => SearchPrepared(Prepare(query, options), options);

    private PreparedEntity Prepare(MatchEntity query, MatchOptions options) =>
        PreparedEntity.Prepare(query, withDisplay: options.Explain, EntitySchemas.ReadsAsOrganization(query) ? ResolveOrganization : ResolvePerson);

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

            var gramWeight = IndexKeys.GramWeight(tokens);
            IndexKeys.MergedAndGramKeys(tokens, name.Roles, key =>
            {
                var id = Lookup(key);
                AddKey(keys, id, key[0] == IndexKeys.Gram ? gramWeight : key[0] == IndexKeys.Exact ? 1f : 0.5f);
            }, q.IsOrganization);
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
    private int LookupExact(ReadOnlySpan<char> fold) => LookupKey(IndexKeys.Exact, fold);

    /// <summary>The id of the key <paramref name="kind"/> + <paramref name="text"/> without building the key string (−1 when
    /// none): a query's unseen words look up their keys here, and a string per look-up was garbage of every query.</summary>
    private int LookupKey(char kind, ReadOnlySpan<char> text)
    {
        Span<char> key = text.Length < 128 ? stackalloc char[text.Length + 1] : new char[text.Length + 1];
        key[0] = kind;
        text.CopyTo(key[1..]);
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
