using System.Globalization;

namespace Istmo.Matching;

/// <summary>A date known to year, year-month or year-month-day precision (e.g. a birth date).</summary>
public readonly record struct PartialDate
{
    /// <summary>Creates a partial date; month and day are optional but day requires month.</summary>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (!TryValidate(year, month, day, out var error))
        {
            throw new ArgumentOutOfRangeException(nameof(year), error);
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year (1..9999).</summary>
    public int Year { get; }

    /// <summary>The month (1..12) when known.</summary>
    public int? Month { get; }

    /// <summary>The day of month when known.</summary>
    public int? Day { get; }

    /// <summary>Parses "1985", "1985-03" or "1985-03-07"; throws <see cref="FormatException"/> naming the problem.</summary>
    public static PartialDate Parse(string? text)
    {
        if (!TryParse(text, out var date, out var error))
        {
            throw new FormatException(error);
        }

        return date;
    }

    /// <summary>Parses "1985", "1985-03" or "1985-03-07" (also with '/' or '.'); reports why on failure.</summary>
    public static bool TryParse(string? text, out PartialDate date, out string? error)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "Date is empty.";
            return false;
        }

        var s = text.Trim();
        if (s.Length > 10)
        {
            error = $"Date '{Truncate(s)}' is too long; expected YYYY, YYYY-MM or YYYY-MM-DD.";
            return false;
        }

        var parts = s.Split('-', '/', '.');
        if (parts.Length > 3 || parts[0].Length != 4)
        {
            error = $"Date '{s}' is not in the form YYYY, YYYY-MM or YYYY-MM-DD.";
            return false;
        }

        int? month = null, day = null;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            error = $"Year in '{s}' is not a number.";
            return false;
        }

        if (parts.Length >= 2)
        {
            if (parts[1].Length is < 1 or > 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m))
            {
                error = $"Month in '{s}' is not a number.";
                return false;
            }

            month = m;
        }

        if (parts.Length == 3)
        {
            if (parts[2].Length is < 1 or > 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d))
            {
                error = $"Day in '{s}' is not a number.";
                return false;
            }

            day = d;
        }

        if (!TryValidate(year, month, day, out error))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Packs the date into an int (0 is never produced): year*512 + month*32 + day.</summary>
    internal int Pack() => (Year << 9) | ((Month ?? 0) << 5) | (Day ?? 0);

    /// <summary>Unpacks a value produced by <see cref="Pack"/>; null for 0.</summary>
    internal static PartialDate? Unpack(int packed)
    {
        if (packed == 0)
        {
            return null;
        }

        int y = packed >> 9, m = (packed >> 5) & 15, d = packed & 31;
        return new PartialDate(y, m == 0 ? null : m, d == 0 ? null : d);
    }

    /// <summary>The day number (<see cref="DateOnly.DayNumber"/>) of a packed full date; null without a day or month, or for a day the month lacks.</summary>
    internal static int? DayNumber(int packed)
    {
        int y = packed >> 9, m = (packed >> 5) & 15, d = packed & 31;
        return y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d).DayNumber : null;
    }

    /// <inheritdoc />
    public override string ToString() => Month is null
        ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : Day is null
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}");

    private static bool TryValidate(int year, int? month, int? day, out string? error)
    {
        error = null;
        if (year is < 1 or > 9999)
        {
            error = $"Year {year} is out of range 1..9999.";
        }
        else if (month is not null && month is < 1 or > 12)
        {
            error = $"Month {month} is out of range 1..12.";
        }
        else if (day is not null && month is null)
        {
            error = "Day given without month.";
        }
        else if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            error = $"Day {day} is out of range for {year:D4}-{month:D2}.";
        }

        return error is null;
    }

    private static string Truncate(string s) => s.Length > 20 ? s[..20] + "…" : s;
}
