using Istmo.Data.Registry;

namespace Istmo.Data.Screening;

/// <summary>Where an alert stands in review.</summary>
public enum AlertStatus
{
    /// <summary>Raised, not yet decided.</summary>
    Open = 0,

    /// <summary>The person is the listed entity.</summary>
    Match = 1,

    /// <summary>The person is not the listed entity; the pair is never raised again.</summary>
    FalsePositive = 2,

    /// <summary>More facts are needed before deciding.</summary>
    NeedsInformation = 3,
}

/// <summary>A registry person who scored at or above the match threshold against a watchlist entry.</summary>
public sealed class ScreeningAlert : IAudited, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PersonId { get; set; }

    public Guid WatchlistEntryId { get; set; }

    public Guid WatchlistId { get; set; }

    public double Score { get; set; }

    /// <summary>Feature contributions and explanation items of the engine's result, as JSON.</summary>
    public string Explanation { get; set; } = "{}";

    /// <summary>The readable explanation line.</summary>
    public string ExplanationText { get; set; } = string.Empty;

    public AlertStatus Status { get; set; }

    /// <summary>User name of the reviewer it is assigned to.</summary>
    public string? AssignedTo { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTime? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    public int Version { get; set; }

    public List<AlertComment> Comments { get; set; } = [];

    string IAudited.AuditEntityType => "ScreeningAlert";

    Guid IAudited.AuditEntityId => Id;
}

/// <summary>A reviewer's note on an alert.</summary>
public sealed class AlertComment : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AlertId { get; set; }

    public string Author { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    string IAudited.AuditEntityType => "ScreeningAlert";

    Guid IAudited.AuditEntityId => AlertId;
}

/// <summary>How far a background screening pass over the registry has got (one row per worker name).</summary>
public sealed class ScreeningCheckpoint
{
    public string Name { get; set; } = string.Empty;

    /// <summary>The largest registry UpdatedAt already screened.</summary>
    public DateTime LastUpdatedAt { get; set; }
}
