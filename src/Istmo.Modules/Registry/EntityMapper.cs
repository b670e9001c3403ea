using System.Globalization;
using Istmo.Core.Registry;
using Istmo.Data.Registry;

namespace Istmo.Modules.Registry;

/// <summary>Copies validated input onto entities and entities into views and inputs.</summary>
internal static class EntityMapper
{
    public static RegistryEntity Create(EntityKind kind) => kind switch
    {
        EntityKind.Person => new Person(),
        EntityKind.Organisation => new Organisation(),
        EntityKind.Vessel => new Vessel(),
        EntityKind.Vehicle => new Vehicle(),
        EntityKind.Phone => new Phone(),
        EntityKind.BankAccount => new BankAccount(),
        EntityKind.Address => new Address(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static void Apply(RegistryEntity entity, EntityInput input, Provenance provenance)
    {
        entity.Compartment = string.IsNullOrWhiteSpace(input.Compartment) ? null : input.Compartment;
        switch (entity)
        {
            case Person p:
                p.GivenNames = Clean(input.GivenNames)!;
                p.PaternalSurname = Clean(input.PaternalSurname)!;
                p.MaternalSurname = Clean(input.MaternalSurname);
                p.Sex = input.Sex ?? "U";
                if (PartialDate.TryParse(input.BirthDate, out var date, out _))
                {
                    (p.BirthYear, p.BirthMonth, p.BirthDay) = (date.Year, date.Month, date.Day);
                }
                else
                {
                    (p.BirthYear, p.BirthMonth, p.BirthDay) = (null, null, null);
                }

                SyncFacts(p.Aliases, input.Aliases.Select(Clean).OfType<string>(), a => a.FullName, v => new PersonAlias { PersonId = p.Id, FullName = v, Provenance = provenance.Copy() });
                SyncFacts(p.Nationalities, input.Nationalities.Select(Upper).OfType<string>(), n => n.Country, v => new PersonNationality { PersonId = p.Id, Country = v, Provenance = provenance.Copy() });
                SyncFacts(
                    p.Documents,
                    input.Documents.Select(d => $"{d.Type.Trim()}|{d.Number.Trim()}|{Upper(d.IssuingCountry)}"),
                    d => $"{d.Type}|{d.Number}|{d.IssuingCountry}",
                    v =>
                    {
                        var parts = v.Split('|');
                        return new IdentityDocument
                        {
                            PersonId = p.Id,
                            Type = parts[0],
                            Number = parts[1],
                            NumberNormalized = IdentityDocument.Normalize(parts[1]),
                            IssuingCountry = parts[2].Length == 0 ? null : parts[2],
                            Provenance = provenance.Copy(),
                        };
                    });
                break;
            case Organisation o:
                o.LegalName = Clean(input.LegalName)!;
                o.RegistrationNumber = Clean(input.RegistrationNumber);
                o.OrganisationType = Clean(input.OrganisationType) ?? "company";
                o.Country = Upper(input.Country);
                break;
            case Vessel v:
                v.VesselName = Clean(input.VesselName)!;
                v.Imo = Clean(input.Imo);
                v.Mmsi = Clean(input.Mmsi);
                v.Flag = Upper(input.Flag);
                break;
            case Vehicle v:
                v.Plate = Upper(input.Plate)!;
                v.Make = Clean(input.Make);
                v.Model = Clean(input.Model);
                v.Country = Upper(input.Country);
                break;
            case Phone ph:
                ph.Number = Clean(input.Number)!;
                break;
            case BankAccount b:
                b.AccountNumber = Clean(input.AccountNumber)!;
                b.BankName = Clean(input.BankName);
                b.Country = Upper(input.Country);
                break;
            case Address a:
                a.Line = Clean(input.Line)!;
                a.Locality = Clean(input.Locality);
                a.District = Clean(input.District);
                a.AreaCode = Upper(input.AreaCode);
                a.Country = Upper(input.Country) ?? "PA";
                a.Latitude = input.Latitude;
                a.Longitude = input.Longitude;
                break;
        }
    }

    /// <summary>Keeps facts whose value is unchanged (with their original provenance), adds new ones, drops removed ones.</summary>
    private static void SyncFacts<T>(List<T> facts, IEnumerable<string> wanted, Func<T, string> key, Func<string, T> create)
    {
        var wantedList = wanted.Distinct(StringComparer.Ordinal).ToList();
        facts.RemoveAll(f => !wantedList.Contains(key(f), StringComparer.Ordinal));
        foreach (var value in wantedList.Where(v => !facts.Any(f => key(f) == v)))
        {
            facts.Add(create(value));
        }
    }

    public static Dictionary<string, string?> Fields(RegistryEntity entity) => entity switch
    {
        Person p => new()
        {
            ["givenNames"] = p.GivenNames,
            ["paternalSurname"] = p.PaternalSurname,
            ["maternalSurname"] = p.MaternalSurname,
            ["sex"] = p.Sex,
            ["birthDate"] = p.BirthDateText,
        },
        Organisation o => new() { ["legalName"] = o.LegalName, ["registrationNumber"] = o.RegistrationNumber, ["organisationType"] = o.OrganisationType, ["country"] = o.Country },
        Vessel v => new() { ["vesselName"] = v.VesselName, ["imo"] = v.Imo, ["mmsi"] = v.Mmsi, ["flag"] = v.Flag },
        Vehicle v => new() { ["plate"] = v.Plate, ["make"] = v.Make, ["model"] = v.Model, ["country"] = v.Country },
        Phone ph => new() { ["number"] = ph.Number },
        BankAccount b => new() { ["accountNumber"] = b.AccountNumber, ["bankName"] = b.BankName, ["country"] = b.Country },
        Address a => new()
        {
            ["line"] = a.Line,
            ["locality"] = a.Locality,
            ["district"] = a.District,
            ["areaCode"] = a.AreaCode,
            ["country"] = a.Country,
            ["latitude"] = a.Latitude?.ToString(CultureInfo.InvariantCulture),
            ["longitude"] = a.Longitude?.ToString(CultureInfo.InvariantCulture),
        },
        _ => [],
    };

    /// <summary>The input that would recreate the entity, for edit forms.</summary>
    public static EntityInput ToInput(RegistryEntity entity)
    {
        var input = new EntityInput { Kind = entity.Kind, Version = entity.Version, Compartment = entity.Compartment, SourceAgency = entity.Provenance.SourceAgency, SourceRecord = entity.Provenance.SourceRecord };
        switch (entity)
        {
            case Person p:
                (input.GivenNames, input.PaternalSurname, input.MaternalSurname, input.Sex, input.BirthDate) = (p.GivenNames, p.PaternalSurname, p.MaternalSurname, p.Sex, p.BirthDateText);
                input.Aliases = p.Aliases.Select(a => a.FullName).ToList();
                input.Nationalities = p.Nationalities.Select(n => n.Country).ToList();
                input.Documents = p.Documents.Select(d => new DocumentInput(d.Type, d.Number, d.IssuingCountry)).ToList();
                break;
            case Organisation o:
                (input.LegalName, input.RegistrationNumber, input.OrganisationType, input.Country) = (o.LegalName, o.RegistrationNumber, o.OrganisationType, o.Country);
                break;
            case Vessel v:
                (input.VesselName, input.Imo, input.Mmsi, input.Flag) = (v.VesselName, v.Imo, v.Mmsi, v.Flag);
                break;
            case Vehicle v:
                (input.Plate, input.Make, input.Model, input.Country) = (v.Plate, v.Make, v.Model, v.Country);
                break;
            case Phone ph:
                input.Number = ph.Number;
                break;
            case BankAccount b:
                (input.AccountNumber, input.BankName, input.Country) = (b.AccountNumber, b.BankName, b.Country);
                break;
            case Address a:
                (input.Line, input.Locality, input.District, input.AreaCode, input.Country, input.Latitude, input.Longitude) = (a.Line, a.Locality, a.District, a.AreaCode, a.Country, a.Latitude, a.Longitude);
                break;
        }

        return input;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Upper(string? value) => Clean(value)?.ToUpperInvariant();
}
