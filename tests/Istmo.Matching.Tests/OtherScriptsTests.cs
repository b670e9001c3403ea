namespace Istmo.Matching.Tests;

/// <summary>Names written in Han, Hangul and other scripts against their Latin forms on watchlists.</summary>
public class OtherScriptsTests
{
    private static double Score(string a, string b) => Scorer.ScorePair(
        new MatchEntity { Id = "a", Names = [a] },
        new MatchEntity { Id = "b", Names = [b] }).Score;

    [Theory]
    [InlineData("Xi Jinping", "习近平")]
    [InlineData("Mao Zedong", "毛泽东")]
    [InlineData("Kim Jong Un", "김정은")]
    [InlineData("Kim Jong-un", "김정은")]
    [InlineData("Choe Ryong Hae", "최룡해")] // DPRK spelling Choe of 최
    [InlineData("Ri Yong Ho", "리용호")]
    [InlineData("Lee Myung-bak", "이명박")]
    [InlineData("Park Geun-hye", "박근혜")] // Revised Romanization eu vs list-style u: one letter
    [InlineData("Abebe Bikila", "አበበ ቢቂላ")]
    public void ScorePair_LatinAndNativeScript_Match(string latin, string native) =>
        Assert.True(Score(latin, native) >= 0.70, $"{latin} | {native}: {Score(latin, native):0.000}");

    [Theory]
    [InlineData("Xi Jinping", "李克强")]
    [InlineData("Kim Jong Un", "김정남")] // brothers: same family name and generation syllable
    [InlineData("Kim Jong Un", "김여정")] // sister
    public void ScorePair_DifferentPeopleInNativeScript_DoNotMatch(string latin, string native) =>
        Assert.True(Score(latin, native) < 0.70, $"{latin} | {native}: {Score(latin, native):0.000}");

    [Fact]
    public void Index_LatinQuery_FindsHanAndHangulEntries()
    {
        var index = MatchIndex.Build([
            new MatchEntity { Id = "xi", Names = ["习近平"] },
            new MatchEntity { Id = "kim", Names = ["김정은"] },
            new MatchEntity { Id = "other", Names = ["Juan Pérez"] },
        ]);

        Assert.Equal("xi", index.Search(new MatchEntity { Id = "q1", Names = ["Xi Jinping"] }).First().CandidateId);
        Assert.Equal("kim", index.Search(new MatchEntity { Id = "q2", Names = ["KIM Jong Un"] }).First().CandidateId);
    }
}
