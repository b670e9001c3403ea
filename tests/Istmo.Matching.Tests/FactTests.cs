namespace Istmo.Matching.Tests;

public class FactTests
{
    [Theory]
    [InlineData("1985", 1985, null, null)]
    [InlineData("1985-03", 1985, 3, null)]
    [InlineData("1985-03-07", 1985, 3, 7)]
    [InlineData(" 1985/3/7 ", 1985, 3, 7)]
    public void TryParse_ValidPartialDate_ParsesParts(string text, int year, int? month, int? day)
    {
        Assert.True(PartialDate.TryParse(text, out var d, out var error));
        Assert.Null(error);
        Assert.Equal(new PartialDate(year, month, day), d);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("85", "form")]
    [InlineData("1985-13", "Month")]
    [InlineData("1985-02-30", "Day")]
    [InlineData("abcd", "Year")]
    [InlineData("1985-03-07T00:00", "long")]
    public void TryParse_InvalidDate_ReportsError(string text, string fragment)
    {
        Assert.False(PartialDate.TryParse(text, out _, out var error));
        Assert.Contains(fragment, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidDate_ThrowsFormatException() => Assert.Throws<FormatException>(() => PartialDate.Parse("1985-00"));

    [Fact]
    public void ToString_RoundTrips() => Assert.Equal("1985-03-07", PartialDate.Parse("1985-3-7").ToString());

    [Theory]
    [InlineData("8-123-456", "08-0123-000456")]
    [InlineData("PE 12 345", "pe-12-345")]
    [InlineData("AB0012345", "ab0012345")]
    public void NormalizeDocument_SameNumber_Equal(string a, string b) =>
        Assert.Equal(Identifiers.NormalizeDocument(a), Identifiers.NormalizeDocument(b));

    [Theory]
    [InlineData("+507 6612-3456", "66123456")]
    [InlineData("00507 66123456", "6612 3456")]
    [InlineData("(507) 261-1234", "2611234")]
    public void NormalizePhone_PanamaFormats_CompareEqual(string a, string b) =>
        Assert.Equal(Identifiers.NormalizePhone(a), Identifiers.NormalizePhone(b));

    [Fact]
    public void NormalizePhone_TooShort_IsNull() => Assert.Null(Identifiers.NormalizePhone("12-34"));

    [Theory]
    [InlineData("pan", "PA")]
    [InlineData("PA", "PA")]
    [InlineData(" col ", "CO")]
    [InlineData("HTI", "HT")]
    [InlineData("XX", null)]
    [InlineData("", null)]
    public void NormalizeCountry_Alpha3OrAlpha2_ReturnsAlpha2(string input, string? expected) => Assert.Equal(expected, Countries.Normalize(input));

    [Theory]
    [InlineData("m", "M")]
    [InlineData("Mujer", "F")]
    [InlineData("female", "F")]
    [InlineData("?", null)]
    public void NormalizeSex_CommonCodes_Normalised(string input, string? expected) => Assert.Equal(expected, Identifiers.NormalizeSex(input));
}
