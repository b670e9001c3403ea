using Istmo.Core.Access;
using Istmo.Core.Audit;
using Istmo.Core.Errors;
using Istmo.Data;

namespace Istmo.Modules.Access;

/// <summary>
/// Decides reads of compartmented records: the actor must hold the compartment and state a purpose, and the read
/// is appended to the audit chain before the data is returned.
/// </summary>
public static class CompartmentGuard
{
    /// <summary>Shortest purpose accepted; "x" is not a reason.</summary>
    public const int MinimumPurposeLength = 5;

    /// <summary>True when the actor may see the record's identity in lists (holds the compartment, or none is set).</summary>
    public static bool MaySee(Actor actor, string? compartment) => compartment is null || actor.HoldsCompartment(compartment);

    /// <summary>Throws unless the read is allowed; records it in the audit chain (saved with the caller's next save).</summary>
    public static void AuthorizeRead(IstmoDbContext db, Actor actor, string? compartment, string entityType, Guid id, string? purpose)
    {
        if (compartment is null)
        {
            return;
        }

        if (!actor.HoldsCompartment(compartment))
        {
            throw new AccessDeniedException($"compartment {compartment} not granted");
        }

        if (string.IsNullOrWhiteSpace(purpose) || purpose.Trim().Length < MinimumPurposeLength)
        {
            throw new AccessDeniedException("purpose required") { PurposeRequired = true };
        }

        db.RecordAudit(AuditActions.SensitiveRead, entityType, id.ToString(), purpose.Trim(), new { compartment });
    }

    /// <summary>The pseudonymous code shown instead of a protected record's name.</summary>
    public static string Pseudonym(Guid id) => "REG-" + id.ToString("N")[^8..].ToUpperInvariant();
}
