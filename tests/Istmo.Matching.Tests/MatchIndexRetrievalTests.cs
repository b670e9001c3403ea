namespace Istmo.Matching.Tests;

/// <summary>
/// Retrieval when the query's rare name part is typed with a slip (a word the index has never seen) or its common name
/// part is one of thousands: the listed entity must still be among the candidates rescored.
/// </summary>
public class MatchIndexRetrievalTests
{
    // Syllables for made-up surnames: many distinct, none like the names the tests look for.
    private static readonly string[] Syllables = ["ba", "do", "ri", "mu", "te", "lo", "ka", "pi", "su", "ne", "go", "fa", "zu", "mi", "ro", "le"];

    private static string MadeUp(int i) => Syllables[i % 16] + Syllables[(i / 16) % 16] + Syllables[(i / 256) % 16] + "ndo";

    /// <summary>
    /// 1,500 "Sofia …" (so "Sofia" is a frequent key: no posting list of its own is read), 700 "… Shevchenko" with other
    /// given names (a rare key with more entities than the 50 candidates rescored) and one "Sofia Shevchenko" among them.
    /// </summary>
    private static readonly MatchIndex Index = MatchIndex.Build(Entities());

    private static List<MatchEntity> Entities()
    {
        string[] given = ["Artem", "Irina", "Yuri", "Diana", "Lilia", "Oleg", "Pavel", "Vera", "Denis", "Nina"];
        var list = new List<MatchEntity>();
        for (int i = 0; i < 1500; i++)
        {
            list.Add(new MatchEntity { Id = $"s{i}", Names = [$"Sofia {MadeUp(i)}"] });
        }

        for (int i = 0; i < 700; i++)
        {
            list.Add(new MatchEntity { Id = $"h{i}", Names = [$"{given[i % given.Length]} {MadeUp(i + 2000)} Shevchenko"] });
            if (i == 350)
            {
                list.Add(new MatchEntity { Id = "target", Names = ["Sofia Shevchenko"] });
            }
        }

        list.Add(new MatchEntity { Id = "karim", Names = ["Karim Bilal Al-Rashid"] });
        return list;
    }

    private static readonly MatchOptions Options = new() { Explain = false };

    [Fact]
    public void Search_CommonGivenNameWithRareSurname_RanksTheEntityWithBothAmongCandidates()
    {
        // "Sofia" is frequent and has no frequent partner; without its weight the 701 Shevchenkos tie and 50 are cut by id.
        var results = Index.Search(new MatchEntity { Id = "q", Names = ["Sofia Shevchenko"] }, Options);
        Assert.Equal("target", results[0].CandidateId);
        Assert.Equal(1.0, results[0].Score, 3);
    }

    [Theory]
    [InlineData("KarimxBilal")] // the space typed as a letter
    [InlineData("Karimbilal")]
    public void Search_TwoListedWordsRunTogether_FindsTheEntity(string query)
    {
        // Neither a slip of "Karim" nor of "Bilal" (too long for either): only the split into the two listed words finds it.
        var results = Index.Search(new MatchEntity { Id = "q", Names = [query] }, Options);
        Assert.Contains(results, r => r.CandidateId == "karim");
    }

    [Fact]
    public void Search_YearlessQueryWithAGivenNameOfThousands_RanksTheEntityWithBoth()
    {
        // 12,000 "Maria …" (more than the 8,000 entries once read at most for a query without a birth year) and 700 "…
        // Quispe" with other given names: without the whole list of "Maria" the 701 Quispes tie and 50 are cut by id.
        var list = new List<MatchEntity>();
        for (int i = 0; i < 12_000; i++)
        {
            list.Add(new MatchEntity { Id = $"m{i}", Names = [$"Maria {MadeUp(i)}"] });
        }

        string[] given = ["Rosa", "Juana", "Elena", "Carmen", "Luisa"];
        for (int i = 0; i < 700; i++)
        {
            list.Add(new MatchEntity { Id = $"q{i}", Names = [$"{given[i % given.Length]} {MadeUp(i + 20_000)} Quispe"] });
        }

        list.Add(new MatchEntity { Id = "target", Names = ["Maria Quispe"] });
        var index = MatchIndex.Build(list);
        var results = index.Search(new MatchEntity { Id = "q", Names = ["Maria Quispe"] }, Options);
        Assert.Equal("target", results[0].CandidateId);
    }

    [Theory]
    [InlineData("Sofia Sevcuhenko")] // inserted and dropped letters: neither the exact nor the phonetic key of Shevchenko
    [InlineData("Sofia Shevcheinko")]
    [InlineData("Sofia Xevchenco")]
    public void Search_SurnameTypedWithSlips_FindsTheListedSpelling(string query)
    {
        var results = Index.Search(new MatchEntity { Id = "q", Names = [query] }, Options);
        Assert.NotEmpty(results);
        Assert.Equal("target", results[0].CandidateId);
        Assert.True(results[0].IsMatch, $"{query}: {results[0].Score}");
    }

    [Fact]
    public void Search_SlipWithAnotherWordsPhoneticKey_FindsTheListedSpelling()
    {
        // "Zúñija" is no listed spelling, but its consonant key is that of "Sanjay", a listed word nothing like it: the
        // phonetic key finds only Sanjays, so the word is looked up as unseen, and "Zúñiga" among 700 Zúñigas is found with
        // the weight of "Eduardo", one of 1,500.
        var list = new List<MatchEntity>();
        for (int i = 0; i < 1500; i++)
        {
            list.Add(new MatchEntity { Id = $"e{i}", Names = [$"Eduardo {MadeUp(i)}"] });
        }

        string[] given = ["Rosa", "Juana", "Elena", "Carmen", "Luisa", "Pedro", "Mario"];
        for (int i = 0; i < 700; i++)
        {
            list.Add(new MatchEntity { Id = $"z{i}", Names = [$"{given[i % given.Length]} {MadeUp(i + 2000)} Zúñiga"] });
            list.Add(new MatchEntity { Id = $"s{i}", Names = [$"Sanjay {MadeUp(i + 4000)}"] });
        }

        list.Add(new MatchEntity { Id = "target", Names = ["Eduardo Zúñiga Ibáñez"] });
        var index = MatchIndex.Build(list);
        var results = index.Search(new MatchEntity { Id = "q", Names = ["Eduardo Zúñija"] }, Options);
        Assert.NotEmpty(results);
        Assert.Equal("target", results[0].CandidateId);
        Assert.True(results[0].IsMatch, $"{results[0].Score}");
    }

    [Fact]
    public void Search_GivenNamesRunTogetherAndSurnameMisspelt_FindsEntity()
    {
        // "Karimbilal" is no listed word and "Rasid" none either: only the split and the similar word retrieve it.
        var results = Index.Search(new MatchEntity { Id = "q", Names = ["Karimbilal Al-Rasid"] }, Options);
        Assert.NotEmpty(results);
        Assert.Equal("karim", results[0].CandidateId);
        Assert.True(results[0].IsMatch);
    }

    [Theory]
    [InlineData("Sofia Qwxzvbnm")] // unknown word like nothing listed: no expansion, the search still answers
    [InlineData("Zzzz Yyyy")]
    public void Search_UnknownWordsLikeNothingListed_FlagNothing(string query)
    {
        var results = Index.Search(new MatchEntity { Id = "q", Names = [query] }, Options);
        Assert.DoesNotContain(results, r => r.IsMatch);
    }

    [Fact]
    public void Search_HugeUnknownToken_Answers()
    {
        // A 10,000-letter word is unknown and shares trigrams with every listed word: counts saturate, nothing is flagged.
        var huge = "Sofia " + string.Concat(Enumerable.Repeat("shevchenko", 1000));
        var results = Index.Search(new MatchEntity { Id = "q", Names = [huge] }, Options);
        Assert.DoesNotContain(results, r => r.CandidateId == "target" && r.Score >= 0.99);
    }
}
