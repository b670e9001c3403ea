using Istmo.Core.Text;

namespace Istmo.Core.Tests;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("José Ángel RODRÍGUEZ Núñez", "jose angel rodriguez nunez")]
    [InlineData("  Ngäbe-Buglé  ", "ngabe bugle")]
    [InlineData("O'Brien, S.A.", "o brien s a")]
    [InlineData("Zo\u200Be", "zoe")]
    [InlineData("\u0000ctrl\u0007", "ctrl")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fold_Input_RemovesAccentsCasePunctuationAndInvisibles(string? input, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(input));

    [Fact]
    public void Fold_RightToLeftScript_KeepsLetters()
    {
        var folded = TextFolding.Fold("محمد الحسن");

        Assert.Equal(2, folded.Split(' ').Length);
    }

    [Fact]
    public void Tokens_RepeatedWords_AreDistinct() =>
        Assert.Equal(["maria", "de", "la"], TextFolding.Tokens("María de la MARIA"));

    [Fact]
    public void Fold_HugeInput_DoesNotThrow()
    {
        var folded = TextFolding.Fold(new string('á', 100_000));

        Assert.Equal(100_000, folded.Length);
    }
}
