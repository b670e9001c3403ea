using System.Globalization;
using System.Text;

namespace Istmo.Core.Text;

/// <summary>Folds text for accent- and case-insensitive search: "Rodríguez" and "RODRIGUEZ" fold to "rodriguez".</summary>
public static class TextFolding
{
    /// <summary>Returns the lower-case, accent-free form with punctuation turned into single spaces.</summary>
    public static string Fold(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var decomposed = value.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.Format || category == UnicodeCategory.Control)
            {
                continue;
            }

            if (char.IsLetterOrDigit(ch))
            {
                builder.Append(char.ToLowerInvariant(ch));
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Splits folded text into distinct search tokens.</summary>
    public static IReadOnlyList<string> Tokens(string? value) =>
        Fold(value).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
}
