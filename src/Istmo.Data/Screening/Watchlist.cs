using Istmo.Data.Registry;

namespace Istmo.Data.Screening;

/// <summary>A named list of people and organisations to screen against (sanctions, wanted persons, PEPs, ...).</summary>
public sealed class Watchlist : IAudited, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Unique short name, e.g. "un-sc-sanctions".</summary>
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    /// <summary>Where the list comes from (publisher, URL, agency).</summary>
    public string? Source { get; set; }

    /// <summary>Import version: incremented by each import that changed at least one entry (0 before the first import).</summary>
    public int ListVersion { get; set; }

    /// <summary>Active (not removed) entries after the last import.</summary>
    public int EntryCount { get; set; }

    /// <summary>SHA-256 of the file of the last import that changed something.</summary>
    public string? LastFileHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    string IAudited.AuditEntityType => "Watchlist";

    Guid IAudited.AuditEntityId => Id;
}

/// <summary>
/// One person or organisation of a watchlist as the source published it. Entries are not audited row by row: each
/// import writes one audit entry per batch naming the changed source ids (see docs/screening.md).
/// </summary>
public sealed class WatchlistEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid WatchlistId { get; set; }

    /// <summary>The source's id: the FollowTheMoney "id" or the CSV key column.</summary>
    public string SourceId { get; set; } = string.Empty;

    /// <summary>Person, Organization or LegalEntity (an FtM entity of unknown kind).</summary>
    public string Schema { get; set; } = "Person";

    /// <summary>Primary name, shown in lists.</summary>
    public string Caption { get; set; } = string.Empty;

    /// <summary>Every matchable name: the primary name first, then aliases.</summary>
    public List<string> Names { get; set; } = [];

    /// <summary>Given name(s), when the source gives them apart.</summary>
    public string? GivenNames { get; set; }

    /// <summary>Paternal (father's) surname or last name, when given apart.</summary>
    public string? PaternalSurname { get; set; }

    /// <summary>Maternal surname, when given apart.</summary>
    public string? MaternalSurname { get; set; }

    /// <summary>Birth (or incorporation) date as published: "1970", "1970-05" or "1970-05-17".</summary>
    public string? BirthDate { get; set; }

    public string? Gender { get; set; }

    /// <summary>ISO 3166-1 alpha-2 codes, lower or upper case as published.</summary>
    public List<string> Nationalities { get; set; } = [];

    public List<string> DocumentNumbers { get; set; } = [];

    /// <summary>The source record's properties as JSON (FtM style: name → values), for display.</summary>
    public string Properties { get; set; } = "{}";

    /// <summary>SHA-256 of the normalised record; an import with the same hash changes nothing.</summary>
    public string ContentHash { get; set; } = string.Empty;

    public int FirstSeenVersion { get; set; }

    public int LastSeenVersion { get; set; }

    /// <summary>True when the last import no longer contained the record.</summary>
    public bool Removed { get; set; }

    public DateTime UpdatedAt { get; set; }
}
