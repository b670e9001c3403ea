namespace Istmo.Core.Time;

/// <summary>Converts stored UTC instants to Panama's wall clock (UTC-5, no daylight saving) for display.</summary>
public static class PanamaTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    /// <summary>The instant as Panama local time.</summary>
    public static DateTimeOffset ToPanama(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    private static TimeZoneInfo FindZone()
    {
        // Panama has kept UTC-5 without DST since 1908; fall back to a fixed zone where tzdata is missing.
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/Panama");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("America/Panama", TimeSpan.FromHours(-5), "Panama", "Panama");
        }
    }
}
