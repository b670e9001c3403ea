namespace Istmo.Data.Identity;

/// <summary>A bearer token for machine clients; only its SHA-256 hash is stored.</summary>
public sealed class ApiToken
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>First characters of the token, shown to tell tokens apart; not a secret.</summary>
    public string Prefix { get; set; } = string.Empty;

    /// <summary>Hex SHA-256 of the whole token.</summary>
    public string Hash { get; set; } = string.Empty;

    /// <summary>Space-separated scopes, e.g. "registry:read screening:match".</summary>
    public string Scopes { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public DateTime? ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public IstmoUser? User { get; set; }
}
