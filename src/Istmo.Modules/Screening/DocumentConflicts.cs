using Istmo.Data.Registry;

namespace Istmo.Modules.Screening;

/// <summary>
/// Two registry people who hold identity numbers of the same kind that a person has only one of (a cédula, a national id)
/// from the same country, and whose numbers differ by more than a typing slip, are two people, whatever their names say.
/// The resolver compares document numbers without their type (a cédula in one record against a passport in another reads
/// "different", which a duplicate often is), so a namesake pair with two cédulas could be proposed at 90 %; this rule
/// settles such pairs before the analyst sees them. Passports and residence permits are renewed under new numbers, so
/// they never conflict.
/// </summary>
public static class DocumentConflicts
{
    /// <summary>Document types a person holds one number of for life, per issuing country.</summary>
    private static readonly HashSet<string> OnePerPerson = new(StringComparer.OrdinalIgnoreCase) { "cedula", "national-id" };

    /// <summary>True when the two people hold such a document from the same country with numbers more than one edit apart.</summary>
    public static bool Conflict(IReadOnlyCollection<IdentityDocument> a, IReadOnlyCollection<IdentityDocument> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        foreach (var x in a)
        {
            if (!OnePerPerson.Contains(x.Type))
            {
                continue;
            }

            var sameKind = b.Where(y => string.Equals(y.Type, x.Type, StringComparison.OrdinalIgnoreCase)
                && string.Equals(y.IssuingCountry ?? string.Empty, x.IssuingCountry ?? string.Empty, StringComparison.OrdinalIgnoreCase)).ToList();
            if (sameKind.Count > 0 && sameKind.All(y => !WithinOneEdit(Key(x), Key(y))))
            {
                return true;
            }
        }

        return false;
    }

    private static string Key(IdentityDocument d) => d.NumberNormalized.Length > 0 ? d.NumberNormalized : IdentityDocument.Normalize(d.Number);

    /// <summary>Equal, or one substitution, insertion, deletion or swap of neighbours apart (a typing slip).</summary>
    internal static bool WithinOneEdit(string a, string b)
    {
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > 1)
        {
            return false;
        }

        var i = 0;
        while (i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == b.Length)
        {
            return true; // equal, or a has one more character at the end
        }

        if (a.Length != b.Length)
        {
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)); // one insertion
        }

        return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)) // one substitution
            || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2))); // neighbours swapped
    }
}
