namespace Istmo.Matching.Tests;

/// <summary>Korean names in Revised Romanization (South Korea) against the McCune–Reischauer style of DPRK documents and lists.</summary>
public class KoreanSyllablesTests
{
    private static MatchResult Pair(string a, string b) => TestData.ExplainedPair(a, b);

    [Theory]
    [InlineData("Kim Jong Un", "Kim Jeong-eun")]
    [InlineData("Park Geun-hye", "Pak Kun Hye")]
    [InlineData("Kim Yo Jong", "Kim Yeo-jeong")]
    [InlineData("Hyon Yong Chol", "Hyeon Yeong-cheol")]
    public void ScorePair_TwoRomanisations_Match(string dprk, string revised)
    {
        var r = Pair(dprk, revised);
        Assert.True(r.IsMatch, $"{dprk} | {revised}: {r.Score:0.000}");
        Assert.Contains(r.Items, i => i.Code == ExplanationCodes.NameSpelling);
    }

    [Theory]
    [InlineData("Kim Jong Un", "Kim Jong Nam")] // brothers
    [InlineData("Kim Yo Jong", "Kim Yong Jun")]
    [InlineData("Kim Jong Un", "Kim Jeong-nam")]
    public void ScorePair_OtherGivenNames_DoNotMatch(string a, string b) =>
        Assert.False(Pair(a, b).IsMatch, $"{a} | {b}: {Pair(a, b).Score:0.000}");

    [Theory]
    [InlineData("jeong", "jong")]
    [InlineData("jeong", "chong")]
    [InlineData("geun", "kun")]
    [InlineData("eun", "un")]
    [InlineData("yeo", "yo")]
    [InlineData("cheol", "chol")]
    public void Equivalent_OneSyllable_True(string revised, string other) =>
        Assert.True(KoreanSyllables.Equivalent(NameToken.Create(revised, false), NameToken.Create(other, false)));

    [Theory]
    [InlineData("dan", "tan")] // consonants alone would join names of other languages: a Revised Romanization vowel is needed
    [InlineData("bong", "pong")]
    [InlineData("jeong", "jeong")]
    [InlineData("jeongeun", "jongun")] // a joined given name is no single syllable
    [InlineData("kimberly", "kimbely")]
    public void Equivalent_NotTwoRomanisationsOfOneSyllable_False(string a, string b) =>
        Assert.False(KoreanSyllables.Equivalent(NameToken.Create(a, false), NameToken.Create(b, false)));

    [Theory]
    [InlineData("")]
    [InlineData("xyz")]
    [InlineData("mateo")]
    public void Key_NotASyllable_Null(string word) =>
        Assert.Null(KoreanSyllables.Key(word));
}
