namespace Istmo.Matching;

/// <summary>Index construction: parallel parsing, token interning, key generation and posting lists.</summary>
public sealed partial class MatchIndex
{
    private sealed class Builder
    {
        public Dictionary<string, int> TokenIds = new(StringComparer.Ordinal);
        public NameToken[] Tokens = [];
        public int[] EntityNameStart = [];
        public int[] NameTokenStart = [];
        public int[] NameShape = [];
        public int[] NameTokens = [];
        public byte[] NameRoles = [];
        public string?[] NameLegal = [];
        public string[] NameOriginal = [];

        /// <summary>Names that are pinyin forms of a Wade–Giles name: the name as written, for explanations (the form is NameOriginal).</summary>
        public Dictionary<int, string> NameRomanised = [];
        public string[] Ids = [];
        public EntitySchema[] Schema = [];
        public bool[] Org = [];
        public int[] Birth = [];
        public byte[] Sex = [];
        public string[][] Countries = [];
        public string[][] Documents = [];
        public string[][] Phones = [];
        public Dictionary<string, int> KeyIds = new(StringComparer.Ordinal);
        public Dictionary<long, int> PairIds = [];
        public int[][] Postings = [];
        public float[] Idf = [];
        public YearPostings?[] ByYear = [];
        public int[] TokenFrequency = [];
        public int MaxDegreeOfParallelism = -1;
        public int Frequent;
        public List<(string Id, string Reason)> Rejected = [];

        private sealed record Parsed(string Id, EntitySchema Schema, bool Org, List<string> Originals, List<string?> Romanised, List<ParsedName> Names, int Birth, byte Sex, string[] Countries, string[] Documents, string[] Phones);

        public static Builder Run(IReadOnlyList<MatchEntity> entities, int dop)
        {
            var b = new Builder { MaxDegreeOfParallelism = dop };
            var parsed = new Parsed?[entities.Count];
            var errors = new string?[entities.Count];
            Parallel.For(0, entities.Count, new ParallelOptions { MaxDegreeOfParallelism = dop }, i =>
            {
                try
                {
                    parsed[i] = Parse(entities[i]);
                }
                catch (ArgumentException ex)
                {
                    errors[i] = ex.Message;
                }
            });

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var kept = new List<Parsed>(entities.Count);
            for (int i = 0; i < parsed.Length; i++)
            {
                var p = parsed[i];
                if (p is null)
                {
                    b.Rejected.Add((entities[i]?.Id ?? $"#{i}", errors[i] ?? "null entity"));
                }
                else if (!seen.Add(p.Id))
                {
                    b.Rejected.Add((p.Id, "duplicate id"));
                }
                else
                {
                    kept.Add(p);
                }
            }

            parsed = null;
            b.Fill(kept, dop);
            return b;
        }

        private static Parsed Parse(MatchEntity e)
        {
            // Validation and fact normalisation are shared with queries; names are parsed once and kept as strings until interned.
            var names = new List<ParsedName>(2);
            var kept = new List<string>(2);
            var romanised = new List<string?>(2);
            var prepared = PreparedEntity.Prepare(e, withDisplay: false, null, names, kept, romanised);
            return new Parsed(prepared.Id, prepared.Schema, prepared.IsOrganization, kept, romanised, names, prepared.Birth, prepared.Sex, prepared.Countries, prepared.Documents, prepared.Phones);
        }

        private void Fill(List<Parsed> entities, int dop)
        {
            int e = entities.Count, names = 0, tokens = 0;
            foreach (var p in entities)
            {
                names += p.Names.Count;
                foreach (var n in p.Names)
                {
                    tokens += n.Tokens.Count;
                }
            }

            Ids = new string[e];
            Schema = new EntitySchema[e];
            Org = new bool[e];
            Birth = new int[e];
            Sex = new byte[e];
            Countries = new string[e][];
            Documents = new string[e][];
            Phones = new string[e][];
            EntityNameStart = new int[e + 1];
            NameTokenStart = new int[names + 1];
            NameTokens = new int[tokens];
            NameRoles = new byte[tokens];
            NameLegal = new string?[names];
            NameOriginal = new string[names];
            var countrySets = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var tokenTexts = new List<string>();
            var tokenOrg = new List<bool>();
            int name = 0, tok = 0;
            for (int i = 0; i < e; i++)
            {
                var p = entities[i];
                Ids[i] = p.Id;
                Schema[i] = p.Schema;
                Org[i] = p.Org;
                Birth[i] = p.Birth;
                Sex[i] = p.Sex;
                Countries[i] = Share(countrySets, p.Countries);
                Documents[i] = p.Documents;
                Phones[i] = p.Phones;
                EntityNameStart[i] = name;
                var org = p.Org;
                for (int j = 0; j < p.Names.Count; j++)
                {
                    var pn = p.Names[j];
                    NameTokenStart[name] = tok;
                    NameLegal[name] = pn.LegalForm;
                    NameOriginal[name] = p.Originals[j];
                    if (p.Romanised[j] is { } read)
                    {
                        NameRomanised[name] = read;
                    }
                    for (int k = 0; k < pn.Tokens.Count; k++)
                    {
                        // Organisation and person tokens differ (particles, organisation words, place adjectives), so they are interned apart.
                        var text = pn.Tokens[k];
                        var key = org ? OrganisationKey(text) : text;
                        if (!TokenIds.TryGetValue(key, out var id))
                        {
                            id = tokenTexts.Count;
                            TokenIds[key] = id;
                            tokenTexts.Add(text);
                            tokenOrg.Add(org);
                        }

                        NameTokens[tok] = id;
                        NameRoles[tok] = pn.Roles[k];
                        tok++;
                    }

                    name++;
                }
            }

            EntityNameStart[e] = name;
            NameTokenStart[names] = tok;
            entities.Clear();

            Tokens = new NameToken[tokenTexts.Count];
            Parallel.For(0, Tokens.Length, new ParallelOptions { MaxDegreeOfParallelism = dop }, i => Tokens[i] = NameToken.Create(tokenTexts[i], tokenOrg[i]));
            for (int i = 0; i < Tokens.Length; i++)
            {
                Tokens[i].Id = i;
                if (!Tokens[i].IsParticle)
                {
                    Tokens[i].FKey = Intern(IndexKeys.Exact + Tokens[i].CanonicalFold);
                    Tokens[i].PKey = Intern(IndexKeys.Phonetic + Tokens[i].Key);
                }
            }

            // Query tokens are looked up by text, organisation tokens under their marked key (see MatchIndex.Resolve).
            TokenFrequency = new int[Tokens.Length];
            foreach (var id in NameTokens)
            {
                TokenFrequency[id]++;
            }

            BuildShapes(names);
            BuildPostings(e, dop);
        }

        /// <summary>Names with the same tokens, roles and legal form get the same shape id (rescoring compares a shape once per query).</summary>
        private void BuildShapes(int names)
        {
            NameShape = new int[names];
            var shapes = new Dictionary<int, int>(new ShapeComparer(this));
            for (int i = 0; i < names; i++)
            {
                if (!shapes.TryGetValue(i, out var id))
                {
                    id = shapes.Count;
                    shapes[i] = id;
                }

                NameShape[i] = id;
            }
        }

        private sealed class ShapeComparer(Builder b) : IEqualityComparer<int>
        {
            public bool Equals(int x, int y)
            {
                int sx = b.NameTokenStart[x], ex = b.NameTokenStart[x + 1], sy = b.NameTokenStart[y], ey = b.NameTokenStart[y + 1];
                return ex - sx == ey - sy
                    && b.NameTokens.AsSpan(sx, ex - sx).SequenceEqual(b.NameTokens.AsSpan(sy, ey - sy))
                    && b.NameRoles.AsSpan(sx, ex - sx).SequenceEqual(b.NameRoles.AsSpan(sy, ey - sy))
                    && string.Equals(b.NameLegal[x], b.NameLegal[y], StringComparison.Ordinal);
            }

            public int GetHashCode(int x)
            {
                var h = new HashCode();
                for (int i = b.NameTokenStart[x]; i < b.NameTokenStart[x + 1]; i++)
                {
                    h.Add(b.NameTokens[i]);
                    h.Add(b.NameRoles[i]);
                }

                h.Add(b.NameLegal[x], StringComparer.Ordinal);
                return h.ToHashCode();
            }
        }

        private static string[] Share(Dictionary<string, string[]> sets, string[] values)
        {
            if (values.Length == 0)
            {
                return [];
            }

            var key = string.Join(',', values);
            if (!sets.TryGetValue(key, out var shared))
            {
                shared = values;
                sets[key] = shared;
            }

            return shared;
        }

        private int Intern(string key)
        {
            if (!KeyIds.TryGetValue(key, out var id))
            {
                id = KeyIds.Count;
                KeyIds[key] = id;
            }

            return id;
        }

        private void BuildPostings(int entityCount, int dop)
        {
            // Pass 1: keys of every entity (deduplicated per entity), kept in one flat list. Key strings (merged forms,
            // trigrams, identifiers) are computed in parallel; interning them stays sequential so key ids are deterministic.
            var extra = new string[]?[entityCount];
            Parallel.For(0, entityCount, new ParallelOptions { MaxDegreeOfParallelism = dop }, () => (new NameToken[NameNormalizer.MaxTokens], new List<string>(8)), (e, _, state) =>
            {
                var (buf, keys) = state;
                keys.Clear();
                for (int name = EntityNameStart[e]; name < EntityNameStart[e + 1]; name++)
                {
                    var span = NameSpan(name, buf);
                    IndexKeys.MergedAndGramKeys(span, NameRoles.AsSpan(NameTokenStart[name], span.Length), keys.Add, Org[e]);
                }

                foreach (var d in Documents[e])
                {
                    keys.Add(IndexKeys.Document + d);
                }

                foreach (var p in Phones[e])
                {
                    keys.Add(IndexKeys.Phone + p);
                }

                extra[e] = keys.Count == 0 ? null : [.. keys];
                return state;
            }, _ => { });

            var start = new int[entityCount + 1];
            var flat = new List<int>(entityCount * 12);
            var local = new List<int>(32);
            var buffer = new NameToken[NameNormalizer.MaxTokens];
            for (int e = 0; e < entityCount; e++)
            {
                start[e] = flat.Count;
                local.Clear();
                for (int name = EntityNameStart[e]; name < EntityNameStart[e + 1]; name++)
                {
                    foreach (var t in NameSpan(name, buffer))
                    {
                        if (!t.IsParticle)
                        {
                            local.Add(t.FKey);
                            local.Add(t.PKey);
                        }
                    }
                }

                if (extra[e] is { } keys)
                {
                    foreach (var key in keys)
                    {
                        local.Add(Intern(key));
                    }

                    extra[e] = null;
                }

                local.Sort();
                for (int i = 0; i < local.Count; i++)
                {
                    if (i == 0 || local[i] != local[i - 1])
                    {
                        flat.Add(local[i]);
                    }
                }
            }

            start[entityCount] = flat.Count;
            var singleCount = KeyIds.Count;
            var df = new int[singleCount];
            foreach (var k in flat)
            {
                df[k]++;
            }

            // Keys held by more than ~0.2% of entities (at least 1,000) are "frequent": they are scanned only in pairs.
            Frequent = Math.Max(1000, entityCount / 500);

            // Pass 2: pair keys of frequent F/P keys within one name.
            var pairStart = new int[entityCount + 1];
            var pairFlat = new List<int>(entityCount * 2);
            var freqF = new List<int>(8);
            var freqP = new List<int>(8);
            for (int e = 0; e < entityCount; e++)
            {
                pairStart[e] = pairFlat.Count;
                local.Clear();
                for (int name = EntityNameStart[e]; name < EntityNameStart[e + 1]; name++)
                {
                    freqF.Clear();
                    freqP.Clear();
                    foreach (var t in NameSpan(name, buffer))
                    {
                        if (t.IsParticle)
                        {
                            continue;
                        }

                        if (df[t.FKey] >= Frequent && !freqF.Contains(t.FKey) && freqF.Count < 6)
                        {
                            freqF.Add(t.FKey);
                        }

                        if (df[t.PKey] >= Frequent && !freqP.Contains(t.PKey) && freqP.Count < 6)
                        {
                            freqP.Add(t.PKey);
                        }
                    }

                    AddPairs(freqF, local, singleCount);
                    AddPairs(freqP, local, singleCount);
                }

                local.Sort();
                for (int i = 0; i < local.Count; i++)
                {
                    if (i == 0 || local[i] != local[i - 1])
                    {
                        pairFlat.Add(local[i]);
                    }
                }
            }

            pairStart[entityCount] = pairFlat.Count;
            var total = singleCount + PairIds.Count;
            var counts = new int[total];
            Array.Copy(df, counts, singleCount);
            foreach (var k in pairFlat)
            {
                counts[k]++;
            }

            Postings = new int[total][];
            for (int k = 0; k < total; k++)
            {
                Postings[k] = counts[k] == 0 ? [] : new int[counts[k]];
            }

            var fill = new int[total];
            for (int e = 0; e < entityCount; e++)
            {
                for (int i = start[e]; i < start[e + 1]; i++)
                {
                    var k = flat[i];
                    Postings[k][fill[k]++] = e;
                }

                for (int i = pairStart[e]; i < pairStart[e + 1]; i++)
                {
                    var k = pairFlat[i];
                    Postings[k][fill[k]++] = e;
                }
            }

            BuildYearPostings(dop);
            Idf = new float[total];
            var n = Math.Max(1, entityCount);
            for (int k = 0; k < total; k++)
            {
                Idf[k] = (float)Math.Log(1 + (n / (double)Math.Max(1, counts[k])));
            }
        }

        /// <summary>Frequent keys (the ones the fallback scan reads) also get their postings grouped by birth year.</summary>
        private void BuildYearPostings(int dop)
        {
            ByYear = new YearPostings?[Postings.Length];
            var birth = Birth;
            Parallel.For(0, Postings.Length, new ParallelOptions { MaxDegreeOfParallelism = dop }, k =>
            {
                if (Postings[k].Length >= Frequent)
                {
                    ByYear[k] = YearPostings.Create(Postings[k], birth);
                }
            });
        }

        private void AddPairs(List<int> keys, List<int> output, int singleCount)
        {
            for (int a = 0; a < keys.Count; a++)
            {
                for (int b = a + 1; b < keys.Count; b++)
                {
                    var pk = PairKey(keys[a], keys[b]);
                    if (!PairIds.TryGetValue(pk, out var id))
                    {
                        id = singleCount + PairIds.Count;
                        PairIds[pk] = id;
                    }

                    output.Add(id);
                }
            }
        }

        private ReadOnlySpan<NameToken> NameSpan(int name, NameToken[] buffer)
        {
            int s = NameTokenStart[name], end = NameTokenStart[name + 1];
            var len = Math.Min(end - s, buffer.Length);
            for (int k = 0; k < len; k++)
            {
                buffer[k] = Tokens[NameTokens[s + k]];
            }

            return buffer.AsSpan(0, len);
        }
    }
}
