namespace Istmo.Data.Registry;

/// <summary>Another name a person is known by (nickname, maiden name, alias used in a passport).</summary>
public sealed class PersonAlias : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PersonId { get; set; }

    public string FullName { get; set; } = string.Empty;

    public Provenance Provenance { get; set; } = new();

    string IAudited.AuditEntityType => nameof(EntityKind.Person);

    Guid IAudited.AuditEntityId => PersonId;
}

/// <summary>A nationality a person holds (ISO 3166-1 alpha-2).</summary>
public sealed class PersonNationality : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PersonId { get; set; }

    public string Country { get; set; } = string.Empty;

    public Provenance Provenance { get; set; } = new();

    string IAudited.AuditEntityType => nameof(EntityKind.Person);

    Guid IAudited.AuditEntityId => PersonId;
}

/// <summary>An identity document: Panamanian cédula, passport, foreign ID, residence card, ...</summary>
public sealed class IdentityDocument : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PersonId { get; set; }

    /// <summary>cedula, passport, national-id, residence-permit, other.</summary>
    public string Type { get; set; } = "passport";

    public string Number { get; set; } = string.Empty;

    /// <summary>Upper-case with spaces and dashes removed, for exact lookup across formats.</summary>
    public string NumberNormalized { get; set; } = string.Empty;

    public string? IssuingCountry { get; set; }

    public Provenance Provenance { get; set; } = new();

    string IAudited.AuditEntityType => nameof(EntityKind.Person);

    Guid IAudited.AuditEntityId => PersonId;

    /// <summary>The normalised form of a document number.</summary>
    public static string Normalize(string number) =>
        new string(number.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
}
