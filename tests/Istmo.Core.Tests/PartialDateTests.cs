using Istmo.Core.Registry;

namespace Istmo.Core.Tests;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1987", 1987, null, null)]
    [InlineData("1987-04", 1987, 4, null)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    public void TryParse_ValidPrecision_Parses(string text, int year, int? month, int? day)
    {
        Assert.True(PartialDate.TryParse(text, out var date, out var error));
        Assert.Null(error);
        Assert.Equal(new PartialDate(year, month, day), date);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("", "DateRequired")]
    [InlineData("87", "DateYear")]
    [InlineData("1850", "DateYear")]
    [InlineData("1987-13", "DateMonth")]
    [InlineData("2001-02-29", "DateDay")]
    [InlineData("1987/04/01", "DateFormat")]
    [InlineData("1987-04-01-02", "DateFormat")]
    [InlineData("１９８７", "DateFormat")]
    public void TryParse_Invalid_ReturnsReasonCode(string text, string code)
    {
        Assert.False(PartialDate.TryParse(text, out _, out var error));
        Assert.Equal(code, error);
    }
}
