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

    [Fact]
    public void Fold_BelarusianEnka_FoldsLikeEnko()
    {
        Assert.Equal(SpanishPhonetic.Fold("lukashenko"), SpanishPhonetic.Fold("lukashenka"));
        Assert.Equal("enka", SpanishPhonetic.Fold("enka")); // too short to be the ending of a surname
        Assert.NotEqual(SpanishPhonetic.Fold("juan"), SpanishPhonetic.Fold("juana"));
    }
}
