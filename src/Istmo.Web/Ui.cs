using System.Globalization;
using Istmo.Core.Time;

namespace Istmo.Web;

/// <summary>Marker type of the UI's shared strings (Resources/Ui.resx in Spanish, Ui.en.resx in English).</summary>
public sealed class Ui
{
    /// <summary>A stored UTC instant shown as Panama wall-clock time.</summary>
    public static string Time(DateTime utc) =>
        PanamaTime.ToPanama(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// A match score with two decimals, rounded down: 1.00 only for a score of 1 (identical names and no conflicting fact).
    /// Rounded to nearest, 0.995 (a one-letter difference with equal facts) read 1.00, as if certain.
    /// </summary>
    public static string Score(double score) => RoundDown(score).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// A match probability (the resolver's Fellegi–Sunter pair score) as a whole percentage in the UI culture, rounded down
    /// like scores: 98.7 % reads 98 %. A model's estimate is never a certainty, so one above 99 % reads "> 99 %" and one below
    /// 1 % reads "< 1 %": the weight of two records sharing a name, date and document saturates to 1.0 in double precision,
    /// and "100 %" told a reviewer that the model could not be wrong.
    /// </summary>
    public static string Probability(double probability) =>
        probability > 0.99 ? "> " + 0.99.ToString("P0", CultureInfo.CurrentCulture)
        : probability < 0.01 ? "< " + 0.01.ToString("P0", CultureInfo.CurrentCulture)
        : RoundDown(probability).ToString("P0", CultureInfo.CurrentCulture);

    /// <summary>
    /// A feature's signed contribution to a score with two decimals; one smaller than half a hundredth but not zero reads
    /// "+<0.01" (or "-<0.01"): a nationality's bonus capped near a score of 1 (+0.005) read "+0.00", as if it had no effect.
    /// </summary>
    public static string Contribution(double value) =>
        value != 0 && Math.Abs(value) < 0.005 ? (value > 0 ? "+<0.01" : "-<0.01") : value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    /// <summary>Down to hundredths; the epsilon keeps a value stored as 0.6999999 at 0.70.</summary>
    private static double RoundDown(double value) => Math.Floor((value * 100) + 1e-6) / 100;

    /// <summary>A Panama calendar date (from a date input) as the UTC instant of its midnight in Panama.</summary>
    public static DateTime PanamaMidnightUtc(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified).AddHours(5);
}
