using System.Text;

namespace Istmo.Matching.Tests;

/// <summary>Chinese, Japanese and Korean company names: type words (有限公司, 集团, 株式会社, 주식회사), long names, ordinals.</summary>
public class CjkOrganisationTests
{
    private static double Score(string a, string b) => Scorer.ScorePair(
        new MatchEntity { Id = "a", Names = [a], Schema = EntitySchema.Organization },
        new MatchEntity { Id = "b", Names = [b], Schema = EntitySchema.Organization }).Score;

    [Theory]
    [InlineData("华为技术有限公司", "华为技术公司")] // Co., Ltd. / Company: scored 0 when each was one romanised word
    [InlineData("中国石油天然气集团公司", "中国石油天然气集团有限公司")] // 有限 inserted
    [InlineData("华为技术有限公司", "Huawei Jishu Youxian Gongsi")] // pinyin by words
    [InlineData("华为技术有限公司", "Huawei Jishu Co., Ltd.")]
    [InlineData("新疆天润乳业股份有限公司", "Xinjiang Tianrun Ruye Co Ltd")] // company limited by shares
    [InlineData("華為技術有限責任公司", "华为技术有限公司")] // traditional characters, limited liability / limited
    [InlineData("삼성전자 주식회사", "Samsungjeonja Co Ltd")] // Korean "stock company", written apart
    public void ScorePair_SameCompanyWithOtherTypeWords_Matches(string a, string b) =>
        Assert.True(Score(a, b) >= 0.70, $"{a} | {b}: {Score(a, b):0.000}");

    [Theory]
    [InlineData("中国石油天然气集团公司", "中国石油化工集团公司")] // CNPC / Sinopec: the type words alone do not make a match
    [InlineData("华为技术有限公司", "中兴通讯股份有限公司")] // Huawei / ZTE
    // The third and fourth depots of one supplier: 26 characters in common, numbered apart (scored 1.00 when long names were
    // cut at 40 romanised letters).
    [InlineData("新疆生产建设兵团农业生产资料供应公司喀什配销中心英吉沙县乔日旁路第三经销部", "新疆生产建设兵团农业生产资料供应公司喀什配销中心英吉沙县乔尔旁路第四经销部")]
    [InlineData("Zavod No 9", "Zavod No 8")]
    public void ScorePair_OtherCompany_DoesNotMatch(string a, string b) =>
        Assert.True(Score(a, b) < 0.70, $"{a} | {b}: {Score(a, b):0.000}");

    [Theory]
    [InlineData("华为技术有限公司", "huaweijishu youxian gongsi")]
    [InlineData("株式会社东芝", "kabushiki kaisha dongzhi")] // a form in front; kanji in Chinese readings (a known limit)
    [InlineData("新疆生产建设兵团第一师", "xinjiangshengchan jianshebingtuan 1 shi")] // words of four characters from the start; 第一 → 1
    [InlineData("集团", "jituan")] // a type word alone stays a name
    [InlineData("习近平", "xi jinping")] // persons unchanged
    public void Normalize_CjkCompanyNames_TypeWordsApartAndLongNamesInWords(string input, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(input));

    [Fact]
    public void Score_OrganisationsNumberedApart_SaySoInTheExplanation()
    {
        var result = Scorer.Score(
            new MatchEntity { Id = "a", Names = ["Zavod No 9"], Schema = EntitySchema.Organization },
            new MatchEntity { Id = "b", Names = ["Zavod No 8"], Schema = EntitySchema.Organization });

        var item = Assert.Single(result.Items, i => i.Code == ExplanationCodes.NumberConflict);
        Assert.Equal(["9", "8"], item.Args);
        Assert.Contains("numbered apart (9 / 8)", result.Explanation, StringComparison.Ordinal);
        Assert.Equal(0.35, result.Score, 2);

        // Only the numbers left over are named, not one the two names share.
        var shared = Scorer.Score(
            new MatchEntity { Id = "a", Names = ["Zavod 5 No 9"], Schema = EntitySchema.Organization },
            new MatchEntity { Id = "b", Names = ["Zavod 5 No 8"], Schema = EntitySchema.Organization });
        Assert.Equal(["9", "8"], Assert.Single(shared.Items, i => i.Code == ExplanationCodes.NumberConflict).Args);
    }

    [Fact]
    public void Normalize_LongHanName_KeepsItsEndInsteadOfCuttingIt()
    {
        // 38 characters were one word of ~150 letters cut at MaxTokenLength: the two depots' names became equal.
        var third = NameNormalizer.Tokenize("新疆生产建设兵团农业生产资料供应公司喀什配销中心英吉沙县乔日旁路第三经销部");
        var fourth = NameNormalizer.Tokenize("新疆生产建设兵团农业生产资料供应公司喀什配销中心英吉沙县乔尔旁路第四经销部");
        Assert.All(third, t => Assert.InRange(t.Length, 1, NameNormalizer.MaxTokenLength - 1));
        Assert.Contains("3", third);
        Assert.Contains("4", fourth);
        Assert.NotEqual(third, fourth);
    }

    [Fact]
    public void Index_PinyinOrHanQuery_FindsTheCompanyWrittenTheOtherWay()
    {
        var index = MatchIndex.Build([
            new MatchEntity { Id = "huawei", Names = ["华为技术有限公司"], Schema = EntitySchema.Organization },
            new MatchEntity { Id = "zte", Names = ["中兴通讯股份有限公司"], Schema = EntitySchema.Organization },
            new MatchEntity { Id = "cnpc", Names = ["China National Petroleum Corporation", "中国石油天然气集团有限公司"], Schema = EntitySchema.Organization },
        ]);

        var latin = index.Search(new MatchEntity { Id = "q1", Names = ["Huawei Jishu Youxian Gongsi"], Schema = EntitySchema.Organization });
        Assert.Equal("huawei", latin.First().CandidateId);
        Assert.True(latin.First().IsMatch);
        var han = index.Search(new MatchEntity { Id = "q2", Names = ["中国石油天然气集团公司"], Schema = EntitySchema.Organization });
        Assert.Equal("cnpc", han.First().CandidateId);
        Assert.True(han.First().IsMatch);
    }

    [Theory]
    [InlineData(10_000, "有限公司")]
    [InlineData(10_000, "")]
    [InlineData(3, "第九九九九九九九九九九九九九九九")] // an ordinal longer than any number: read to nine numerals, the rest as text
    public void Normalize_HugeOrOddHanCompanyName_IsBoundedAndLatin(int characters, string tail)
    {
        var name = string.Concat(Enumerable.Range(0, characters).Select(i => (char)(0x4E00 + (i * 7919 % 20000)))) + tail;
        var tokens = NameNormalizer.Tokenize(name);
        Assert.InRange(tokens.Count, 1, NameNormalizer.MaxTokens);
        Assert.All(tokens, t => Assert.True(t.Length <= NameNormalizer.MaxTokenLength && t.All(char.IsAsciiLetterOrDigit), t));
        Assert.InRange(Scorer.ScorePair(
            new MatchEntity { Id = "a", Names = [name], Schema = EntitySchema.Organization },
            new MatchEntity { Id = "b", Names = [name], Schema = EntitySchema.Organization }).Score, 0.999, 1.0);
    }

    [Theory]
    [InlineData("彮幋〇巪")] // 〇 (U+3007) sits among the CJK punctuation: it was kept as a token of its own, not Latin
    [InlineData("第〇〇一研究所")]
    public void Normalize_HanNumeralZero_IsRomanisedWithItsRun(string name) =>
        Assert.All(NameNormalizer.Tokenize(name), t => Assert.True(t.All(char.IsAsciiLetterOrDigit), t));

    [Theory]
    [InlineData("三", 3)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十", 20)]
    [InlineData("二十三", 23)]
    [InlineData("一百零五", 105)]
    [InlineData("一二", 12)]
    [InlineData("两", 2)]
    public void Ordinal_ChineseNumerals_ReadAsNumbers(string numeral, int expected)
    {
        var runes = (numeral + "师").EnumerateRunes().ToList();
        Assert.Equal(expected, CjkOrganisationWords.Ordinal(runes, 0, out var length));
        Assert.Equal(numeral.Length, length);
    }

    [Fact]
    public void Ordinal_NoNumeral_IsNull() =>
        Assert.Null(CjkOrganisationWords.Ordinal(new List<Rune>("经销部".EnumerateRunes()), 0, out _));
}
