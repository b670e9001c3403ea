namespace Istmo.Matching;

/// <summary>A person or organisation to screen or to index: names plus optional identifying facts.</summary>
public sealed record MatchEntity
{
    /// <summary>Stable identifier of the entity (unique within an index).</summary>
    public required string Id { get; init; }

    /// <summary>Person or organisation.</summary>
    public EntitySchema Schema { get; init; } = EntitySchema.Person;

    /// <summary>Full names: the first is the primary name, the rest are aliases. "Surname, Given" order is understood.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>Given names when known separately (e.g. "José María").</summary>
    public string? GivenNames { get; init; }

    /// <summary>Paternal (first) surname when known separately.</summary>
    public string? PaternalSurname { get; init; }

    /// <summary>Maternal (second) surname when known separately.</summary>
    public string? MaternalSurname { get; init; }

    /// <summary>Birth date (or founding date for organisations) at year, month or day precision.</summary>
    public PartialDate? BirthDate { get; init; }

    /// <summary>Sex as given by the source ("M"/"F", "male"/"female", "hombre"/"mujer"...); null when unknown.</summary>
    public string? Sex { get; init; }

    /// <summary>Nationalities as ISO 3166 alpha-2 or alpha-3 codes (normalised on use).</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];

    /// <summary>Identity document numbers (cédula, passport...); compared after removing separators and leading zeros.</summary>
    public IReadOnlyList<string> DocumentNumbers { get; init; } = [];

    /// <summary>Phone numbers; compared on their last 8 digits (Panama numbers with or without +507).</summary>
    public IReadOnlyList<string> Phones { get; init; } = [];

    /// <summary>E-mail addresses (compared case-insensitively by the entity resolver; not used by screening).</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Street address as one line (compared by the entity resolver; not used by screening).</summary>
    public string? Address { get; init; }

    /// <summary>City, town or suburb (compared by the entity resolver; not used by screening).</summary>
    public string? City { get; init; }

    /// <summary>Postal code (compared by the entity resolver without spaces; not used by screening).</summary>
    public string? PostalCode { get; init; }
}
