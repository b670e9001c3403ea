using Istmo.Data.Registry;

namespace Istmo.Modules.Registry;

/// <summary>One search hit. Records in a compartment the reader does not hold show only a pseudonymous code.</summary>
public sealed record SearchHit(Guid Id, EntityKind Kind, string DisplayName, string? Detail, bool Protected);

/// <summary>A page of search hits; <see cref="HasMore"/> when more matched than were returned.</summary>
public sealed record SearchResult(string Query, IReadOnlyList<SearchHit> Hits, bool HasMore);

/// <summary>A fact with its provenance.</summary>
public sealed record FactView(Guid Id, string Value, string? Detail, string SourceAgency, string? SourceRecord, DateTime RecordedAt);

/// <summary>A link seen from one end: the other entity, the relation and its direction.</summary>
public sealed record LinkView(Guid LinkId, string Type, bool Outgoing, Guid OtherId, EntityKind OtherKind, string OtherName, string? Note, string SourceAgency, string? SourceRecord, DateTime RecordedAt, int Version);

/// <summary>A change or read recorded in the audit chain for the entity.</summary>
public sealed record HistoryView(long Sequence, DateTime At, string Actor, string Agency, string Action, string? Purpose, string Summary);

/// <summary>An entity with everything the detail page and API show.</summary>
public sealed record EntityView(
    Guid Id,
    EntityKind Kind,
    string DisplayName,
    string? Compartment,
    int Version,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    string SourceAgency,
    string? SourceRecord,
    DateTime RecordedAt,
    Guid? MergedIntoId,
    IReadOnlyDictionary<string, string?> Fields,
    IReadOnlyList<FactView> Aliases,
    IReadOnlyList<FactView> Nationalities,
    IReadOnlyList<FactView> Documents,
    IReadOnlyList<LinkView> Links,
    IReadOnlyList<HistoryView> History);
