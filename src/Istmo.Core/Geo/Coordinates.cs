namespace Istmo.Core.Geo;

/// <summary>Checks latitude and longitude ranges (WGS 84).</summary>
public static class Coordinates
{
    /// <summary>True when both values are within range.</summary>
    public static bool AreValid(double? latitude, double? longitude) =>
        latitude is null == longitude is null
        && (latitude is null || (latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180));
}
