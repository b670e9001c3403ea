namespace Istmo.Data.Registry;

/// <summary>A company, foundation, NGO, recruitment agency or public body.</summary>
public sealed class Organisation : RegistryEntity
{
    public Organisation() => Kind = EntityKind.Organisation;

    public string LegalName { get; set; } = string.Empty;

    public string? RegistrationNumber { get; set; }

    /// <summary>company, foundation, ngo, recruitment-agency, public-body, other.</summary>
    public string OrganisationType { get; set; } = "company";

    public string? Country { get; set; }

    public override string Describe() => LegalName;

    public override IEnumerable<string?> SearchableValues() => [LegalName, RegistrationNumber];
}

/// <summary>A ship or boat, identified by IMO and MMSI numbers.</summary>
public sealed class Vessel : RegistryEntity
{
    public Vessel() => Kind = EntityKind.Vessel;

    public string VesselName { get; set; } = string.Empty;

    public string? Imo { get; set; }

    public string? Mmsi { get; set; }

    public string? Flag { get; set; }

    public override string Describe() => VesselName;

    public override IEnumerable<string?> SearchableValues() => [VesselName, Imo, Mmsi];
}

/// <summary>A road vehicle, identified by its plate.</summary>
public sealed class Vehicle : RegistryEntity
{
    public Vehicle() => Kind = EntityKind.Vehicle;

    public string Plate { get; set; } = string.Empty;

    public string? Make { get; set; }

    public string? Model { get; set; }

    public string? Country { get; set; }

    public override string Describe() => string.Join(' ', new[] { Plate, Make, Model }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public override IEnumerable<string?> SearchableValues() => [Plate, Make, Model];
}

/// <summary>A telephone number in E.164 form (+5076...).</summary>
public sealed class Phone : RegistryEntity
{
    public Phone() => Kind = EntityKind.Phone;

    public string Number { get; set; } = string.Empty;

    public override string Describe() => Number;

    public override IEnumerable<string?> SearchableValues() => [Number, new string(Number.Where(char.IsAsciiDigit).ToArray())];
}

/// <summary>A bank account at a named bank.</summary>
public sealed class BankAccount : RegistryEntity
{
    public BankAccount() => Kind = EntityKind.BankAccount;

    public string AccountNumber { get; set; } = string.Empty;

    public string? BankName { get; set; }

    public string? Country { get; set; }

    public override string Describe() => string.IsNullOrWhiteSpace(BankName) ? AccountNumber : $"{AccountNumber} ({BankName})";

    public override IEnumerable<string?> SearchableValues() => [AccountNumber, BankName];
}

/// <summary>A place: street address, corregimiento, district and ISO 3166-2 area, with coordinates when known.</summary>
public sealed class Address : RegistryEntity
{
    public Address() => Kind = EntityKind.Address;

    public string Line { get; set; } = string.Empty;

    /// <summary>Corregimiento or town.</summary>
    public string? Locality { get; set; }

    public string? District { get; set; }

    /// <summary>ISO 3166-2 code of the province or comarca (PA-8, PA-KY, ...), for Panamanian addresses.</summary>
    public string? AreaCode { get; set; }

    public string Country { get; set; } = "PA";

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public override string Describe()
    {
        var area = Core.Geo.PanamaAreas.Find(AreaCode)?.Name;
        return string.Join(", ", new[] { Line, Locality, District, area }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    public override IEnumerable<string?> SearchableValues() => [Line, Locality, District, Core.Geo.PanamaAreas.Find(AreaCode)?.Name];
}
