using Istmo.Data.Registry;
using Istmo.Matching;

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

            // More than one edit (a substitution, insertion, deletion or swap of neighbours) is not a typing slip.
            if (sameKind.Count > 0 && sameKind.All(y => EditDistance.Operations(Key(x), Key(y), cap: 2) > 1))
            {
                return true;
            }
        }

        return false;
    }

    private static string Key(IdentityDocument d) => d.NumberNormalized.Length > 0 ? d.NumberNormalized : IdentityDocument.Normalize(d.Number);
}
