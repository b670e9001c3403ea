namespace Istmo.Matching.Tests;

public class MatchIndexTests
{
    private static readonly string[] Given = ["José", "María", "Juan", "Ana", "Carlos", "Luis", "Rosa", "Pedro", "Carmen", "Jorge", "Elena", "Miguel"];
    private static readonly string[] Surnames = ["Rodríguez", "Pérez", "González", "Castillo", "Herrera", "Vásquez", "Jiménez", "Ortega", "Batista", "Moreno", "Quintero", "Sánchez"];

    private static List<MatchEntity> Watchlist(int count)
    {
        var list = new List<MatchEntity>(count);
        for (int i = 0; i < count; i++)
        {
            var g = Given[i % Given.Length];
            var p = Surnames[(i / Given.Length) % Surnames.Length];
            var m = Surnames[(i / (Given.Length * Surnames.Length)) % Surnames.Length];
            list.Add(new MatchEntity
            {
                Id = $"w{i}",
                Names = [$"{g} {p} {m}"],
                BirthDate = new PartialDate(1950 + (i % 50), 1 + (i % 12), 1 + (i % 28)),
            });
        }

        list.Add(new MatchEntity { Id = "mh", Names = ["Mohammed Al-Hassan"], Nationalities = ["AFG"] });
        list.Add(new MatchEntity { Id = "zw", Names = ["Zhang Wei"] });
        list.Add(new MatchEntity { Id = "mc", Names = ["María del Carmen De la Cruz"] });
        list.Add(new MatchEntity { Id = "org", Schema = EntitySchema.Organization, Names = ["Inversiones del Pacífico S.A."] });
        list.Add(new MatchEntity { Id = "doc", Names = ["Xiomara Quiel"], DocumentNumbers = ["8-765-4321"], Phones = ["+507 6655-4433"] });
        list.Add(new MatchEntity { Id = "mono", Names = ["Ronaldinho"] });
        return list;
    }

    private static readonly MatchIndex Index = MatchIndex.Build(Watchlist(3000));

    [Fact]
    public void Search_BirthYearsAtTheEndsOfTheRange_BonusGoesToTheEntityBornThatYear()
    {
        // Candidate selection reads each entity's birth year and schema packed in 16 bits; namesakes of equal weight are
        // told apart only by the year bonus, so a year packed wrongly would select another namesake (the lowest id).
        var list = Enumerable.Range(0, 60).Select(i => new MatchEntity { Id = $"a{i}", Names = ["Ana Pérez"], BirthDate = new PartialDate(1900 + i) }).ToList();
        list.Add(new MatchEntity { Id = "last", Names = ["Ana Pérez"], BirthDate = new PartialDate(9999) });
        list.Add(new MatchEntity { Id = "first", Names = ["Ana Pérez"], BirthDate = new PartialDate(1) });
        var index = MatchIndex.Build(list);
        foreach (var (year, id) in new[] { (9999, "last"), (1, "first"), (1930, "a30") })
        {
            var results = index.Search(new MatchEntity { Id = "q", Names = ["Ana Pérez"], BirthDate = new PartialDate(year) }, new MatchOptions { Candidates = 1, Limit = 1 });
            Assert.Equal(id, Assert.Single(results).CandidateId);
        }
    }

    [Theory]
    [InlineData("Muhammad el Hasan", "mh")]
    [InlineData("Chang Wei", "zw")]
    [InlineData("Maricarmen Delacruz", "mc")]
    [InlineData("Ronaldino", "mono")]
    public void Search_VariantSpellings_FindsEntityFirst(string query, string expected)
    {
        var results = Index.Search(new MatchEntity { Id = "q", Names = [query] });
        Assert.NotEmpty(results);
        Assert.Equal(expected, results[0].CandidateId);
        Assert.True(results[0].IsMatch, results[0].Explanation);
    }

    [Theory]
    [InlineData("Jose Rodriguez Perez")]
    [InlineData("Gonzales Moreno, Maria")]
    [InlineData("Juan Castiyo Herrera")]
    [InlineData("Maricarmen Delacruz")]
    public void Search_ScoresEqualScorerWithAndWithoutExplanations(string query)
    {
        // Rescoring caches (token pairs, merged runs, identical names) and explanations built from index tokens must not
        // change a score: each result equals the direct pairwise score of the same two entities (to float precision).
        var watchlist = Watchlist(3000).ToDictionary(e => e.Id);
        var q = new MatchEntity { Id = "q", Names = [query], BirthDate = new PartialDate(1960) };
        var explained = Index.Search(q);
        var plain = Index.Search(q, new MatchOptions { Explain = false });
        Assert.NotEmpty(explained);
        Assert.Equal(explained.Select(r => (r.CandidateId, r.Score)), plain.Select(r => (r.CandidateId, r.Score)));
        foreach (var r in explained)
        {
            Assert.Equal(Scorer.Score(q, watchlist[r.CandidateId]).Score, r.Score, 12); // caches hold exact similarities
            Assert.NotEmpty(r.Explanation);
        }
    }

    [Fact]
    public void Search_TyposAndMissingSurname_FindsEntity()
    {
        // w0 = José Rodríguez Rodríguez born 1950-01-01; find it with a typo and a dropped surname.
        var target = Watchlist(3000)[777];
        var parts = target.Names[0].Split(' ');
        var query = new MatchEntity { Id = "q", Names = [$"{parts[0]} {parts[1].Replace('í', 'i')[..^1]}s"], BirthDate = target.BirthDate };
        var results = Index.Search(query);
        Assert.Contains(results, r => r.CandidateId == target.Id && r.IsMatch);
    }

    [Fact]
    public void Search_RecallOverManyQueries_AtLeast99Percent()
    {
        var list = Watchlist(3000);
        int found = 0, total = 0;
        for (int i = 0; i < 3000; i += 7)
        {
            var t = list[i];
            var name = t.Names[0].Replace('á', 'a').Replace('é', 'e').Replace('í', 'i').ToUpperInvariant();
            var results = Index.Search(new MatchEntity { Id = "q", Names = [name], BirthDate = t.BirthDate }, new MatchOptions { Explain = false });
            total++;
            if (results.Any(r => r.CandidateId == t.Id && r.IsMatch))
            {
                found++;
            }
        }

        Assert.True(found >= total * 0.99, $"{found}/{total}");
    }

    [Fact]
    public void Search_DocumentOrPhoneOnly_FindsEntity()
    {
        var byDoc = Index.Search(new MatchEntity { Id = "q", Names = ["X. Q."], DocumentNumbers = ["08-0765-04321"] });
        Assert.Equal("doc", byDoc[0].CandidateId);
        var byPhone = Index.Search(new MatchEntity { Id = "q", Names = [], Phones = ["66554433"] }, new MatchOptions { Cutoff = 0.3 });
        Assert.Equal("doc", byPhone[0].CandidateId);
        Assert.False(byPhone[0].IsMatch); // a shared phone alone is not enough
    }

    [Fact]
    public void Search_Organisation_OnlyMatchesOrganisations()
    {
        var results = Index.Search(new MatchEntity { Id = "q", Schema = EntitySchema.Organization, Names = ["INVERSIONES DEL PACIFICO SOCIEDAD ANONIMA"] });
        var top = Assert.Single(results);
        Assert.Equal("org", top.CandidateId);
        Assert.Equal(1.0, top.Score, 3);
    }

    [Fact]
    public void Search_Options_LimitCutoffAndOrdering()
    {
        var results = Index.Search(new MatchEntity { Id = "q", Names = ["José Rodríguez"] }, new MatchOptions { Limit = 3, Cutoff = 0.6 });
        Assert.InRange(results.Count, 1, 3);
        Assert.All(results, r => Assert.True(r.Score >= 0.6));
        Assert.True(results.Zip(results.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void Search_AdjudicatedFalsePositive_NotFlagged()
    {
        var adj = new Adjudications();
        adj.AddFalsePositive("q1", "zw");
        var results = Index.Search(new MatchEntity { Id = "q1", Names = ["Zhang Wei"] }, new MatchOptions { Adjudications = adj });
        var r = Assert.Single(results, x => x.CandidateId == "zw");
        Assert.False(r.IsMatch);
        Assert.Contains(r.Items, i => i.Code == ExplanationCodes.AdjudicatedFalsePositive);
        var other = Index.Search(new MatchEntity { Id = "q2", Names = ["Zhang Wei"] }, new MatchOptions { Adjudications = adj });
        Assert.True(other.Single(x => x.CandidateId == "zw").IsMatch);
    }

    [Fact]
    public void Search_ExplanationMentionsFoldingAndMissingSurname()
    {
        var results = Index.Search(new MatchEntity { Id = "q", Names = ["Maria del Carmen De la Cruz"] });
        Assert.Equal("mc", results[0].CandidateId);
        Assert.Contains("MARIA=MARÍA", results[0].Explanation.Replace("≈", "=", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void SearchMany_Concurrent_SameAsSequential()
    {
        var queries = Watchlist(3000).Take(200).Select(e => e with { Id = "q" + e.Id }).ToList();
        var options = new MatchOptions { Explain = false };
        var batch = Index.SearchMany(queries, options);
        for (int i = 0; i < queries.Count; i++)
        {
            var single = Index.Search(queries[i], options);
            Assert.Equal(single.Select(r => (r.CandidateId, r.Score)), batch[i].Select(r => (r.CandidateId, r.Score)));
        }
    }

    [Fact]
    public void SearchMany_InChunksSortedByRarestWord_ResultsInQueryOrder()
    {
        // Chunks of 7 queries, each searched in the order of its rarest word: namesakes (repeated queries) and queries with
        // no listed word at all, spread across chunk boundaries, still get their own results in their own places.
        var index = MatchIndex.Build(Watchlist(3000));
        index.BatchChunkSize = 7;
        var listed = Watchlist(3000).Take(40).Select(e => e with { Id = "q" + e.Id }).ToList();
        var queries = listed.Concat(listed.Take(10)).Append(new MatchEntity { Id = "none", Names = ["Zzyzx Qwrtp"] }).Reverse().ToList();
        var options = new MatchOptions { Explain = false };
        var batch = index.SearchMany(queries, options);
        Assert.Equal(queries.Count, batch.Count);
        for (int i = 0; i < queries.Count; i++)
        {
            var single = index.Search(queries[i], options);
            Assert.Equal(single.Select(r => (r.CandidateId, r.Score)), batch[i].Select(r => (r.CandidateId, r.Score)));
        }

        Assert.Contains(batch[^1], r => r.CandidateId == listed[0].Id[1..]);
    }

    [Fact]
    public void SearchMany_NullQuery_ThrowsNamingItsPlace()
    {
        var queries = new List<MatchEntity> { new() { Id = "a", Names = ["Ana Pérez"] }, null!, };
        var error = Assert.ThrowsAny<Exception>(() => Index.SearchMany(queries));
        var inner = error is AggregateException a ? a.Flatten().InnerExceptions.Single() : error;
        Assert.IsType<ArgumentException>(inner);
        Assert.Contains("Query 1 is null", inner.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_InvalidEntities_AreRejectedWithReason()
    {
        var index = MatchIndex.Build([
            new MatchEntity { Id = "ok", Names = ["Ana Pérez"] },
            new MatchEntity { Id = "empty", Names = ["\u200B !!"] },
            new MatchEntity { Id = "ok", Names = ["Dup"] },
            new MatchEntity { Id = "long", Names = [new string('a', 10_000) + " b"] },
        ]);
        Assert.Equal(2, index.Count);
        Assert.Contains(index.Rejected, r => r.Id == "empty" && r.Reason.Contains("name", StringComparison.Ordinal));
        Assert.Contains(index.Rejected, r => r.Id == "ok" && r.Reason == "duplicate id");
    }

    [Fact]
    public void Search_InvalidQuery_ThrowsNamingField()
    {
        var ex = Assert.Throws<ArgumentException>(() => Index.Search(new MatchEntity { Id = "q", Names = ["..."] }));
        Assert.Equal("Names", ex.ParamName);
    }

    [Fact]
    public void Search_EmptyIndex_ReturnsNothing() =>
        Assert.Empty(MatchIndex.Build([]).Search(new MatchEntity { Id = "q", Names = ["Ana"] }));

    [Fact]
    public void PairKey_IsSymmetricDistinctAndSpreadOverHashes()
    {
        // Frequent keys have small ids: every pair of the first 200 must keep a distinct key and (nearly) a distinct hash,
        // or the pair dictionary's chains grow long (the plain packing hashed all these pairs to 256 values).
        var keys = new HashSet<long>();
        var hashes = new HashSet<int>();
        for (int a = 0; a < 200; a++)
        {
            for (int b = a + 1; b < 200; b++)
            {
                Assert.Equal(MatchIndex.PairKey(a, b), MatchIndex.PairKey(b, a));
                Assert.True(keys.Add(MatchIndex.PairKey(a, b)));
                hashes.Add(MatchIndex.PairKey(a, b).GetHashCode());
            }
        }

        Assert.True(hashes.Count > keys.Count * 0.99, $"{hashes.Count} hashes for {keys.Count} pairs");
    }

    [Fact]
    public void Search_EntitiesWithoutNames_LastInTheIndex_FoundByDocument()
    {
        // An entity listed by document only has no name; as the last entity its name range is empty at the very end of
        // the name arrays, which candidate gathering must not read past.
        var list = Watchlist(200);
        list.Add(new MatchEntity { Id = "nameless", DocumentNumbers = ["PA-1234567"] });
        var index = MatchIndex.Build(list);
        Assert.Empty(index.Rejected);

        var results = index.Search(new MatchEntity { Id = "q", Names = ["Juan Pérez"], DocumentNumbers = ["PA-1234567"] });

        Assert.Contains(results, r => r.CandidateId == "nameless");
    }
}
