namespace Istmo.Matching.Tests;

/// <summary>Chinese names in Wade–Giles (Taiwanese passports, older records) against their pinyin forms on watchlists.</summary>
public class WadeGilesTests
{
    private static MatchResult Pair(string a, string b) => TestData.ExplainedPair(a, b);

    [Theory]
    [InlineData("Mao Tse-tung", "Mao Zedong")]
    [InlineData("Liu Hsiao-po", "Liu Xiaobo")]
    [InlineData("Tsai Ing-wen", "Cai Yingwen")] // ts is z or c without its apostrophe; Ing is ying
    [InlineData("Chen Shui-pien", "Chen Shuibian")]
    [InlineData("Hsu Hsiao-ming", "Xu Xiaoming")]
    [InlineData("Wang Chien-ming", "Wang Jianming")] // ch before i is j; -ien is -ian
    [InlineData("Chiang Ching-kuo", "Jiang Jingguo")]
    [InlineData("Teng Hsiao-p'ing", "Deng Xiaoping")] // the apostrophe marks the aspirated p
    public void ScorePair_WadeGilesAndPinyin_MatchBelowIdentical(string wadeGiles, string pinyin)
    {
        foreach (var (a, b) in new[] { (wadeGiles, pinyin), (pinyin, wadeGiles) })
        {
            var r = Pair(a, b);
            Assert.True(r.IsMatch, $"{a} | {b}: {r.Score:0.000}");
            Assert.True(r.Score < 0.99, $"{a} | {b}: a reading scored as an identical name ({r.Score:0.000})");
        }
    }

    [Fact]
    public void ScorePair_WadeGiles_ExplainsTheReading()
    {
        var r = Pair("Mao Tse-tung", "Mao Zedong");
        var item = Assert.Single(r.Items, i => i.Code == ExplanationCodes.NameWadeGiles);
        Assert.Equal(["Mao Tse-tung", "Mao Zedong"], item.Args);
    }

    [Theory]
    [InlineData("Mao Tse-tung", "Mao Zemin")] // another given name
    [InlineData("Tsai Ing-wen", "Cai Yingjie")]
    [InlineData("Kim Jong-un", "Kim Jong-nam")] // Korean hyphenated names are no Wade–Giles and stay apart
    public void ScorePair_DifferentGivenNames_DoNotMatch(string a, string b) =>
        Assert.False(Pair(a, b).IsMatch, $"{a} | {b}: {Pair(a, b).Score:0.000}");

    [Fact]
    public void PinyinForms_ReadPlainInitialsFirst_ThenAspirated()
    {
        var forms = WadeGiles.PinyinForms("Mao Tse-tung");
        Assert.Equal("Mao Zedong", forms[0]);
        Assert.Contains("Mao Cetong", forms);
        Assert.True(forms.Count <= WadeGiles.MaxForms);
    }

    [Fact]
    public void PinyinForms_OtherWordsOnlyWhenMarked()
    {
        // Hsu has hs, which pinyin never writes; Chen could be either system and stays as written.
        Assert.Contains("Xu Xiaoming", WadeGiles.PinyinForms("Hsu Hsiao-ming"));
        Assert.All(WadeGiles.PinyinForms("Chen Shui-pien"), f => Assert.StartsWith("Chen ", f, StringComparison.Ordinal));
        Assert.Equal(["Teng Xiaoping"], WadeGiles.PinyinForms("Teng Hsiao-p'ing"));
    }

    [Theory]
    [InlineData("Kim Jong-un")]
    [InlineData("Park Geun-hye")]
    [InlineData("Moon Jae-in")]
    [InlineData("Jean-Pierre Joseph")]
    [InlineData("Marie-Claude Dupont")]
    [InlineData("Abdul-Rahman Al-Amin")]
    [InlineData("Ana Pérez-Li")]
    [InlineData("Mao Zedong")] // pinyin: no hyphen
    [InlineData("Li-Na-Wei-Ming")] // four syllables: not a given name
    [InlineData("")]
    public void PinyinForms_NotWadeGiles_None(string name) =>
        Assert.Empty(WadeGiles.PinyinForms(name));

    [Fact]
    public void PinyinForms_HostileInput_AnswersWithoutForms()
    {
        Assert.Empty(WadeGiles.PinyinForms(string.Concat(Enumerable.Repeat("tse-tung ", 2_000))));
        Assert.Empty(WadeGiles.PinyinForms("Mao Tse\u200b-tung\u0007"));
        var r = Pair("Mao " + new string('-', 5_000), "Mao Zedong");
        Assert.InRange(r.Score, 0, 1);
    }

    [Fact]
    public void Search_WadeGilesAgainstPinyinList_FindsAndExplainsBothWays()
    {
        var index = MatchIndex.Build(
        [
            new MatchEntity { Id = "liu", Names = ["Liu Xiaobo"] },
            new MatchEntity { Id = "tsai", Names = ["Tsai Ing-wen"] },
            new MatchEntity { Id = "other", Names = ["Liu Xiaoming"] },
        ]);
        var options = new MatchOptions { Explain = true };

        var liu = index.Search(new MatchEntity { Id = "q1", Names = ["Liu Hsiao-po"] }, options);
        Assert.Equal("liu", liu[0].CandidateId);
        Assert.True(liu[0].IsMatch);
        Assert.Contains(liu[0].Items, i => i.Code == ExplanationCodes.NameWadeGiles && i.Args[0] == "Liu Hsiao-po");

        // The listed name is the Wade–Giles one: its pinyin reading is indexed, and explained from the candidate's side.
        var tsai = index.Search(new MatchEntity { Id = "q2", Names = ["Cai Yingwen"] }, options);
        Assert.Equal("tsai", tsai[0].CandidateId);
        Assert.True(tsai[0].IsMatch);
        Assert.Contains(tsai[0].Items, i => i.Code == ExplanationCodes.NameWadeGiles && i.Args[0] == "Tsai Ing-wen");
    }
}
