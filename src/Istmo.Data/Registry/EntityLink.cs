namespace Istmo.Data.Registry;

/// <summary>A first-class, typed relation between two registry entities, with its own provenance.</summary>
public sealed class EntityLink : IAudited, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid FromId { get; set; }

    public Guid ToId { get; set; }

    /// <summary>One of <see cref="LinkTypes"/>.</summary>
    public string Type { get; set; } = string.Empty;

    public string? Note { get; set; }

    public Provenance Provenance { get; set; } = new();

    public DateTime CreatedAt { get; set; }

    public int Version { get; set; }

    public RegistryEntity? From { get; set; }

    public RegistryEntity? To { get; set; }

    string IAudited.AuditEntityType => "Link";

    Guid IAudited.AuditEntityId => Id;
}

/// <summary>Relation types; each reads "From {type} To".</summary>
public static class LinkTypes
{
    public const string Employs = "employs";
    public const string Owns = "owns";
    public const string DirectorOf = "director-of";
    public const string RelativeOf = "relative-of";
    public const string AssociateOf = "associate-of";
    public const string UsesPhone = "uses-phone";
    public const string LivesAt = "lives-at";
    public const string HoldsAccount = "holds-account";
    public const string Operates = "operates";
    public const string LocatedAt = "located-at";

    /// <summary>Every link type, in display order.</summary>
    public static readonly IReadOnlyList<string> All =
        [Employs, Owns, DirectorOf, RelativeOf, AssociateOf, UsesPhone, LivesAt, HoldsAccount, Operates, LocatedAt];
}
