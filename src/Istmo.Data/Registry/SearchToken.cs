namespace Istmo.Data.Registry;

/// <summary>
/// One folded word of an entity's searchable text. Prefix range scans on this indexed table keep search fast on
/// both SQLite and PostgreSQL without provider-specific full-text features.
/// </summary>
public sealed class SearchToken
{
    /// <summary>Longest token stored; longer words are cut to this length.</summary>
    public const int MaxLength = 64;

    /// <summary>Most tokens stored for one entity.</summary>
    public const int MaxPerEntity = 200;

    public string Token { get; set; } = string.Empty;

    public Guid EntityId { get; set; }
}
