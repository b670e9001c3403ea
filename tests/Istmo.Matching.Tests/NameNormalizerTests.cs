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

    [Theory]
    [InlineData("щ")] // four letters each (shch): a token fills its buffer in steps of four
    [InlineData("\U00010400")] // a letter outside the basic plane (a surrogate pair)
    [InlineData("ال")] // the Arabic article, split off at the start of a word
    [InlineData("a\u0301")] // a letter and its combining accent
    public void Normalize_LongWordOfOneUnit_StaysWithinTheTokenBuffer(string unit)
    {
        var tokens = NameNormalizer.Tokenize(string.Concat(Enumerable.Repeat(unit, 10_000)));
        Assert.NotEmpty(tokens);
        Assert.All(tokens, t => Assert.InRange(t.Length, 1, NameNormalizer.MaxTokenLength));
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

    [Theory]
    [InlineData("张伟", "zhang wei")] // Han: family name, then the given name as one word
    [InlineData("习近平", "xi jinping")]
    [InlineData("欧阳修", "ouyang xiu")] // two-character family name
    [InlineData("曾国藩", "zeng guofan")] // family-name reading, not the common one (ceng)
    [InlineData("單", "shan")]
    [InlineData("김정은", "kim jong un")] // Hangul: customary surname, given name by syllable
    [InlineData("박근혜", "park gun hye")]
    [InlineData("리용호", "ri yong ho")]
    [InlineData("남궁민", "namgung min")]
    [InlineData("\u202Bדוד\u202C", "dvd")] // Hebrew (consonantal, like Arabic); bidi controls dropped
    [InlineData("አበበ ቢቂላ", "abebe bikila")] // Ethiopic (Amharic, Tigrinya)
    [InlineData("Zhang 伟", "zhang wei")] // mixed scripts
    [InlineData("ﾄﾖﾀ", "toyota")] // half-width katakana (legacy Japanese systems) composed before romanising
    [InlineData("㊥", "zhong")] // an enclosed ideograph
    [InlineData("Ҳасан Қодиров", "hasan qodirov")] // Tajik and Uzbek Cyrillic letters outside the ICAO table: AnyAscii
    [InlineData("Әбдуәліұлы", "abdualiuly")] // Kazakh
    [InlineData("Nguyễn Văn Thiệu", "nguyen van thieu")] // Vietnamese stays Latin
    public void Normalize_HanHangulAndOtherScripts_AreRomanised(string input, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(input));

    [Fact]
    public void Normalize_HugeHanInput_IsBoundedAndLatin()
    {
        var tokens = NameNormalizer.Tokenize(string.Concat(Enumerable.Repeat("习近平 ", 5_000)));
        Assert.InRange(tokens.Count, 1, NameNormalizer.MaxTokens);
        Assert.All(tokens, t => Assert.True(t.Length <= NameNormalizer.MaxTokenLength && t.All(char.IsAsciiLetterOrDigit), t));
    }

    [Theory]
    [InlineData("Joaquín \"El Chapo\" Guzmán", false, "joaquin guzman")]
    [InlineData("Joaquín “El Chapo” Guzmán", false, "joaquin guzman")]
    [InlineData("Joaquín Guzmán (El Chapo)", false, "joaquin guzman")]
    [InlineData("Joaquín Guzmán alias El Chapo", false, "joaquin guzman")]
    [InlineData("Joaquín Guzmán a.k.a. El Chapo", false, "joaquin guzman")]
    [InlineData("Joaquín Guzmán AKA El Chapo", false, "joaquin guzman")]
    [InlineData("alias El Chapo", false, "el chapo")] // nothing before the marker: the alias is the name
    [InlineData("Joaquín Guzmán alias", false, "joaquin guzman")] // a marker with nothing after it
    [InlineData("Juan \"\" Pérez", false, "juan perez")] // empty quotes
    [InlineData("Juan (Pérez", false, "juan perez")] // unbalanced parenthesis: kept
    [InlineData("Juan Pérez)", false, "juan perez")]
    [InlineData("(El Chapo)", false, "el chapo")] // nothing outside the brackets: kept as written
    [InlineData("\"\"", false, "")]
    [InlineData("Aliasghar Ahmadi", false, "aliasghar ahmadi")] // the marker is a whole word only
    [InlineData("OOO «Romashka»", true, "romashka")] // organisations keep quoted parts (the quoted part is the name)
    [InlineData("VTB Bank (Europe) SE", true, "vtb bank europe")] // and bracketed parts (they tell subsidiaries apart)
    [InlineData("Acme Trading a.k.a. Acme Global", true, "acme trading")]
    public void Parse_AliasParts_AreSetAside(string written, bool organization, string expected)
    {
        var parsed = ParsedName.Parse(written, organization, withDisplay: true);
        Assert.Equal(expected, string.Join(' ', parsed.Tokens));
        Assert.Equal(parsed.Tokens.Count, parsed.Display!.Count);
    }

    [Fact]
    public void Parse_HugeInputWithMarkers_IsBounded()
    {
        var written = string.Concat(Enumerable.Repeat("Juan \"x\" (y alias ", 5000));
        var parsed = ParsedName.Parse(written, false, withDisplay: false);
        Assert.True(parsed.Tokens.Count <= NameNormalizer.MaxTokens);
    }

    [Theory]
    [InlineData("Gorbatschow", "gorbachov")] // German
    [InlineData("Chruschtschow", "chrushchov")]
    [InlineData("Khrouchtchev", "khrushchev")] // French
    [InlineData("Dworkowitsch", "dvorkovich")]
    [InlineData("Jakowlew", "yakovlev")]
    [InlineData("Tschaikowski", "chaikovski")]
    [InlineData("Tchaikovsky", "chaikovski")]
    [InlineData("Kaspersky", "kasperski")]
    [InlineData("Kasperskaia", "kasperskaya")]
    [InlineData("Smirnoff", "smirnov")]
    [InlineData("Szczepański", "shchepanski")] // Polish
    [InlineData("Wilson", "wilson")] // no Slavic ending: unchanged
    [InlineData("Juan", "juan")]
    [InlineData("Ov", "ov")] // too short
    public void Normalize_SlavicSurnameInOtherSchemes_FoldsToEnglishSpelling(string input, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(input));
}
