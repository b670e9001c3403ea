namespace Istmo.Data.Registry;

/// <summary>Base of every registry entity (people, organisations, vessels, ...): identity, provenance, search, access.</summary>
public abstract class RegistryEntity : IAudited, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public EntityKind Kind { get; protected set; }

    /// <summary>What lists and links show; derived from the kind's own fields by <see cref="Describe"/>.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Folded text of every searchable name and identifier, kept in step by <see cref="RefreshSearch"/>.</summary>
    public string SearchText { get; set; } = string.Empty;

    /// <summary>Compartment the record belongs to (victims, intelligence, ...), or null when not sensitive.</summary>
    public string? Compartment { get; set; }

    public Provenance Provenance { get; set; } = new();

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    /// <summary>When this record was merged into another as a duplicate, that record's id.</summary>
    public Guid? MergedIntoId { get; set; }

    string IAudited.AuditEntityType => Kind.ToString();

    Guid IAudited.AuditEntityId => Id;

    /// <summary>The display name computed from the kind's fields.</summary>
    public abstract string Describe();

    /// <summary>Every string a user may type to find this record (names, aliases, numbers).</summary>
    public abstract IEnumerable<string?> SearchableValues();

    /// <summary>Recomputes <see cref="DisplayName"/> and <see cref="SearchText"/> after an edit.</summary>
    public void RefreshSearch()
    {
        DisplayName = Describe();
        SearchText = string.Join(' ', SearchableValues().SelectMany(Core.Text.TextFolding.Tokens).Distinct(StringComparer.Ordinal));
    }
}
