using System.Globalization;

namespace Istmo.Core.Registry;

/// <summary>A date known exactly or only in part (year, or year and month), as birth dates often are.</summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day)
{
    /// <summary>Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns false with a reason code otherwise.</summary>
    public static bool TryParse(string? text, out PartialDate value, out string? error)
    {
        value = default;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "DateRequired";
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)))
        {
            error = "DateFormat";
            return false;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        if (parts[0].Length != 4 || year < 1900 || year > 2100)
        {
            error = "DateYear";
            return false;
        }

        if (month is < 1 or > 12)
        {
            error = "DateMonth";
            return false;
        }

        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            error = "DateDay";
            return false;
        }

        value = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>ISO 8601 rendering with as much precision as is known.</summary>
    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        (_, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };
}
