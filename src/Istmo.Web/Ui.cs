using System.Globalization;
using Istmo.Core.Time;

namespace Istmo.Web;

/// <summary>Marker type of the UI's shared strings (Resources/Ui.resx in Spanish, Ui.en.resx in English).</summary>
public sealed class Ui
{
    /// <summary>A stored UTC instant shown as Panama wall-clock time.</summary>
    public static string Time(DateTime utc) =>
        PanamaTime.ToPanama(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A Panama calendar date (from a date input) as the UTC instant of its midnight in Panama.</summary>
    public static DateTime PanamaMidnightUtc(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified).AddHours(5);
}
