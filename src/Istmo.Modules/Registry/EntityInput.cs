using Istmo.Data.Registry;

namespace Istmo.Modules.Registry;

/// <summary>An identity document as entered.</summary>
public sealed record DocumentInput(string Type, string Number, string? IssuingCountry);

/// <summary>
/// What a form or API client sends to create or edit any registry entity. Only the fields of <see cref="Kind"/>
/// are read; one shape keeps the form, the API and the CLI on the same validation.
/// </summary>
public sealed class EntityInput
{
    public EntityKind Kind { get; set; } = EntityKind.Person;

    /// <summary>The version read before editing; required on update for optimistic concurrency.</summary>
    public int? Version { get; set; }

    public string? Compartment { get; set; }

    public string? SourceAgency { get; set; }

    public string? SourceRecord { get; set; }

    // Person
    public string? GivenNames { get; set; }

    public string? PaternalSurname { get; set; }

    public string? MaternalSurname { get; set; }

    public string? Sex { get; set; }

    /// <summary>"YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
    public string? BirthDate { get; set; }

    public List<string> Nationalities { get; set; } = [];

    public List<string> Aliases { get; set; } = [];

    public List<DocumentInput> Documents { get; set; } = [];

    // Organisation
    public string? LegalName { get; set; }

    public string? RegistrationNumber { get; set; }

    public string? OrganisationType { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country of an organisation, vehicle, account or address.</summary>
    public string? Country { get; set; }

    // Vessel
    public string? VesselName { get; set; }

    public string? Imo { get; set; }

    public string? Mmsi { get; set; }

    public string? Flag { get; set; }

    // Vehicle
    public string? Plate { get; set; }

    public string? Make { get; set; }

    public string? Model { get; set; }

    // Phone
    public string? Number { get; set; }

    // Bank account
    public string? AccountNumber { get; set; }

    public string? BankName { get; set; }

    // Address
    public string? Line { get; set; }

    public string? Locality { get; set; }

    public string? District { get; set; }

    public string? AreaCode { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }
}

/// <summary>A link as entered: "From {Type} To".</summary>
public sealed record LinkInput(Guid FromId, Guid ToId, string Type, string? Note, string? SourceAgency, string? SourceRecord);
