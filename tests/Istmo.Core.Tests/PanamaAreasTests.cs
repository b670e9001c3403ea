using Istmo.Core.Geo;

namespace Istmo.Core.Tests;

public sealed class PanamaAreasTests
{
    [Fact]
    public void All_HasTenProvincesAndTheComarcas()
    {
        Assert.Equal(10, PanamaAreas.All.Count(a => a.Kind == AreaKind.Province));
        Assert.Contains(PanamaAreas.All, a => a.Code == "PA-KY" && a.Name == "Guna Yala");
        Assert.Contains(PanamaAreas.All, a => a.Code == "PA-NB");
        Assert.Contains(PanamaAreas.All, a => a.Code == "PA-EM");
        Assert.Equal(PanamaAreas.All.Count, PanamaAreas.All.Select(a => a.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("pa-8", "Panamá")]
    [InlineData("PA-10", "Panamá Oeste")]
    public void Find_CodeAnyCase_ReturnsArea(string code, string name) => Assert.Equal(name, PanamaAreas.Find(code)?.Name);

    [Fact]
    public void Find_Unknown_ReturnsNull() => Assert.Null(PanamaAreas.Find("PA-99"));

    [Theory]
    [InlineData(8.98, -79.52, true)]
    [InlineData(null, null, true)]
    [InlineData(91.0, 0.0, false)]
    [InlineData(8.0, null, false)]
    public void AreValid_Ranges_AreChecked(double? lat, double? lon, bool valid) => Assert.Equal(valid, Coordinates.AreValid(lat, lon));
}
