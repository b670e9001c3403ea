using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Istmo.Modules.Screening;

/// <summary>How a file writes numeric dates whose year comes last: 29/01/1956 (day first) or 01/29/1956 (month first).</summary>
public enum DateOrder
{
    /// <summary>Day, month, year: Panama, Latin America, most of the world.</summary>
    DayFirst,

    /// <summary>Month, day, year: the United States.</summary>
    MonthFirst,
}

/// <summary>The date forms besides ISO 8601 that files and spreadsheets write, and the day/month order of a file.</summary>
public static partial class DateForms
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>"29/01/1956", "1.2.1956", "29-01-1956": the two numbers before a four-digit year, or null.</summary>
    public static (int First, int Second, int Year)? YearLast(string s)
    {
        var m = YearLastPattern().Match(s);
        return m.Success ? (Num(m.Groups[1].Value), Num(m.Groups[2].Value), Num(m.Groups[3].Value)) : null;
    }

    /// <summary>True for "29/01/56": the year's century is unknown.</summary>
    public static bool TwoDigitYear(string s) => TwoDigitYearPattern().IsMatch(s);

    /// <summary>"29 de enero de 1956", "29 Jan 1956", "29-ene-1956", "January 29, 1956": day, month and year, or null.</summary>
    public static (int Day, int Month, int Year)? NamedMonth(string s)
    {
        var m = DayMonthYearPattern().Match(s);
        if (m.Success && Months.TryGetValue(Fold(m.Groups[2].Value), out var month))
        {
            return (Num(m.Groups[1].Value), month, Num(m.Groups[3].Value));
        }

        m = MonthDayYearPattern().Match(s);
        return m.Success && Months.TryGetValue(Fold(m.Groups[1].Value), out month) ? (Num(m.Groups[2].Value), month, Num(m.Groups[3].Value)) : null;
    }

    /// <summary>
    /// The order of a file's year-last dates: month first only when some date can only be read that way (01/29/1956) and
    /// none only the other way (29/01/1956); otherwise day first, as Panama writes them (so a file of dates that read both
    /// ways, 01/02/1956, is read day first). One date only day first settles it; otherwise the first 200,000 dates are read.
    /// </summary>
    public static DateOrder DetectOrder(IEnumerable<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        bool dayFirst = false, monthFirst = false;
        var seen = 0;
        foreach (var v in values)
        {
            if (string.IsNullOrWhiteSpace(v) || v.Length > 40)
            {
                continue;
            }

            if (YearLast(v.Trim()) is { } d)
            {
                dayFirst |= d.First > 12 && d.Second <= 12;
                monthFirst |= d.Second > 12 && d.First <= 12;
            }

            if (dayFirst || ++seen >= 200_000)
            {
                break;
            }
        }

        return monthFirst && !dayFirst ? DateOrder.MonthFirst : DateOrder.DayFirst;
    }

    /// <summary>"dmy" (day first), "mdy" (month first), or "auto"/empty (null: read from the file); otherwise throws <see cref="FormatException"/>.</summary>
    public static DateOrder? ParseOrder(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => null,
        "dmy" or "day-first" => DateOrder.DayFirst,
        "mdy" or "month-first" => DateOrder.MonthFirst,
        _ => throw new FormatException($"--date-order: '{text}' is not dmy, mdy or auto."),
    };

    private static int Num(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Fold(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var ch in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
        }

        return sb.ToString().TrimEnd('.');
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["enero", "january", "ene", "jan"],
            ["febrero", "february", "feb"],
            ["marzo", "march", "mar"],
            ["abril", "april", "abr", "apr"],
            ["mayo", "may"],
            ["junio", "june", "jun"],
            ["julio", "july", "jul"],
            ["agosto", "august", "ago", "aug"],
            ["septiembre", "setiembre", "september", "sep", "sept", "set"],
            ["octubre", "october", "oct"],
            ["noviembre", "november", "nov"],
            ["diciembre", "december", "dic", "dec"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            foreach (var n in names[i])
            {
                months[n] = i + 1;
            }
        }

        return months;
    }

    [GeneratedRegex(@"^([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4})$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex YearLastPattern();

    [GeneratedRegex(@"^[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{2}$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex TwoDigitYearPattern();

    [GeneratedRegex(@"^([0-9]{1,2})(?:\s+de)?[\s\-/.]+(\p{L}+\.?)(?:\s+de(?:l)?)?[\s\-/.,]+([0-9]{4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 100)]
    private static partial Regex DayMonthYearPattern();

    [GeneratedRegex(@"^(\p{L}+\.?)\s+([0-9]{1,2}),?\s+([0-9]{4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 100)]
    private static partial Regex MonthDayYearPattern();
}
