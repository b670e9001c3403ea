namespace Istmo.Matching.Tests;

public class NameNormalizerTests
{
    [Theory]
    [InlineData("José  RODRÍGUEZ-Pérez", "jose rodriguez perez")]
    [InlineData("Muñoz", "munoz")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("  María\tdel\u00A0Carmen ", "maria del carmen")]
    [InlineData("Ｊｏｓé", "jose")]
    [InlineData("Straße", "strasse")]
    [InlineData("Łukasz Øster", "lukasz oster")]
    public void Normalize_LatinInput_FoldsAccentsCaseAndPunctuation(string input, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(input));

    [Fact]
    public void Normalize_ZeroWidthAndControlChars_AreRemovedOrSeparate()
    {
        Assert.Equal("juan perez", NameNormalizer.Normalize("Ju\u200Ban\u0000Pe\u200Drez\u00AD"[..^1].Replace("\u0000", " ", StringComparison.Ordinal)));
        Assert.Equal("ana", NameNormalizer.Normalize("\uFEFFA\u200Cna\u200E"));
    }

    [Fact]
    public void Normalize_NullOrEmpty_ReturnsEmpty()
    {
        Assert.Equal("", NameNormalizer.Normalize(null));
        Assert.Equal("", NameNormalizer.Normalize(""));
        Assert.Equal("", NameNormalizer.Normalize(" .,;- "));
        Assert.Empty(NameNormalizer.Tokenize("\u200B\u200B"));
    }

    [Fact]
    public void Normalize_VeryLongInput_IsBounded()
    {
        var longName = string.Concat(Enumerable.Repeat("Rodríguez ", 1000));
        var tokens = NameNormalizer.Tokenize(longName);
        Assert.Equal(NameNormalizer.MaxTokens, tokens.Count);
        var oneToken = new string('a', 10_000);
        var single = Assert.Single(NameNormalizer.Tokenize(oneToken));
        Assert.Equal(NameNormalizer.MaxTokenLength, single.Length);
    }

    [Fact]
    public void Normalize_UnpairedSurrogates_DoNotThrow()
    {
        var tokens = NameNormalizer.Tokenize("Ana\uD800 Luz\uDC00 😀 Pérez");
        Assert.Equal(["ana", "luz", "perez"], tokens);
    }

    [Theory]
    [InlineData("Александр Иванов", "aleksandr ivanov")]
    [InlineData("Юлия Щербакова", "iuliia shcherbakova")]
    [InlineData("Сергій Шевченко", "sergii shevchenko")]
    [InlineData("Νίκος Παπαδόπουλος", "nikos papadopoulos")]
    [InlineData("محمد الحسن", "mhmd al hsn")]
    public void Normalize_NonLatinScript_IsRomanised(string input, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(input));

    [Fact]
    public void Normalize_HebrewAndHan_KeepsLetters()
    {
        Assert.Equal("דוד", NameNormalizer.Normalize("\u202Bדוד\u202C"));
        Assert.Equal("张伟", NameNormalizer.Normalize("张伟"));
    }
}
