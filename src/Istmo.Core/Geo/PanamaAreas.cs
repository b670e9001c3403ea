namespace Istmo.Core.Geo;

/// <summary>A first-level administrative area of Panama: a province or an indigenous comarca.</summary>
public sealed record AdministrativeArea(string Code, string Name, AreaKind Kind, double Latitude, double Longitude);

/// <summary>Whether an area is a province or a comarca with provincial rank.</summary>
public enum AreaKind
{
    Province,
    Comarca,
}

/// <summary>Panama's 10 provinces and its indigenous comarcas, keyed by ISO 3166-2 code.</summary>
public static class PanamaAreas
{
    /// <summary>Every area; coordinates are approximate centroids used for demo data and map centring.</summary>
    public static readonly IReadOnlyList<AdministrativeArea> All =
    [
        new("PA-1", "Bocas del Toro", AreaKind.Province, 9.15, -82.25),
        new("PA-2", "Coclé", AreaKind.Province, 8.45, -80.43),
        new("PA-3", "Colón", AreaKind.Province, 9.20, -79.90),
        new("PA-4", "Chiriquí", AreaKind.Province, 8.43, -82.43),
        new("PA-5", "Darién", AreaKind.Province, 8.05, -77.75),
        new("PA-6", "Herrera", AreaKind.Province, 7.90, -80.60),
        new("PA-7", "Los Santos", AreaKind.Province, 7.60, -80.35),
        new("PA-8", "Panamá", AreaKind.Province, 8.98, -79.52),
        new("PA-9", "Veraguas", AreaKind.Province, 8.10, -81.05),
        new("PA-10", "Panamá Oeste", AreaKind.Province, 8.88, -79.78),
        new("PA-EM", "Emberá-Wounaan", AreaKind.Comarca, 8.35, -77.60),
        new("PA-KY", "Guna Yala", AreaKind.Comarca, 9.35, -78.55),
        new("PA-NB", "Ngäbe-Buglé", AreaKind.Comarca, 8.55, -81.75),
        new("PA-NT", "Naso Tjër Di", AreaKind.Comarca, 9.20, -82.70),
    ];

    /// <summary>The area with the ISO code, or null.</summary>
    public static AdministrativeArea? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(a => string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase));
}
