using System.Globalization;
using Istmo.Core.Access;
using Istmo.Core.Geo;
using Istmo.Data.Registry;

namespace Istmo.Modules.Demo;

/// <summary>
/// Makes realistic, deterministic demo data for the registry: the same seed and size give the same people, names,
/// numbers, ids and links on every machine. Data comes in batches so that 100,000 people never sit in memory at once.
/// </summary>
public static class DemoDataGenerator
{
    /// <summary>The seed used when none is given.</summary>
    public const int DefaultSeed = 20261123;

    /// <summary>People per batch.</summary>
    public const int BatchSize = 1000;

    /// <summary>Streams batches of up to <see cref="BatchSize"/> people with their related entities and links.</summary>
    public static IEnumerable<DemoBatch> Generate(int people, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(people);
        return Iterate(people, seed);
    }

    private static IEnumerable<DemoBatch> Iterate(int people, int seed)
    {
        var state = new GeneratorState(seed);
        var index = 0;
        for (var done = 0; done < people; done += BatchSize)
        {
            yield return new BatchBuilder(state, index++, Math.Min(BatchSize, people - done)).Build();
        }
    }
}

/// <summary>What carries from one batch to the next: the random stream, id counter and record numbers.</summary>
internal sealed class GeneratorState(int seed)
{
    // Ids are UUID version 7 with a synthetic clock: one millisecond per row from this instant, so they stay unique,
    // ordered and reproducible.
    private static readonly long IdEpochMs = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private readonly Dictionary<(string Agency, int Year), int> recordNumbers = [];
    private long idCounter;

    public DemoRandom Random { get; } = new(seed);

    public HashSet<string> OrganisationNames { get; } = new(StringComparer.Ordinal);

    public Guid NextId()
    {
        Span<byte> bytes = stackalloc byte[16];
        var ms = IdEpochMs + idCounter++;
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(ms >> (8 * (5 - i)));
        }

        var random = Random.NextUInt64();
        var more = Random.NextUInt64();
        bytes[6] = (byte)(0x70 | (int)(random & 0x0F));
        bytes[7] = (byte)(random >> 8);
        bytes[8] = (byte)(0x80 | (int)((random >> 16) & 0x3F));
        for (var i = 9; i < 16; i++)
        {
            bytes[i] = (byte)(more >> (8 * (i - 9)));
        }

        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>A provenance with the agency's own record reference, e.g. SNM-2025-000123.</summary>
    public Provenance NewProvenance(string agency)
    {
        var year = Random.PickWeighted(RecordYears);
        var key = (agency, year);
        recordNumbers[key] = recordNumbers.GetValueOrDefault(key) + 1;
        var dayLimit = year == 2025 ? 300 : 365;
        var recordedAt = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc)
            .AddDays(Random.Next(dayLimit)).AddHours(Random.Next(12, 24)).AddMinutes(Random.Next(60));
        return new Provenance
        {
            SourceAgency = agency,
            SourceRecord = string.Create(CultureInfo.InvariantCulture, $"{agency}-{year}-{recordNumbers[key]:D6}"),
            RecordedAt = recordedAt,
        };
    }

    private static readonly (int, double)[] RecordYears = [(2019, 4), (2020, 4), (2021, 8), (2022, 12), (2023, 18), (2024, 24), (2025, 30)];
}

/// <summary>Builds one batch: households first, then their phones, accounts and vehicles, then organisations and vessels.</summary>
internal sealed class BatchBuilder(GeneratorState state, int index, int peopleWanted)
{
    private const int ReferenceYear = 2025;

    private static readonly (int Size, double Weight)[] HouseholdSizes = [(1, 35), (2, 25), (3, 18), (4, 12), (5, 7), (6, 3)];

    private static readonly (string Agency, double Weight)[] PanamanianAgencies =
    [
        (Agencies.Police, 30), (Agencies.PublicMinistry, 22), (Agencies.Labour, 8), (Agencies.FinancialIntelligence, 8),
        (Agencies.Security, 8), (Agencies.Senan, 4), (Agencies.Migration, 6), (Agencies.Senafront, 4), (Agencies.Conatt, 5),
        (Agencies.Upavit, 5),
    ];

    private static readonly (string Agency, double Weight)[] MigrantAgencies =
    [
        (Agencies.Migration, 40), (Agencies.Senafront, 20), (Agencies.Police, 14), (Agencies.PublicMinistry, 10),
        (Agencies.Labour, 6), (Agencies.Conatt, 4), (Agencies.Upavit, 4), (Agencies.Senan, 2),
    ];

    private static readonly (string Agency, double Weight)[] VictimAgencies =
        [(Agencies.Conatt, 40), (Agencies.Upavit, 35), (Agencies.PublicMinistry, 20), (Agencies.Police, 5)];

    private static readonly (string Agency, double Weight)[] OrganisationAgencies =
        [(Agencies.FinancialIntelligence, 30), (Agencies.Labour, 25), (Agencies.PublicMinistry, 20), (Agencies.Police, 15), (Agencies.Security, 10)];

    private static readonly (string Area, double Weight)[] CoastalAreas =
        [("PA-8", 25), ("PA-10", 20), ("PA-9", 12), ("PA-4", 12), ("PA-6", 8), ("PA-7", 8), ("PA-5", 6), ("PA-3", 9)];

    private static readonly (string Country, double Weight)[] OrganisationCountries =
        [("PA", 88), ("CO", 3), ("VE", 2), ("CN", 2), ("CR", 2), ("US", 2), ("EC", 1)];

    private readonly DemoRandom random = state.Random;
    private readonly List<Person> people = [];
    private readonly List<Organisation> organisations = [];
    private readonly List<Vessel> vessels = [];
    private readonly List<Vehicle> vehicles = [];
    private readonly List<Phone> phones = [];
    private readonly List<BankAccount> accounts = [];
    private readonly List<Address> addresses = [];
    private readonly List<EntityLink> links = [];
    private readonly List<Organisation> fishingCompanies = [];

    // Per-person facts that only the batch needs: origin, age and home, keyed by the person.
    private readonly Dictionary<Person, PersonInfo> info = [];

    private sealed record PersonInfo(Origin Origin, int Age, string Area);

    public DemoBatch Build()
    {
        var household = 0;
        while (people.Count < peopleWanted)
        {
            // The first households of each batch visit every province and comarca once, so that even a small demo
            // covers the whole map; the rest follow where each group lives.
            var forcedArea = household < PanamaAreas.All.Count ? PanamaAreas.All[household].Code : null;
            AddHousehold(forcedArea);
            household++;
        }

        AddAssociates();
        AddOrganisations();
        AddVessels();

        foreach (var entity in people.Cast<RegistryEntity>().Concat(organisations).Concat(vessels).Concat(vehicles)
                     .Concat(phones).Concat(accounts).Concat(addresses))
        {
            entity.RefreshSearch();
        }

        return new DemoBatch(index, people, organisations, vessels, vehicles, phones, accounts, addresses, links);
    }

    private void AddHousehold(string? forcedArea)
    {
        var origin = forcedArea is null ? random.PickWeighted(DemoNames.Origins.Select(o => (o, o.Weight)).ToArray()) : OriginFor(forcedArea);
        var area = forcedArea ?? random.PickWeighted(origin.Areas);
        var size = Math.Min(random.PickWeighted(HouseholdSizes), peopleWanted - people.Count);
        var home = NewAddress(area);

        var headSex = random.Chance(0.5) ? "M" : "F";
        var head = NewPerson(origin, area, headSex, random.Next(20, 68), paternal: null, maternal: null);
        var members = new List<(Person Person, string Note)>();
        var names = new HashSet<string>(StringComparer.Ordinal) { head.GivenNames };
        Person? partner = null;
        if (size >= 2)
        {
            var partnerSex = headSex == "M" ? "F" : "M";
            var partnerAge = Math.Clamp(info[head].Age + random.Next(-8, 6), 18, 80);
            var sharedSurname = !origin.DoubleSurname && random.Chance(0.8);
            partner = NewPerson(origin, area, partnerSex, partnerAge, sharedSurname ? head.PaternalSurname : null, null);
            members.Add((partner, "cónyuge"));
            if (origin.DoubleSurname && partnerSex == "F" && random.Chance(0.35))
            {
                AddAlias(partner, $"{partner.GivenNames} {partner.PaternalSurname} de {head.PaternalSurname}");
            }
            else if (origin.DoubleSurname && headSex == "F" && random.Chance(0.35))
            {
                AddAlias(head, $"{head.GivenNames} {head.PaternalSurname} de {partner.PaternalSurname}");
            }
        }

        var father = headSex == "M" ? head : partner;
        var mother = headSex == "F" ? head : partner;
        for (var i = members.Count + 1; i < size; i++)
        {
            if (random.Chance(0.8))
            {
                var childAge = Math.Max(0, Math.Min(info[head].Age - 17, 40) - random.Next(0, 25));
                // Father's first surname, then mother's; an absent parent's surname is simply another one.
                var paternal = father?.PaternalSurname ?? (origin.DoubleSurname ? null : head.PaternalSurname);
                var maternal = origin.DoubleSurname ? mother?.PaternalSurname : null;
                var child = NewPerson(origin, area, random.Chance(0.5) ? "M" : "F", childAge, paternal, maternal, names);
                members.Add((child, childAge < 18 ? "hijo menor de edad" : "hijo"));
            }
            else
            {
                // A sibling of the head: same parents, same surnames.
                var sibling = NewPerson(origin, area, random.Chance(0.5) ? "M" : "F", Math.Clamp(info[head].Age + random.Next(-10, 10), 16, 85),
                    head.PaternalSurname, head.MaternalSurname, names);
                members.Add((sibling, "hermano"));
            }
        }

        // Relatives are linked where they share a surname (spouses by marriage): to the head, and to the partner.
        Link(head, home, LinkTypes.LivesAt, head.Provenance);
        foreach (var (member, note) in members)
        {
            Link(member, home, LinkTypes.LivesAt, member.Provenance);
            if (member == partner || SharesSurname(member, head))
            {
                Link(member, head, LinkTypes.RelativeOf, member.Provenance, note);
            }

            if (partner is not null && member != partner && SharesSurname(member, partner))
            {
                Link(member, partner, LinkTypes.RelativeOf, member.Provenance, note);
            }
        }

        foreach (var person in members.Select(m => m.Person).Prepend(head))
        {
            AddPersonalAssets(person);
        }
    }

    private Origin OriginFor(string area)
    {
        var candidates = DemoNames.Origins
            .SelectMany(o => o.Areas.Where(a => a.Area == area).Select(a => (o, o.Weight * a.Weight)))
            .ToArray();
        return candidates.Length == 0 ? DemoNames.Origins[0] : random.PickWeighted(candidates);
    }

    private static bool SharesSurname(Person a, Person b)
    {
        string?[] aNames = [a.PaternalSurname, a.MaternalSurname];
        return aNames.Any(s => s is not null && (s == b.PaternalSurname || s == b.MaternalSurname));
    }

    private Person NewPerson(Origin origin, string area, string sex, int age, string? paternal, string? maternal, ICollection<string>? takenNames = null)
    {
        if (random.Chance(0.012))
        {
            sex = random.Chance(0.2) ? "X" : "U";
        }

        var female = sex == "F" || (sex is "X" or "U" && random.Chance(0.5));
        var given = GivenNames(origin, female);
        for (var attempt = 0; attempt < 4 && takenNames is not null && takenNames.Contains(given); attempt++)
        {
            // Parents do not give two children the same name.
            given = GivenNames(origin, female);
        }

        takenNames?.Add(given);
        paternal ??= random.PickSkewed(origin.Surnames, 1.5);
        if (origin.DoubleSurname)
        {
            if (maternal is null)
            {
                // The same surname twice happens, but rarely: one more draw keeps it rare.
                maternal = random.PickSkewed(origin.Surnames, 1.5);
                if (maternal == paternal)
                {
                    maternal = random.Pick(origin.Surnames);
                }
            }
        }
        else
        {
            maternal = null;
        }

        if (origin.GenderedSurnames)
        {
            paternal = female ? Feminine(paternal) : Masculine(paternal);
        }
        else if (paternal == "Kaur" && !female)
        {
            // Sikh custom: Kaur for women, Singh for men.
            paternal = "Singh";
        }

        var victim = random.Chance(female && age is >= 12 and < 40 ? 0.10 : 0.03);
        var agencies = victim ? VictimAgencies : origin.IsPanamanian ? PanamanianAgencies : MigrantAgencies;
        var person = new Person
        {
            Id = state.NextId(),
            GivenNames = given,
            PaternalSurname = paternal,
            MaternalSurname = maternal,
            Sex = sex,
            Compartment = victim ? Compartments.Victims : null,
            Provenance = state.NewProvenance(random.PickWeighted(agencies)),
        };
        SetBirthDate(person, age);
        AddNationalities(person, origin);
        AddDocuments(person, origin, area, age);
        if (random.Chance(0.12))
        {
            AddAliasFor(person, origin, female);
        }

        people.Add(person);
        info[person] = new PersonInfo(origin, age, area);
        return person;
    }

    private string GivenNames(Origin origin, bool female)
    {
        var list = female ? origin.Female : origin.Male;
        var first = random.PickSkewed(list, 1.3);
        if (random.Chance(origin.SecondGivenName) && !first.Contains(' ', StringComparison.Ordinal))
        {
            var second = random.Pick(list);
            if (second != first && !second.Contains(' ', StringComparison.Ordinal))
            {
                return $"{first} {second}";
            }
        }

        return first;
    }

    private static string Feminine(string surname) =>
        surname.EndsWith("ov", StringComparison.Ordinal) || surname.EndsWith("ev", StringComparison.Ordinal)
        || surname.EndsWith("in", StringComparison.Ordinal)
            ? surname + "a"
            : surname;

    private static string Masculine(string surname) =>
        surname.EndsWith("ova", StringComparison.Ordinal) || surname.EndsWith("eva", StringComparison.Ordinal)
        || surname.EndsWith("ina", StringComparison.Ordinal)
            ? surname[..^1]
            : surname;

    private void SetBirthDate(Person person, int age)
    {
        var precision = random.Next(100);
        if (precision < 5)
        {
            return;
        }

        person.BirthYear = ReferenceYear - age;
        if (precision < 20)
        {
            return;
        }

        // The reference date is mid-2025: a baby of age 0 was born in its first half.
        person.BirthMonth = random.Next(1, age == 0 ? 7 : 13);
        if (precision < 28)
        {
            return;
        }

        person.BirthDay = random.Next(1, DateTime.DaysInMonth(person.BirthYear.Value, person.BirthMonth.Value) + 1);
    }

    private void AddNationalities(Person person, Origin origin)
    {
        AddNationality(person, origin.Country);
        if (origin.IsPanamanian)
        {
            if (random.Chance(0.01))
            {
                AddNationality(person, random.Pick(["US", "CO", "ES", "CR"]));
            }
        }
        else if (random.Chance(0.04))
        {
            // Naturalised Panamanian.
            AddNationality(person, "PA");
        }
        else if (origin.Country == "VE" && random.Chance(0.06))
        {
            AddNationality(person, "CO");
        }
    }

    private void AddNationality(Person person, string country) =>
        person.Nationalities.Add(new PersonNationality
        {
            Id = state.NextId(),
            PersonId = person.Id,
            Country = country,
            Provenance = person.Provenance.Copy(),
        });

    private void AddDocuments(Person person, Origin origin, string area, int age)
    {
        var birthYear = person.BirthYear ?? (ReferenceYear - age);
        if (origin.IsPanamanian)
        {
            if (random.Chance(age >= 18 ? 0.94 : 0.55))
            {
                string prefix;
                if (random.Chance(0.01))
                {
                    prefix = "PE";
                }
                else
                {
                    // Panamá Oeste has had its own number (13) only since 2014.
                    var province = area == "PA-10" && birthYear < 2014 ? 8 : DemoPlaces.CedulaProvince[area];
                    prefix = province.ToString(CultureInfo.InvariantCulture) + (origin.Indigenous && random.Chance(0.12) ? "PI" : string.Empty);
                }

                AddDocument(person, "cedula", DemoCatalog.Cedula(random, prefix, birthYear), "PA");
            }

            if (age >= 16 && random.Chance(origin.Indigenous ? 0.05 : 0.18))
            {
                AddDocument(person, "passport", DemoCatalog.PassportNumber(random, "PA"), "PA");
            }

            return;
        }

        if (random.Chance(0.72))
        {
            AddDocument(person, "passport", DemoCatalog.PassportNumber(random, origin.Country), origin.Country);
        }

        if (random.Chance(0.45) && DemoCatalog.NationalIdNumber(random, origin.Country, person.BirthYear, person.BirthMonth, person.BirthDay) is { } id)
        {
            AddDocument(person, "national-id", id, origin.Country);
        }

        if (person.Nationalities.Any(n => n.Country == "PA"))
        {
            AddDocument(person, "cedula", DemoCatalog.Cedula(random, "N", birthYear), "PA");
        }
        else if (age >= 18 && random.Chance(origin.Areas.Any(a => a.Area == "PA-5") ? 0.08 : 0.35))
        {
            AddDocument(person, "cedula", DemoCatalog.Cedula(random, "E", birthYear), "PA");
        }
    }

    private void AddDocument(Person person, string type, string number, string issuingCountry) =>
        person.Documents.Add(new IdentityDocument
        {
            Id = state.NextId(),
            PersonId = person.Id,
            Type = type,
            Number = number,
            NumberNormalized = IdentityDocument.Normalize(number),
            IssuingCountry = issuingCountry,
            Provenance = person.Provenance.Copy(),
        });

    private void AddAliasFor(Person person, Origin origin, bool female)
    {
        var full = $"{person.GivenNames} {person.PaternalSurname}";
        var transliterated = string.Join(' ', full.Split(' ').Select(w => DemoNames.Transliterations.GetValueOrDefault(w, w)));
        if (transliterated != full && random.Chance(0.7))
        {
            AddAlias(person, transliterated);
        }
        else if (origin.SurnameFirst && random.Chance(0.6))
        {
            AddAlias(person, $"{person.PaternalSurname} {person.GivenNames}");
        }
        else if (random.Chance(0.15))
        {
            // As a manifest or a handwritten form renders it: capitals, no accents.
            AddAlias(person, Core.Text.TextFolding.Fold($"{person.Describe()}").ToUpperInvariant());
        }
        else
        {
            var nickname = random.Pick(female ? DemoNames.FemaleNicknames : DemoNames.MaleNicknames);
            AddAlias(person, random.Chance(0.5) ? nickname : $"{nickname} {person.PaternalSurname}");
        }
    }

    private void AddAlias(Person person, string name)
    {
        if (person.Aliases.Any(a => a.FullName == name))
        {
            return;
        }

        person.Aliases.Add(new PersonAlias
        {
            Id = state.NextId(),
            PersonId = person.Id,
            FullName = name,
            Provenance = person.Provenance.Copy(),
        });
    }

    private Address NewAddress(string area)
    {
        var district = random.Pick(DemoPlaces.Districts[area]);
        var locality = random.Pick(district.Localities);
        string line;
        if (DemoPlaces.RuralAreas.Contains(area) && random.Chance(0.6))
        {
            line = random.Chance(0.5)
                ? $"Comunidad de {locality}, casa {random.Next(1, 120).ToString(CultureInfo.InvariantCulture)}"
                : $"{locality}, {random.Pick(DemoPlaces.Landmarks)}";
        }
        else if (area is "PA-8" or "PA-10" && random.Chance(0.3))
        {
            line = string.Create(CultureInfo.InvariantCulture,
                $"Edificio {random.Pick(DemoPlaces.StreetNames)}, piso {random.Next(1, 30)}, apartamento {random.Next(1, 30)}{(char)('A' + random.Next(6))}");
        }
        else
        {
            var street = DemoPlaces.MetroAreas.Contains(area) && random.Chance(0.5)
                ? random.Pick(DemoPlaces.MetroStreetNames)
                : random.Pick(DemoPlaces.StreetNames);
            line = string.Create(CultureInfo.InvariantCulture,
                $"{random.Pick(DemoPlaces.StreetKinds)} {street}, casa {random.Next(1, 400)}{(random.Chance(0.2) ? "-" + (char)('A' + random.Next(4)) : string.Empty)}");
            if (random.Chance(0.15))
            {
                line += ", " + random.Pick(DemoPlaces.Landmarks);
            }
        }

        // Each corregimiento sits at a fixed offset from its area's centroid, so homes cluster by place.
        var centre = PanamaAreas.Find(area)!;
        var (dLat, dLon) = StableOffset($"{area}|{district.Name}|{locality}");
        var address = new Address
        {
            Id = state.NextId(),
            Line = line,
            Locality = locality,
            District = district.Name,
            AreaCode = area,
            Country = "PA",
            Latitude = Math.Round(centre.Latitude + (dLat * 0.14) + random.NextGaussian(0, 0.008), 6),
            Longitude = Math.Round(centre.Longitude + (dLon * 0.18) + random.NextGaussian(0, 0.008), 6),
            Provenance = state.NewProvenance(random.PickWeighted(PanamanianAgencies)),
        };
        addresses.Add(address);
        return address;
    }

    /// <summary>Two values in [-1, 1] derived from the text alone (FNV-1a), the same on every run.</summary>
    private static (double, double) StableOffset(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var ch in text)
        {
            hash = (hash ^ ch) * 1099511628211UL;
        }

        return (((hash & 0xFFFF) / 32767.5) - 1, (((hash >> 16) & 0xFFFF) / 32767.5) - 1);
    }

    private void AddPersonalAssets(Person person)
    {
        var (origin, age, _) = info[person];
        if (age >= 12 && random.Chance(0.9))
        {
            // A shared phone (a burner passed round a group) shows up in tips and intercepts.
            var phone = phones.Count > 10 && random.Chance(0.04)
                ? random.Pick(phones)
                : NewPhone(!origin.IsPanamanian && random.Chance(0.6) ? origin.Country : "PA", person.Provenance);
            Link(person, phone, LinkTypes.UsesPhone, person.Provenance);
            if (random.Chance(0.1))
            {
                Link(person, NewPhone("PA", person.Provenance), LinkTypes.UsesPhone, person.Provenance);
            }
        }

        if (age >= 18 && random.Chance(origin.IsPanamanian ? 0.35 : 0.08))
        {
            Link(person, NewAccount(origin.Country, person.Provenance), LinkTypes.HoldsAccount, person.Provenance);
        }

        if (age >= 18 && random.Chance(origin.IsPanamanian ? 0.10 : 0.02))
        {
            Link(person, NewVehicle(origin.IsPanamanian || random.Chance(0.6) ? "PA" : random.Pick(["CR", "CO"])), LinkTypes.Owns, person.Provenance);
        }
    }

    private Phone NewPhone(string country, Provenance provenance)
    {
        var phone = new Phone { Id = state.NextId(), Number = DemoCatalog.PhoneNumber(random, country), Provenance = provenance.Copy() };
        phones.Add(phone);
        return phone;
    }

    private BankAccount NewAccount(string homeCountry, Provenance provenance)
    {
        var (bank, number, country) = DemoCatalog.BankAccount(random, homeCountry);
        var account = new BankAccount
        {
            Id = state.NextId(),
            AccountNumber = number,
            BankName = bank,
            Country = country,
            Provenance = random.Chance(0.5) ? state.NewProvenance(Agencies.FinancialIntelligence) : provenance.Copy(),
        };
        accounts.Add(account);
        return account;
    }

    private Vehicle NewVehicle(string country)
    {
        var (make, model) = DemoCatalog.VehicleModel(random);
        var vehicle = new Vehicle
        {
            Id = state.NextId(),
            Plate = DemoCatalog.Plate(random, country),
            Make = make,
            Model = model,
            Country = country,
            Provenance = state.NewProvenance(random.Chance(0.7) ? Agencies.Police : Agencies.Security),
        };
        vehicles.Add(vehicle);
        return vehicle;
    }

    private void AddAssociates()
    {
        var adults = people.Where(p => info[p].Age >= 16).ToList();
        if (adults.Count < 2)
        {
            return;
        }

        var count = Scaled(60);
        for (var i = 0; i < count; i++)
        {
            var a = random.Pick(adults);
            var b = random.Pick(adults);
            if (a != b)
            {
                Link(a, b, LinkTypes.AssociateOf, state.NewProvenance(random.PickWeighted(PanamanianAgencies)));
            }
        }
    }

    private void AddOrganisations()
    {
        var adults = people.Where(p => info[p].Age >= 18).ToList();
        if (adults.Count == 0)
        {
            return;
        }

        var count = Math.Max(1, Scaled(50));
        for (var i = 0; i < count; i++)
        {
            var kind = random.PickWeighted(DemoCatalog.OrgKinds);
            var name = UniqueName(DemoCatalog.OrganisationName(random, kind, random.Pick(adults).PaternalSurname));
            var sensitive = kind is DemoOrgKind.Nightlife or DemoOrgKind.RecruitmentAgency ? 0.25 : 0.04;
            var org = new Organisation
            {
                Id = state.NextId(),
                LegalName = name,
                RegistrationNumber = DemoCatalog.RegistrationNumber(random),
                OrganisationType = DemoCatalog.OrganisationType(kind, random),
                Country = kind == DemoOrgKind.Ngo ? "PA" : random.PickWeighted(OrganisationCountries),
                Compartment = random.Chance(sensitive) ? Compartments.Intelligence : null,
                Provenance = state.NewProvenance(random.PickWeighted(OrganisationAgencies)),
            };
            organisations.Add(org);
            if (kind == DemoOrgKind.Fishing)
            {
                fishingCompanies.Add(org);
            }

            var area = kind == DemoOrgKind.Fishing ? random.PickWeighted(CoastalAreas) : random.PickWeighted(DemoNames.Origins[0].Areas);
            Link(org, NewAddress(area), LinkTypes.LocatedAt, org.Provenance);
            if (random.Chance(0.6))
            {
                Link(org, NewPhone("PA", org.Provenance), LinkTypes.UsesPhone, org.Provenance);
            }

            if (random.Chance(0.75))
            {
                Link(org, NewAccount(org.Country ?? "PA", org.Provenance), LinkTypes.HoldsAccount, org.Provenance);
            }

            AddStaff(org, kind, adults);
            if (kind == DemoOrgKind.Transport || (kind == DemoOrgKind.Company && random.Chance(0.3)))
            {
                for (var v = kind == DemoOrgKind.Transport ? random.Next(2, 6) : 1; v > 0; v--)
                {
                    Link(org, NewVehicle(random.Chance(0.9) ? "PA" : "CR"), LinkTypes.Owns, org.Provenance);
                }
            }
        }
    }

    private void AddStaff(Organisation org, DemoOrgKind kind, List<Person> adults)
    {
        var (min, max) = kind switch
        {
            DemoOrgKind.Nightlife => (3, 12),
            DemoOrgKind.Fishing => (4, 15),
            DemoOrgKind.RecruitmentAgency => (1, 5),
            DemoOrgKind.Transport => (2, 8),
            DemoOrgKind.Ngo => (2, 6),
            _ => (1, 12),
        };
        var staff = new HashSet<Person>();
        for (var n = random.Next(min, max + 1); n > 0; n--)
        {
            var person = PickAdult(adults, kind);
            if (staff.Add(person))
            {
                Link(org, person, LinkTypes.Employs, org.Provenance);
            }
        }

        var directors = new HashSet<Person>();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var director = random.Pick(adults);
            if (directors.Add(director))
            {
                Link(director, org, LinkTypes.DirectorOf, org.Provenance);
            }
        }

        // Most companies have a named owner; some are owned by another company of the batch (a layered structure).
        if (organisations.Count > 3 && random.Chance(0.2))
        {
            var parent = organisations[random.Next(organisations.Count - 1)];
            Link(parent, org, LinkTypes.Owns, state.NewProvenance(Agencies.FinancialIntelligence));
        }
        else if (kind != DemoOrgKind.Ngo)
        {
            var owner = random.Chance(0.6) ? directors.First() : random.Pick(adults);
            Link(owner, org, LinkTypes.Owns, org.Provenance);
        }

        // Victims recruited through a bar or an agency are linked to its people.
        if (kind is DemoOrgKind.Nightlife or DemoOrgKind.RecruitmentAgency)
        {
            var victims = people.Where(p => p.Compartment == Compartments.Victims && info[p].Age >= 14).ToList();
            for (var n = random.Next(0, 3); n > 0 && victims.Count > 0; n--)
            {
                var victim = random.Pick(victims);
                Link(directors.First(), victim, LinkTypes.AssociateOf, state.NewProvenance(random.Chance(0.5) ? Agencies.Conatt : Agencies.PublicMinistry), "captación");
            }
        }
    }

    private Person PickAdult(List<Person> adults, DemoOrgKind kind)
    {
        // Bars mostly employ young women, fishing boats men: try a few times for a fitting person.
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var person = random.Pick(adults);
            var fits = kind switch
            {
                DemoOrgKind.Nightlife => person.Sex == "F" && info[person].Age < 36,
                DemoOrgKind.Fishing => person.Sex == "M",
                _ => true,
            };
            if (fits)
            {
                return person;
            }
        }

        return random.Pick(adults);
    }

    private void AddVessels()
    {
        var count = Scaled(6);
        var men = people.Where(p => p.Sex == "M" && info[p].Age >= 20).ToList();
        for (var i = 0; i < count; i++)
        {
            var flag = random.PickWeighted(DemoCatalog.VesselFlags);
            var vessel = new Vessel
            {
                Id = state.NextId(),
                VesselName = DemoCatalog.VesselName(random),
                Imo = random.Chance(0.5) ? DemoCatalog.Imo(random) : null,
                Mmsi = random.Chance(0.9) ? DemoCatalog.Mmsi(random, flag) : null,
                Flag = flag,
                Compartment = random.Chance(0.05) ? Compartments.Intelligence : null,
                Provenance = state.NewProvenance(random.Chance(0.75) ? Agencies.Senan : Agencies.PublicMinistry),
            };
            vessels.Add(vessel);
            if (fishingCompanies.Count > 0 && random.Chance(0.7))
            {
                var company = random.Pick(fishingCompanies);
                Link(company, vessel, LinkTypes.Owns, vessel.Provenance);
                Link(company, vessel, LinkTypes.Operates, vessel.Provenance);
            }
            else if (men.Count > 0)
            {
                Link(random.Pick(men), vessel, LinkTypes.Owns, vessel.Provenance);
            }

            if (men.Count > 0 && random.Chance(0.7))
            {
                Link(random.Pick(men), vessel, LinkTypes.Operates, vessel.Provenance, "capitán");
            }
        }
    }

    private string UniqueName(string name)
    {
        if (state.OrganisationNames.Add(name))
        {
            return name;
        }

        // "Bar Venus" becomes "Bar Venus 2" (or "Pesquera X 2, S.A."), as registrations really do.
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        for (var n = 2; ; n++)
        {
            var number = n.ToString(CultureInfo.InvariantCulture);
            var candidate = comma < 0 ? $"{name} {number}" : $"{name[..comma]} {number}{name[comma..]}";
            if (state.OrganisationNames.Add(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>A count proportional to the batch's people, given per thousand, with the fraction rounded at random.</summary>
    private int Scaled(double perThousand)
    {
        var exact = peopleWanted * perThousand / 1000.0;
        var whole = (int)exact;
        return whole + (random.Chance(exact - whole) ? 1 : 0);
    }

    private void Link(RegistryEntity from, RegistryEntity to, string type, Provenance provenance, string? note = null) =>
        links.Add(new EntityLink
        {
            Id = state.NextId(),
            FromId = from.Id,
            ToId = to.Id,
            Type = type,
            Note = note,
            Provenance = provenance.Copy(),
        });
}
