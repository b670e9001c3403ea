namespace Istmo.Matching.Tests;

public class PhoneticTests
{
    [Theory]
    [InlineData("vasquez", "baskes")]
    [InlineData("velazquez", "belaskes")]
    [InlineData("guillermo", "giermo")]
    [InlineData("hernandez", "ernandes")]
    [InlineData("quintero", "kintero")]
    [InlineData("gimenez", "jimenes")]
    [InlineData("beauvais", "bobais")]
    [InlineData("yesenia", "iesenia")]
    [InlineData("aleksandr", "alexandr")]
    public void Fold_SpanishSpelling_NormalisesConfusables(string input, string expected) =>
        Assert.Equal(expected, SpanishPhonetic.Fold(input));

    [Theory]
    [InlineData("vasquez", "vazquez")]
    [InlineData("jimenez", "gimenez")]
    [InlineData("yepez", "llepes")]
    [InlineData("hector", "ector")]
    [InlineData("juan", "jhon")]
    public void Key_SoundAlikeNames_AreEqual(string a, string b) =>
        Assert.Equal(SpanishPhonetic.Key(a), SpanishPhonetic.Key(b));

    [Fact]
    public void Key_DifferentNames_Differ() => Assert.NotEqual(SpanishPhonetic.Key("rodriguez"), SpanishPhonetic.Key("gonzalez"));

    [Theory]
    [InlineData("smith", "SM0")]
    [InlineData("knight", "NT")]
    [InlineData("philip", "FLP")]
    [InlineData("thomas", "0MS")]
    public void Metaphone_EnglishNames_EncodesKnownCodes(string input, string expected) =>
        Assert.Equal(expected, Metaphone.Encode(input));

    [Fact]
    public void Metaphone_Variants_ShareCode()
    {
        Assert.Equal(Metaphone.Encode("stephen"), Metaphone.Encode("stefen"));
        Assert.Equal("", Metaphone.Encode(""));
    }

    [Theory]
    [InlineData("whitney", 0, "W")] // the initial letter is written before the length is tested
    [InlineData("xavier", 1, "S")]
    [InlineData("maxmax", 2, "MK")] // an x writes two letters, the second only within the length
    [InlineData("maxmax", 3, "MKS")]
    [InlineData("stephen", 6, "STFN")]
    public void Metaphone_AnyLength_WritesWithinIt(string input, int maxLength, string expected) =>
        Assert.Equal(expected, Metaphone.Encode(input, maxLength));

    [Fact]
    public void Metaphone_LongCodeOrBadLength_HandledOrNamed()
    {
        // A length past the stack buffer's; the input is read up to 64 letters (32 times "ma").
        Assert.Equal(new string('M', 32), Metaphone.Encode(string.Concat(Enumerable.Repeat("ma", 64)), 100));
        Assert.Equal("maxLength", Assert.Throws<ArgumentOutOfRangeException>(() => Metaphone.Encode("mm", -1)).ParamName);
    }

    [Fact]
    public void Key_LongAndWorstCaseTokens_StayWithinTheirBuffers()
    {
        Assert.Equal(8, SpanishPhonetic.Key("bcdfgjklmnprstvwxz").Length); // the key keeps 8 consonants
        Assert.Equal("swaswaswaswaswaswaswaswaswaswa", FrenchCreole.Key("coicoicoicoicoicoicoicoicoicoi")); // 30 letters, 3 out for 3 in
        Assert.Null(FrenchCreole.Key(new string('c', 31)));
    }

    [Fact]
    public void Fold_BelarusianEnka_FoldsLikeEnko()
    {
        Assert.Equal(SpanishPhonetic.Fold("lukashenko"), SpanishPhonetic.Fold("lukashenka"));
        Assert.Equal("enka", SpanishPhonetic.Fold("enka")); // too short to be the ending of a surname
        Assert.NotEqual(SpanishPhonetic.Fold("juan"), SpanishPhonetic.Fold("juana"));
    }
}
