namespace Istmo.Matching;

/// <summary>Rescoring of the candidates retrieval selected: each is scored by the engine in decreasing order of an upper
/// bound of its score, and rescoring stops once no bound left can enter the results (exact pruning).</summary>
public sealed partial class MatchIndex
{
    /// <summary>Candidates with a retrieval weight below this fraction of the best candidate's are not rescored.</summary>
    internal const float RescoreRatio = 0.4f;

    /// <summary>When false, every candidate above the retrieval floor is rescored (no score-bound pruning) and retrieval
    /// neither stops opening entities early nor skips entities below the floor in TopK; for tests.</summary>
    internal bool Pruning { get; set; } = true;

    /// <summary>When false, rescoring uses only per-query similarity caches (not the index-wide one); for tests.</summary>
    internal bool SharedCache { get; set; } = true;

    private IReadOnlyList<MatchResult> Rescore(PreparedEntity q, MatchOptions options, Scratch s, int[] candidates, int count)
    {
        var org = q.IsOrganization;
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
        var kept = GatherFirstNames(q, candidates, count, floor, s);
        for (int x = 0; x < kept; x++)
        {
            var doc = s.Kept[x];
            var nameBound = Pruning ? NameBound(q, doc, x, s, org, shared) : 1.0;
            if (Pruning && nameBound + factCeiling + BoundMargin < options.Cutoff)
            {
                continue;
            }

            bounds[n] = -(CombineFacts(nameBound, q, doc) + BoundMargin);
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

                    if (q.Names[i].RomanisedFrom is not null || (_nameRomanised.Count > 0 && _nameRomanised.ContainsKey(name)))
                    {
                        sc *= WadeGiles.Discount;
                    }

                    if (sc > nameScore)
                    {
                        nameScore = sc;
                        bq = i;
                        bn = name;
                    }
                }
            }

            var score = CombineFacts(nameScore, q, doc);
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
                var cName = bn >= 0 ? NameForm.Create(_nameOriginal[bn], org, withDisplay: true, t => Resolve(t, org), _nameRomanised.GetValueOrDefault(bn)) : null;
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
    private int GatherFirstNames(PreparedEntity q, int[] candidates, int count, float floor, Scratch s)
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

        TouchAhead(q, kept, s);
        return kept;
    }

    /// <summary>Reads, for every kept candidate, what its bound reads first and would otherwise wait for one candidate at a
    /// time: its first name's token ids, roles and token objects, and the facts <see cref="CombineFacts"/> reads for this
    /// query. The values go to <see cref="Scratch.Touched"/> only so that the reads are not dropped.</summary>
    /// <remarks>Each is a cache miss in an array of millions spread over the index (or an object on the heap); a profile at
    /// 1M put ~10% of a query on them, one candidate after the other (the role read in the bound, the token ids in
    /// <see cref="NameTokens(int, int, NameToken[])"/>, the facts before <see cref="Scorer.Combine"/>). Independent reads in
    /// one tight loop overlap.</remarks>
    private void TouchAhead(PreparedEntity q, int kept, Scratch s)
    {
        var sink = 0;
        var nameTokens = _nameTokens;
        var roles = _nameRoles;
        bool birth = q.Birth != 0, sex = q.Sex != 0, countries = q.Countries.Length > 0, documents = q.Documents.Length > 0, phones = q.Phones.Length > 0;
        for (int x = 0; x < kept; x++)
        {
            var doc = s.Kept[x];
            var start = s.FirstTokens[x];
            if (start >= 0)
            {
                sink += nameTokens[start] + roles[start];
            }

            sink += (birth ? _birth[doc] : 0) + (sex ? _sex[doc] : 0);
            sink += (countries ? _countries[doc].Length : 0) + (documents ? _documents[doc].Length : 0) + (phones ? _phones[doc].Length : 0);
        }

        var tokens = _tokens;
        for (int x = 0; x < kept; x++)
        {
            var start = s.FirstTokens[x];
            if (start >= 0)
            {
                var end = Math.Min(_nameTokenStart[s.FirstName[x] + 1], start + NameNormalizer.MaxTokens);
                for (int t = start; t < end; t++)
                {
                    sink += tokens[nameTokens[t]].Id;
                }
            }
        }

        s.Touched = sink;
    }

    /// <summary><see cref="Scorer.Combine"/> with the candidate's facts, reading only those the query has: Combine scores a
    /// fact only when both sides have it, so one the query lacks is passed as absent (the same score), and its read, a
    /// cache miss at 1M, is saved.</summary>
    private double CombineFacts(double nameScore, PreparedEntity q, int doc) =>
        Scorer.Combine(
            nameScore,
            q,
            q.Birth != 0 ? _birth[doc] : 0,
            q.Sex != 0 ? _sex[doc] : (byte)0,
            q.Countries.Length > 0 ? _countries[doc] : [],
            q.Documents.Length > 0 ? _documents[doc] : [],
            q.Phones.Length > 0 ? _phones[doc] : [],
            null,
            null);

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
}
