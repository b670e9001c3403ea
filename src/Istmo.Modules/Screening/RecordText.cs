using System.Globalization;
using System.Text;
using Istmo.Matching;

namespace Istmo.Modules.Screening;

/// <summary>Cleaning and checks of text values read from files and requests.</summary>
public static class RecordText
{
    /// <summary>Longest name accepted; longer ones are refused with a message naming the field.</summary>
    public const int MaxNameLength = 500;

    /// <summary>Longest id accepted.</summary>
    public const int MaxIdLength = 256;

    /// <summary>Removes control and zero-width/format characters, collapses whitespace and trims; null when nothing is left.</summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var sb = new StringBuilder(value.Length);
        var space = false;
        foreach (var ch in value)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (char.IsWhiteSpace(ch) || category == UnicodeCategory.Control)
            {
                space = sb.Length > 0;
                continue;
            }

            // Zero-width joiners, bidi marks, BOMs and other format characters carry no letters.
            if (category == UnicodeCategory.Format)
            {
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(ch);
        }

        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>Splits a multi-valued cell on ';' or '|', cleaning each value.</summary>
    public static IEnumerable<string> SplitValues(string? cell) =>
        string.IsNullOrEmpty(cell) ? [] : cell.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries).Select(Clean).OfType<string>();

    /// <summary>Checks a name; returns the problem (English) or null.</summary>
    public static string? NameProblem(string? cleaned, string? raw) => CheckName(cleaned, raw)?.Text;

    /// <summary>Checks a name; returns the problem's code (<see cref="RecordIssueCodes"/>), arguments and English text, or null.</summary>
    public static (string Code, string[] Args, string Text)? CheckName(string? cleaned, string? raw)
    {
        if (cleaned is null)
        {
            return string.IsNullOrEmpty(raw)
                ? (RecordIssueCodes.NameEmpty, [], "the name is empty")
                : (RecordIssueCodes.NameInvisible, [], "the name has no visible characters (only spaces, control or zero-width characters)");
        }

        if (cleaned.Length > MaxNameLength)
        {
            return (RecordIssueCodes.NameTooLong, [Num(cleaned.Length), Num(MaxNameLength)], $"the name has {cleaned.Length} characters; at most {MaxNameLength} are accepted");
        }

        return cleaned.Any(char.IsLetterOrDigit) ? null : (RecordIssueCodes.NameNoLetters, [], "the name has no letters or digits");
    }

    /// <summary>A number as an issue argument (invariant digits).</summary>
    public static string Num(long n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Checks a birth date and returns it as "YYYY", "YYYY-MM" or "YYYY-MM-DD", or the problem. Read: ISO 8601 ("1956-01-29",
    /// "1956-01", "1956", "19560129", a time part after 'T' ignored), "1956/01/29" and "1956.01.29"; the year last with
    /// slashes, dots or hyphens ("29/01/1956"), day first or month first as <paramref name="order"/> says (Panamanian
    /// exports write the day first); month names in Spanish or English ("29 de enero de 1956", "29 Jan 1956", "Jan 29, 1956").
    /// </summary>
    public static (string? Date, string? Problem) Date(string? raw, DateOrder order = DateOrder.DayFirst)
    {
        var (date, _, _, problem) = DateChecked(raw, order);
        return (date, problem);
    }

    /// <summary>
    /// <see cref="Date"/> with the problem's code (<see cref="RecordIssueCodes"/>) and arguments for the issue list: a month
    /// above 12 (<see cref="RecordIssueCodes.BirthDateNotAMonth"/> or, read month first,
    /// <see cref="RecordIssueCodes.BirthDateNotAMonthMonthFirst"/>: value, number), a two-digit year
    /// (<see cref="RecordIssueCodes.BirthDateTwoDigitYear"/>: value), otherwise <see cref="RecordIssueCodes.BirthDateInvalid"/>
    /// (value, English detail).
    /// </summary>
    public static (string? Date, string? Code, string[] Args, string? Problem) DateChecked(string? raw, DateOrder order = DateOrder.DayFirst)
    {
        var s = Clean(raw);
        if (s is null)
        {
            return (null, null, [], null);
        }

        var t = s.IndexOf('T', StringComparison.Ordinal);
        if (t == 10)
        {
            s = s[..10];
        }

        // Compact ISO 8601 (YYYYMMDD, as FEBRL and many registries write it) and slashes or dots (1956/01/29).
        if (s.Length == 8 && s.All(char.IsAsciiDigit))
        {
            s = $"{s[..4]}-{s[4..6]}-{s[6..]}";
        }
        else if (s.Length is 7 or 10 && s[4] is '/' or '.')
        {
            s = s.Replace('/', '-').Replace('.', '-');
        }
        else if (s.Length <= 40 && DateForms.YearLast(s) is { } yl)
        {
            var (day, month) = order == DateOrder.DayFirst ? (yl.First, yl.Second) : (yl.Second, yl.First);
            if (month > 12 && day <= 12)
            {
                return order == DateOrder.DayFirst
                    ? (null, RecordIssueCodes.BirthDateNotAMonth, [s, Num(month)], $"{month} is not a month: the file's dates are read day first (29/01/1956)")
                    : (null, RecordIssueCodes.BirthDateNotAMonthMonthFirst, [s, Num(month)], $"{month} is not a month: the file's dates are read month first (01/29/1956)");
            }

            s = $"{yl.Year:D4}-{month:D2}-{day:D2}";
        }
        else if (s.Length <= 40 && DateForms.TwoDigitYear(s))
        {
            return (null, RecordIssueCodes.BirthDateTwoDigitYear, [s], "a two-digit year could be of either century: write the year in full (29/01/1956)");
        }
        else if (s.Length <= 40 && DateForms.NamedMonth(s) is { } named)
        {
            s = $"{named.Year:D4}-{named.Month:D2}-{named.Day:D2}";
        }

        if (PartialDate.TryParse(s, out var date, out var error))
        {
            return (date.ToString(), null, [], null);
        }

        var detail = (error ?? "not a date").TrimEnd('.');
        return (null, RecordIssueCodes.BirthDateInvalid, [s.Length > 40 ? s[..40] + "…" : s, detail], detail);
    }
}
