using Istmo.Data.Registry;

namespace Istmo.Data.Screening;

/// <summary>Where a proposed duplicate cluster stands in review.</summary>
public enum ClusterStatus
{
    /// <summary>Proposed by entity resolution, not reviewed.</summary>
    Proposed = 0,

    /// <summary>Confirmed and merged into one survivor.</summary>
    Confirmed = 1,

    /// <summary>Not duplicates.</summary>
    Rejected = 2,

    /// <summary>Confirmed, then the merge was undone.</summary>
    Undone = 3,
}

/// <summary>Registry records that entity resolution believes are the same person, for human review.</summary>
public sealed class DuplicateCluster : IAudited, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Registry entity ids of the members.</summary>
    public List<Guid> MemberIds { get; set; } = [];

    /// <summary>Pair scores as JSON: [{ "a": id, "b": id, "score": 0.93, "factors": [{ "f": "name", "l": 10, "w": 12.6, "tf": 0 }, ...] }, ...]; factors (the resolver's evidence) are absent from clusters proposed before they were kept.</summary>
    public string Scores { get; set; } = "[]";

    /// <summary>The best pair score in the cluster.</summary>
    public double MaxScore { get; set; }

    public ClusterStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    /// <summary>The merge made when the cluster was confirmed.</summary>
    public Guid? MergeRecordId { get; set; }

    public int Version { get; set; }

    string IAudited.AuditEntityType => "DuplicateCluster";

    Guid IAudited.AuditEntityId => Id;
}

/// <summary>What a merge moved, so that it can be undone exactly.</summary>
public sealed class MergeRecord : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid? ClusterId { get; set; }

    public Guid SurvivorId { get; set; }

    public List<Guid> MergedIds { get; set; } = [];

    /// <summary>JSON of the facts copied to the survivor and the links re-pointed (with their original ends).</summary>
    public string Details { get; set; } = "{}";

    public DateTime MergedAt { get; set; }

    public string MergedBy { get; set; } = string.Empty;

    public DateTime? UndoneAt { get; set; }

    public string? UndoneBy { get; set; }

    string IAudited.AuditEntityType => "Merge";

    Guid IAudited.AuditEntityId => Id;
}
