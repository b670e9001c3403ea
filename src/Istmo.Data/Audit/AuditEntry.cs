namespace Istmo.Data.Audit;

/// <summary>
/// One link of the append-only audit chain. <see cref="Hash"/> covers every field and the previous entry's hash,
/// so changing or deleting any row breaks every later link (see `istmo audit verify`).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, 1-based, without gaps.</summary>
    public long Sequence { get; set; }

    /// <summary>UTC, truncated to microseconds so both databases store it exactly.</summary>
    public DateTime At { get; set; }

    public Guid? ActorId { get; set; }

    public string Actor { get; set; } = string.Empty;

    public string Agency { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string EntityType { get; set; } = string.Empty;

    public string? EntityId { get; set; }

    public string? Purpose { get; set; }

    /// <summary>JSON summary of the change (changed fields with old and new values) or of the read.</summary>
    public string Summary { get; set; } = "{}";

    public string PreviousHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;

    /// <summary>Microseconds since the Unix epoch, the form hashed.</summary>
    public long AtMicroseconds => (At.Ticks - DateTime.UnixEpoch.Ticks) / 10;

    /// <summary>Recomputes the hash from the stored fields.</summary>
    public string ComputeHash() => Core.Audit.AuditHash.Compute(
        Sequence, AtMicroseconds, Actor, Agency, Action, EntityType, EntityId, Purpose, Summary, PreviousHash);
}
