namespace Istmo.Matching.Tests;

/// <summary>Haitian names in French spelling (passports) against Haitian Creole spelling (as heard at a reception station).</summary>
public class FrenchCreoleTests
{
    private static MatchResult Pair(string a, string b) => TestData.ExplainedPair(a, b);

    private static bool Equivalent(string a, string b) =>
        FrenchCreole.Equivalent(NameToken.Create(a, false), NameToken.Create(b, false));

    [Theory]
    [InlineData("François Duvalier", "Franswa Divalye")]
    [InlineData("Jacques Toussaint", "Jak Tousen")]
    [InlineData("Guerline Pierre", "Gèlin Pyè")]
    [InlineData("Marie Jeanne Charles", "Mari Jàn Chal")]
    [InlineData("Wilner Beauvais", "Wilnè Bovè")]
    [InlineData("Paul Étienne", "Pòl Etyèn")]
    [InlineData("Claude Dessalines", "Klod Desalin")]
    [InlineData("Gérard Lucien", "Jera Lisyen")]
    public void ScorePair_FrenchAndCreoleSpellings_Match(string french, string creole)
    {
        var r = Pair(french, creole);
        Assert.True(r.IsMatch, $"{french} | {creole}: {r.Score:0.000}");
        Assert.Contains(r.Items, i => i.Code == ExplanationCodes.NameSpelling);
    }

    [Fact]
    public void Search_CreoleSpellingAgainstFrenchList_FindsAndExplains()
    {
        // Neither Creole word is listed and neither shares a key with its French spelling: the unseen-word look-up finds
        // them by the engine's own similarity, which now includes the sound key.
        var list = new List<MatchEntity> { new() { Id = "target", Names = ["François Duvalier"] } };
        string[] given = ["Jean", "Pierre", "Marie", "Rose", "Paul"];
        for (int i = 0; i < 500; i++)
        {
            list.Add(new MatchEntity { Id = $"n{i}", Names = [$"{given[i % given.Length]} Duval{(char)('a' + (i % 26))}{(char)('a' + (i / 26 % 26))}"] });
        }

        var index = MatchIndex.Build(list);
        var results = index.Search(new MatchEntity { Id = "q", Names = ["Franswa Divalye"] }, new MatchOptions { Explain = true });
        Assert.NotEmpty(results);
        Assert.Equal("target", results[0].CandidateId);
        Assert.True(results[0].IsMatch, $"{results[0].Score}");
        Assert.Contains(results[0].Items, i => i.Code == ExplanationCodes.NameSpelling);
    }

    [Theory]
    [InlineData("duvalier", "divalye")]
    [InlineData("francois", "franswa")]
    [InlineData("toussaint", "tousen")]
    [InlineData("beauvais", "bove")]
    [InlineData("nadege", "nadej")]
    [InlineData("baptiste", "batis")]
    [InlineData("louis", "lwi")]
    public void Key_FrenchAndCreoleSpellings_Agree(string french, string creole) =>
        Assert.Equal(FrenchCreole.Key(french), FrenchCreole.Key(creole));

    [Theory]
    [InlineData("luna", "lina")] // Spanish u is not French ü: no French spelling, no equivalence
    [InlineData("marta", "mata")] // a post-vocalic r is heard in Spanish
    [InlineData("saul", "sol")] // Saúl: two vowels, not the French au
    [InlineData("raul", "rol")]
    [InlineData("jean", "jeanne")] // other names (the comparer's extension rule also keeps them apart)
    [InlineData("francois", "francois")] // the same word is not a spelling variant of itself
    [InlineData("pierre", "paul")]
    public void Equivalent_OtherNames_False(string a, string b) =>
        Assert.False(Equivalent(a, b));

    [Fact]
    public void TokenSimilarity_SpanishNamesUnchanged()
    {
        // Spanish pairs the key would join if the rule applied to every word: their scores stay the comparer's own.
        foreach (var (a, b) in new[] { ("luna", "lina"), ("marta", "mata"), ("saul", "sol"), ("flor", "flores") })
        {
            var s = NameComparer.TokenSimilarity(NameToken.Create(a, false), NameToken.Create(b, false), out var kind);
            Assert.True(kind != MatchKind.Spelling && s < NameComparer.SpellingSystemSimilarity, $"{a}/{b}: {s} {kind}");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("d'artagnan")]
    [InlineData("über")]
    public void Key_NotAPlainWord_Null(string word) =>
        Assert.Null(FrenchCreole.Key(word));

    [Fact]
    public void Key_HostileInput_Bounded()
    {
        Assert.Null(FrenchCreole.Key(new string('e', 10_000)));
        var r = Pair("Jacques " + string.Concat(Enumerable.Repeat("eau", 3_000)), "Jak Bo");
        Assert.InRange(r.Score, 0, 1);
    }
}
