namespace Istmo.Matching.Tests;

/// <summary>Pins that the speed-ups of search (index-wide similarity cache, score-bound pruning of candidates, by-year
/// postings, early-exit edit distance) do not change a result: same candidates, same order, same scores.</summary>
public class MatchIndexPruningTests
{
    private static readonly string[] Given = ["José", "María", "Juan", "Ana", "Carlos", "Luis", "Rosa", "Pedro", "Carmen", "Jorge", "Elena", "Miguel", "Mari", "Wei", "Mohammed", "Jean", "Yolanda", "Xiomara", "Luz", "Ángel"];
    private static readonly string[] Surnames = ["Rodríguez", "Pérez", "González", "Castillo", "Herrera", "Vásquez", "Jiménez", "Ortega", "Batista", "Moreno", "Quintero", "Sánchez", "De la Cruz", "Del Rosario", "Li", "Wang", "Al-Hassan", "Pierre", "Santamaría", "Ávila"];
    private static readonly string[] Orgs = ["Inversiones del Pacífico S.A.", "Grupo Istmo Corp", "Fundación Santa Ana", "Importadora Wang Ltda", "Constructora Herrera y Asociados S. de R.L."];

    private static List<MatchEntity> Watchlist(int count, int seed)
    {
        var rng = new Random(seed);
        var list = new List<MatchEntity>(count);
        for (int i = 0; i < count; i++)
        {
            if (i % 50 == 0)
            {
                list.Add(new MatchEntity { Id = $"o{i}", Schema = EntitySchema.Organization, Names = [Orgs[rng.Next(Orgs.Length)] + (rng.Next(3) == 0 ? "" : $" {Surnames[rng.Next(Surnames.Length)]}")] });
                continue;
            }

            var given = Given[rng.Next(Given.Length)] + (rng.Next(3) == 0 ? " " + Given[rng.Next(Given.Length)] : "");
            var name = rng.Next(4) == 0
                ? $"{Surnames[rng.Next(Surnames.Length)]} {Surnames[rng.Next(Surnames.Length)]}, {given}"
                : $"{given} {Surnames[rng.Next(Surnames.Length)]} {Surnames[rng.Next(Surnames.Length)]}";
            list.Add(new MatchEntity
            {
                Id = $"w{i}",
                Names = [name],
                BirthDate = rng.Next(8) == 0 ? null : rng.Next(6) == 0 ? new PartialDate(1940 + rng.Next(60)) : new PartialDate(1940 + rng.Next(60), 1 + rng.Next(12), 1 + rng.Next(28)),
                Sex = rng.Next(3) switch { 0 => "M", 1 => "F", _ => null },
                Nationalities = rng.Next(2) == 0 ? ["PA"] : rng.Next(2) == 0 ? ["CO"] : [],
            });
        }

        return list;
    }

    /// <summary>Query variants: typos, merged or split tokens, dropped or initialled parts, reordering, other birth dates.</summary>
    private static List<MatchEntity> Queries(List<MatchEntity> watchlist, int count, int seed, List<MatchEntity>? origins = null)
    {
        var rng = new Random(seed);
        var queries = new List<MatchEntity>(count);
        for (int i = 0; i < count; i++)
        {
            var e = watchlist[rng.Next(watchlist.Count)];
            origins?.Add(e);
            var tokens = e.Names[0].Replace(",", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            switch (rng.Next(7))
            {
                case 0 when tokens.Count > 0:
                    var t = rng.Next(tokens.Count);
                    var w = tokens[t];
                    var p = rng.Next(w.Length);
                    tokens[t] = rng.Next(3) switch
                    {
                        0 => w.Remove(p, 1),
                        1 => w.Insert(p, ((char)('a' + rng.Next(26))).ToString()),
                        _ => p + 1 < w.Length ? string.Concat(w.AsSpan(0, p), w[p + 1].ToString(), w[p].ToString(), w.AsSpan(p + 2)) : w + "s",
                    };
                    break;
                case 1 when tokens.Count > 1:
                    var m = rng.Next(tokens.Count - 1);
                    tokens[m] += tokens[m + 1].ToLowerInvariant();
                    tokens.RemoveAt(m + 1);
                    break;
                case 2 when tokens.Count > 2:
                    tokens.RemoveAt(rng.Next(tokens.Count));
                    break;
                case 3 when tokens.Count > 1:
                    tokens[0] = tokens[0][..1] + ".";
                    break;
                case 4:
                    tokens.Reverse();
                    break;
                case 5:
                    tokens.Add(Surnames[rng.Next(Surnames.Length)]);
                    break;
            }

            queries.Add(e with
            {
                Id = "q" + i,
                Names = [string.Join(' ', tokens)],
                BirthDate = rng.Next(4) == 0 ? null : rng.Next(3) == 0 && e.BirthDate is { } b ? new PartialDate(b.Year + rng.Next(-3, 4)) : e.BirthDate,
            });
        }

        return queries;
    }

    private static readonly List<MatchEntity> List = Watchlist(6000, 7);
    private static readonly MatchIndex Fast = MatchIndex.Build(List);
    private static readonly MatchIndex Plain = BuildPlain();

    private static MatchIndex BuildPlain()
    {
        var index = MatchIndex.Build(List);
        index.Pruning = false;
        index.SharedCache = false;
        return index;
    }

    // Few candidates make the retrieval floors (k-th best weight) bite; many make the rescoring-ratio floor decide.
    public static TheoryData<double, int, bool, int> OptionCases() => new()
    {
        { 0.50, 10, false, 50 },
        { 0.50, 10, true, 50 },
        { 0.30, 3, false, 50 },
        { 0.70, 25, false, 50 },
        { 0.50, 3, false, 5 },
        { 0.30, 10, false, 200 },
    };

    [Theory]
    [MemberData(nameof(OptionCases))]
    public void Search_WithPruningAndSharedCache_SameAsPlainRescoring(double cutoff, int limit, bool explain, int candidates)
    {
        var options = new MatchOptions { Cutoff = cutoff, Limit = limit, Explain = explain, Candidates = candidates };
        var results = 0;
        foreach (var q in Queries(List, 600, 11))
        {
            var fast = Fast.Search(q, options);
            var plain = Plain.Search(q, options);
            Assert.Equal(plain.Select(r => (r.CandidateId, r.Score, r.IsMatch)), fast.Select(r => (r.CandidateId, r.Score, r.IsMatch)));
            results += fast.Count;
        }

        Assert.True(results > 600, $"only {results} results: the queries do not exercise rescoring");
    }

    [Fact]
    public void Search_ScoresEqualPairwiseScorerExactly()
    {
        // Caches hold exact similarities (the former per-query cache rounded them through a float encoding), so a search
        // score equals the pairwise score of the same two entities.
        var byId = List.ToDictionary(e => e.Id);
        var options = new MatchOptions { Explain = false };
        foreach (var q in Queries(List, 300, 13))
        {
            foreach (var r in Fast.Search(q, options))
            {
                Assert.Equal(Scorer.Score(q, byId[r.CandidateId], options).Score, r.Score, 12);
            }
        }
    }

    [Fact]
    public void SearchMany_SameAsPlainSequential()
    {
        var queries = Queries(List, 400, 17);
        var options = new MatchOptions { Explain = false };
        var batch = Fast.SearchMany(queries, options, maxDegreeOfParallelism: 4);
        for (int i = 0; i < queries.Count; i++)
        {
            Assert.Equal(Plain.Search(queries[i], options).Select(r => (r.CandidateId, r.Score)), batch[i].Select(r => (r.CandidateId, r.Score)));
        }
    }

    [Fact]
    public void Combine_WithoutDocumentsOrPhones_AddsAtMostMaxFactUplift()
    {
        // The bound loop skips a candidate's facts when its name bound plus MaxFactUplift is below the cutoff; that is exact
        // only while no fact adds more than that to the name score of a query without documents and phones.
        var rng = new Random(29);
        PartialDate? Date() => rng.Next(5) switch
        {
            0 => null,
            1 => new PartialDate(1980 + rng.Next(3)),
            2 => new PartialDate(1980 + rng.Next(3), 1 + rng.Next(2)),
            _ => new PartialDate(1980 + rng.Next(3), 1 + rng.Next(2), 1 + rng.Next(2)),
        };
        string[][] countries = [[], ["PA"], ["CO"], ["PA", "CO"]];
        var maxSeen = double.NegativeInfinity;
        for (int i = 0; i < 5000; i++)
        {
            var q = PreparedEntity.Prepare(new MatchEntity { Id = "q", Names = ["Ana Pérez"], BirthDate = Date(), Sex = rng.Next(3) switch { 0 => "F", 1 => "M", _ => null }, Nationalities = countries[rng.Next(4)] }, withDisplay: false);
            var name = rng.NextDouble();
            var birth = Date() is { } d ? d.Pack() : 0;
            var score = Scorer.Combine(name, q, birth, (byte)rng.Next(3), countries[rng.Next(4)], rng.Next(2) == 0 ? [] : ["X1"], rng.Next(2) == 0 ? [] : ["60001234"], null, null);
            Assert.True(score <= name + MatchIndex.MaxFactUplift + 1e-12, $"{score} > {name} + {MatchIndex.MaxFactUplift}");
            maxSeen = Math.Max(maxSeen, score - name);
        }

        Assert.Equal(MatchIndex.MaxFactUplift, maxSeen, 9); // the ceiling is reached: it is not looser than needed
    }

    [Fact]
    public void Combine_AFactTheQueryLacks_ScoresAsIfTheCandidateLackedIt()
    {
        // Rescoring reads only the facts the query has (each read is a cache miss at 1M) and passes the others as absent;
        // that is exact only while Combine scores a fact only when both sides have it.
        var rng = new Random(31);
        PartialDate? Date() => rng.Next(4) switch
        {
            0 => null,
            1 => new PartialDate(1980 + rng.Next(3)),
            _ => new PartialDate(1980 + rng.Next(3), 1 + rng.Next(2), 1 + rng.Next(2)),
        };
        string[][] countries = [[], ["PA"], ["CO"], ["PA", "CO"]];
        string[][] documents = [[], ["X1"], ["X2"]];
        string[][] phones = [[], ["60001234"], ["60005678"]];
        for (int i = 0; i < 5000; i++)
        {
            var q = PreparedEntity.Prepare(
                new MatchEntity
                {
                    Id = "q",
                    Names = ["Ana Pérez"],
                    BirthDate = Date(),
                    Sex = rng.Next(3) switch { 0 => "F", 1 => "M", _ => null },
                    Nationalities = countries[rng.Next(4)],
                    DocumentNumbers = documents[rng.Next(3)],
                    Phones = phones[rng.Next(3)],
                },
                withDisplay: false);
            var name = rng.NextDouble();
            var birth = Date() is { } d ? d.Pack() : 0;
            var sex = (byte)rng.Next(3);
            var (cCountries, cDocuments, cPhones) = (countries[rng.Next(4)], documents[rng.Next(3)], phones[rng.Next(3)]);
            var all = Scorer.Combine(name, q, birth, sex, cCountries, cDocuments, cPhones, null, null);
            var read = Scorer.Combine(
                name,
                q,
                q.Birth != 0 ? birth : 0,
                q.Sex != 0 ? sex : (byte)0,
                q.Countries.Length > 0 ? cCountries : [],
                q.Documents.Length > 0 ? cDocuments : [],
                q.Phones.Length > 0 ? cPhones : [],
                null,
                null);
            Assert.Equal(all, read);
        }
    }

    [Fact]
    public void UpperBound_NeverBelowCompare()
    {
        // The pruning is exact only while the bound mirrors the score formula: checked on names of every shape the
        // generator makes, both directions, and on the hand-written hard cases.
        var names = List.Select(e => (e.Names[0], e.Schema == EntitySchema.Organization))
            .Concat(Queries(List, 400, 19).Select(e => (e.Names[0], e.Schema == EntitySchema.Organization)))
            .ToList();
        var rng = new Random(23);
        var pairs = new List<(string A, string B, bool Org)>();
        for (int i = 0; i < 20_000; i++)
        {
            var (a, orgA) = names[rng.Next(names.Count)];
            var (b, orgB) = names[rng.Next(names.Count)];
            if (orgA == orgB)
            {
                pairs.Add((a, b, orgA));
            }
        }

        foreach (var (a, b, _) in TestData.HardCases())
        {
            pairs.Add((a, b, false));
            pairs.Add((b, a, false));
        }

        // Queries compared with their own watchlist entry (high scores, where the bound matters most).
        var origins = new List<MatchEntity>();
        var variants = Queries(List, 2000, 29, origins);
        for (int i = 0; i < variants.Count; i++)
        {
            var org = origins[i].Schema == EntitySchema.Organization;
            pairs.Add((variants[i].Names[0], origins[i].Names[0], org));
            pairs.Add((origins[i].Names[0], variants[i].Names[0], org));
        }

        foreach (var (a, b, org) in pairs)
        {
            var qa = NameForm.Create(a, org, false);
            var cb = NameForm.Create(b, org, false);
            var score = NameComparer.Compare(qa.Tokens, qa.Roles, qa.LegalForm, cb.Tokens, cb.Roles, cb.LegalForm, org, null);
            var bound = NameComparer.UpperBound(qa.Tokens, qa.Roles, cb.Tokens, cb.Roles, org, null, null, null, 0);
            Assert.True(bound >= score, $"bound {bound} < score {score} for '{a}' vs '{b}'");
        }
    }

    [Theory]
    [InlineData("Banco Nacional de Panamá", "National Bank of Panama")]
    [InlineData("IRGC", "Islamic Revolutionary Guard Corps")]
    [InlineData("Islamic Revolutionary Guard Corps", "IRGC")]
    [InlineData("Gazprom PAO", "PJSC Gazprom")]
    [InlineData("Rosneft Oil Company", "Rosneft")]
    public void Search_OrganisationRulesTheBoundDoesNotMirror_StillFound(string query, string listed)
    {
        // Legal forms, generic organisation words and acronyms are scored by rules the bound does not mirror (acronyms are
        // retrieved by an initials key): organisation candidates
        // are never pruned, so search returns what the pairwise scorer scores.
        var list = new List<MatchEntity>(List) { new() { Id = "target", Schema = EntitySchema.Organization, Names = [listed] } };
        var index = MatchIndex.Build(list);
        var q = new MatchEntity { Id = "q", Schema = EntitySchema.Organization, Names = [query] };
        var expected = Scorer.Score(q, list[^1], new MatchOptions { Explain = false }).Score;
        var options = new MatchOptions { Explain = false, Cutoff = Math.Min(0.5, expected) };
        var hit = index.Search(q, options).SingleOrDefault(r => r.CandidateId == "target");

        Assert.NotNull(hit);
        Assert.Equal(expected, hit.Score, 12);
    }

    [Theory]
    [InlineData(0.59)]
    [InlineData(0.84)]
    [InlineData(0.0)]
    public void EditDistance_WithFloor_ExactAboveFloor(double floor)
    {
        var rng = new Random(31);
        var words = List.SelectMany(e => NameNormalizer.Tokenize(e.Names[0])).Distinct().ToList();
        for (int i = 0; i < 20_000; i++)
        {
            var a = words[rng.Next(words.Count)];
            var b = rng.Next(3) == 0 ? words[rng.Next(words.Count)] + words[rng.Next(words.Count)] : words[rng.Next(words.Count)];
            if (rng.Next(2) == 0 && b.Length > 1)
            {
                b = b.Remove(rng.Next(b.Length), 1);
            }

            var exact = EditDistance.Similarity(a, b);
            var cut = EditDistance.Similarity(a.AsSpan(), b.AsSpan(), floor);
            if (exact >= floor)
            {
                Assert.Equal(exact, cut);
            }
            else
            {
                Assert.True(cut < floor, $"'{a}' '{b}': {cut} not below {floor} (exact {exact})");
            }
        }
    }
}
