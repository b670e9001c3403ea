namespace Istmo.Matching;

/// <summary>Normalises identity documents and phone numbers for comparison.</summary>
public static class Identifiers
{
    /// <summary>Document number in comparable form: upper-case letters and digits, each separated segment without leading zeros ("08-0123-00456" → "8123456"); null when nothing is left.</summary>
    public static string? NormalizeDocument(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }

        Span<char> buf = stackalloc char[Math.Min(number.Length, 64)];
        int n = 0;
        bool segmentStart = true;
        foreach (var ch in number.AsSpan(0, Math.Min(number.Length, 256)))
        {
            if (n >= buf.Length)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(ch))
            {
                if (segmentStart && ch == '0')
                {
                    continue;
                }

                buf[n++] = char.ToUpperInvariant(ch);
                segmentStart = false;
            }
            else
            {
                segmentStart = true;
            }
        }

        return n == 0 ? null : new string(buf[..n]);
    }

    /// <summary>Comparable phone form: the last 8 digits (Panama numbers with or without +507/00507); null when fewer than 7 digits.</summary>
    public static string? NormalizePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        Span<char> buf = stackalloc char[32];
        int n = 0;
        foreach (var ch in phone.AsSpan(0, Math.Min(phone.Length, 128)))
        {
            if (char.IsAsciiDigit(ch))
            {
                if (n == buf.Length)
                {
                    buf[1..].CopyTo(buf);
                    n--;
                }

                buf[n++] = ch;
            }
        }

        ReadOnlySpan<char> digits = buf[..n];
        if (digits.StartsWith("00507") && n >= 12)
        {
            digits = digits[5..];
        }
        else if (digits.StartsWith("507") && n >= 10)
        {
            digits = digits[3..];
        }

        n = digits.Length;
        if (n < 7)
        {
            return null;
        }

        return new string(digits[Math.Max(0, n - 8)..]);
    }

    /// <summary>Sex as "M", "F" or null from common English/Spanish codes.</summary>
    public static string? NormalizeSex(string? sex)
    {
        var s = sex?.Trim().ToUpperInvariant();
        return s switch
        {
            "M" or "MALE" or "MAN" or "H" or "HOMBRE" or "MASCULINO" or "MASC" or "V" or "VARON" or "VARÓN" => "M",
            "F" or "FEMALE" or "WOMAN" or "MUJER" or "FEMENINO" or "FEM" => "F",
            _ => null,
        };
    }
}
