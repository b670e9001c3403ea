using System.Text.RegularExpressions;
using Istmo.Core.Access;
using Istmo.Core.Geo;
using Istmo.Data.Registry;
using Istmo.Modules.Demo;

namespace Istmo.Modules.Tests.Demo;

public sealed partial class DemoDataGeneratorTests
{
    private static readonly List<DemoBatch> TwoThousand = DemoDataGenerator.Generate(2000).ToList();

    private static IEnumerable<Person> People => TwoThousand.SelectMany(b => b.People);

    [Fact]
    public void Generate_SameSeedTwice_ProducesSameData()
    {
        var first = DemoDataGenerator.Generate(1500, seed: 7).ToList();
        var second = DemoDataGenerator.Generate(1500, seed: 7).ToList();

        Assert.Equal(Fingerprint(first), Fingerprint(second));
        Assert.Equal(first.SelectMany(b => b.People).Select(p => p.Id), second.SelectMany(b => b.People).Select(p => p.Id));
    }

    [Fact]
    public void Generate_DifferentSeeds_ProduceDifferentNames()
    {
        var a = DemoDataGenerator.Generate(200, seed: 1).SelectMany(b => b.People).Select(p => p.DisplayName).ToList();
        var b = DemoDataGenerator.Generate(200, seed: 2).SelectMany(b => b.People).Select(p => p.DisplayName).ToList();

        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(999, 1)]
    [InlineData(2500, 3)]
    public void Generate_AnySize_YieldsExactlyThatManyPeopleInBatches(int people, int batches)
    {
        var result = DemoDataGenerator.Generate(people).ToList();

        Assert.Equal(batches, result.Count);
        Assert.Equal(people, result.Sum(b => b.People.Count));
        Assert.All(result, b => Assert.InRange(b.People.Count, 1, DemoDataGenerator.BatchSize));
    }

    [Fact]
    public void Generate_NegativeSize_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoDataGenerator.Generate(-1));
    }

    [Fact]
    public void Generate_TwoThousandPeople_UsesEveryAreaCode()
    {
        var used = TwoThousand.SelectMany(b => b.Addresses).Select(a => a.AreaCode).ToHashSet();

        Assert.All(PanamaAreas.All, area => Assert.Contains(area.Code, used));
    }

    [Fact]
    public void Generate_Addresses_LieNearTheirAreaWithDistrictAndLocality()
    {
        Assert.All(TwoThousand.SelectMany(b => b.Addresses), address =>
        {
            var area = PanamaAreas.Find(address.AreaCode);
            Assert.NotNull(area);
            Assert.False(string.IsNullOrWhiteSpace(address.District));
            Assert.False(string.IsNullOrWhiteSpace(address.Locality));
            Assert.InRange(address.Latitude!.Value, area.Latitude - 0.3, area.Latitude + 0.3);
            Assert.InRange(address.Longitude!.Value, area.Longitude - 0.3, area.Longitude + 0.3);
            Assert.True(Coordinates.AreValid(address.Latitude, address.Longitude));
        });
    }

    [Fact]
    public void Generate_People_NamesHaveAccentsAndDoubleSurnames()
    {
        var people = People.ToList();
        var accented = people.Count(p => p.DisplayName.Any(c => c > 127));
        var doubleSurname = people.Count(p => !string.IsNullOrEmpty(p.MaternalSurname));

        Assert.InRange(accented / (double)people.Count, 0.35, 1.0);
        Assert.InRange(doubleSurname / (double)people.Count, 0.6, 0.95);
        Assert.Contains(people, p => p.PaternalSurname == "De León" || p.MaternalSurname == "De León");
        Assert.Contains(people, p => p.GivenNames.Contains("Ángel", StringComparison.Ordinal) || p.GivenNames.Contains("Itzel", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_People_IncludeIndigenousAndMigrantNames()
    {
        var people = People.ToList();
        var nationalities = people.SelectMany(p => p.Nationalities).Select(n => n.Country).ToHashSet();

        Assert.Superset(new HashSet<string> { "PA", "VE", "CO", "HT", "CU", "CN" }, nationalities);
        Assert.Contains(people, p => p.PaternalSurname is "Jean-Baptiste" or "Pierre" or "Joseph");
        Assert.Contains(people, p => p.PaternalSurname is "Chen" or "Wong" or "Li" or "Zhang");
        Assert.Contains(people, p => p.PaternalSurname is "Montezuma" or "Bejerano" or "Dogirama" or "Cabrera" or "Archibold");
        Assert.All(people.Where(p => p.Nationalities[0].Country is "HT" or "CN"), p => Assert.Null(p.MaternalSurname));
    }

    [Fact]
    public void Generate_People_HavePartialBirthDatesSexAndSomeAliases()
    {
        var people = People.ToList();

        Assert.All(people, p => Assert.Contains(p.Sex, new[] { "M", "F", "X", "U" }));
        Assert.Contains(people, p => p.BirthYear is not null && p.BirthMonth is null);
        Assert.Contains(people, p => p.BirthDay is not null);
        Assert.Contains(people, p => p.BirthYear is null);
        Assert.All(people.Where(p => p.BirthDay is not null), p =>
            Assert.InRange(p.BirthDay!.Value, 1, DateTime.DaysInMonth(p.BirthYear!.Value, p.BirthMonth!.Value)));
        Assert.InRange(people.Count(p => p.Aliases.Count > 0) / (double)people.Count, 0.08, 0.3);
    }

    [Fact]
    public void Generate_Documents_FollowTheirFormats()
    {
        var documents = People.SelectMany(p => p.Documents).ToList();
        var cedulas = documents.Where(d => d.Type == "cedula").ToList();

        Assert.NotEmpty(cedulas);
        Assert.All(cedulas, d => Assert.Matches(CedulaPattern(), d.Number));
        Assert.Contains(cedulas, d => d.Number.StartsWith("8-", StringComparison.Ordinal));
        Assert.Contains(cedulas, d => d.Number.StartsWith("E-8-", StringComparison.Ordinal));
        Assert.Contains(documents, d => d.Type == "passport" && d.IssuingCountry != "PA");
        Assert.All(documents, d => Assert.Equal(IdentityDocument.Normalize(d.Number), d.NumberNormalized));
    }

    [Fact]
    public void Generate_Identifiers_AreWellFormed()
    {
        var phones = TwoThousand.SelectMany(b => b.Phones).ToList();
        var vessels = TwoThousand.SelectMany(b => b.Vessels).ToList();

        Assert.All(phones, p => Assert.Matches(@"^\+[1-9]\d{7,13}$", p.Number));
        Assert.InRange(phones.Count(p => p.Number.StartsWith("+5076", StringComparison.Ordinal)) / (double)phones.Count, 0.5, 0.95);
        Assert.NotEmpty(vessels);
        Assert.All(vessels.Where(v => v.Imo is not null), v => Assert.True(ImoCheckDigitIsValid(v.Imo!), v.Imo));
        Assert.All(vessels.Where(v => v.Mmsi is not null), v => Assert.Matches(@"^\d{9}$", v.Mmsi!));
        Assert.All(TwoThousand.SelectMany(b => b.Organisations), o => Assert.False(string.IsNullOrWhiteSpace(o.RegistrationNumber)));
        Assert.All(TwoThousand.SelectMany(b => b.Vehicles), v => Assert.Matches("^[A-Z0-9]{5,7}$", v.Plate));
    }

    [Fact]
    public void Generate_Links_PointToEntitiesOfTheSameBatch()
    {
        Assert.All(TwoThousand, batch =>
        {
            var ids = batch.Entities.Select(e => e.Id).ToHashSet();
            Assert.All(batch.Links, link =>
            {
                Assert.Contains(link.FromId, ids);
                Assert.Contains(link.ToId, ids);
                Assert.Contains(link.Type, LinkTypes.All);
            });
        });
    }

    [Fact]
    public void Generate_Links_CoverEveryRequiredTypeWithTheRightKinds()
    {
        var kinds = TwoThousand.SelectMany(b => b.Entities).ToDictionary(e => e.Id, e => e.Kind);
        var links = TwoThousand.SelectMany(b => b.Links).ToList();
        string[] required =
        [
            LinkTypes.UsesPhone, LinkTypes.LivesAt, LinkTypes.Employs, LinkTypes.Owns, LinkTypes.DirectorOf,
            LinkTypes.RelativeOf, LinkTypes.AssociateOf, LinkTypes.HoldsAccount, LinkTypes.Operates,
        ];

        Assert.All(required, type => Assert.Contains(links, l => l.Type == type));
        Assert.All(links.Where(l => l.Type == LinkTypes.LivesAt), l => Assert.Equal(EntityKind.Address, kinds[l.ToId]));
        Assert.All(links.Where(l => l.Type == LinkTypes.UsesPhone), l => Assert.Equal(EntityKind.Phone, kinds[l.ToId]));
        Assert.All(links.Where(l => l.Type == LinkTypes.HoldsAccount), l => Assert.Equal(EntityKind.BankAccount, kinds[l.ToId]));
        Assert.All(links.Where(l => l.Type == LinkTypes.Employs), l =>
        {
            Assert.Equal(EntityKind.Organisation, kinds[l.FromId]);
            Assert.Equal(EntityKind.Person, kinds[l.ToId]);
        });
        Assert.All(links.Where(l => l.Type == LinkTypes.Operates), l => Assert.Equal(EntityKind.Vessel, kinds[l.ToId]));
        Assert.All(links, l => Assert.NotEqual(l.FromId, l.ToId));
    }

    [Fact]
    public void Generate_RelativeLinks_JoinPeopleWhoShareASurnameOrAreSpouses()
    {
        var people = People.ToDictionary(p => p.Id);
        var relatives = TwoThousand.SelectMany(b => b.Links).Where(l => l.Type == LinkTypes.RelativeOf).ToList();

        Assert.NotEmpty(relatives);
        Assert.All(relatives.Where(l => l.Note != "cónyuge"), l =>
        {
            var a = people[l.FromId];
            var b = people[l.ToId];
            var aNames = new[] { a.PaternalSurname, a.MaternalSurname };
            Assert.True(aNames.Any(s => s is not null && (s == b.PaternalSurname || s == b.MaternalSurname)), $"{a.DisplayName} / {b.DisplayName}");
        });
    }

    [Fact]
    public void Generate_Compartments_PutAboutFivePercentOfPeopleWithVictimsAndSomeOrganisationsWithIntelligence()
    {
        var victims = People.Count(p => p.Compartment == Compartments.Victims) / 2000.0;
        var organisations = TwoThousand.SelectMany(b => b.Organisations).ToList();

        Assert.InRange(victims, 0.03, 0.08);
        Assert.Contains(organisations, o => o.Compartment == Compartments.Intelligence);
        Assert.Contains(organisations, o => o.Compartment is null);
    }

    [Fact]
    public void Generate_Provenance_NamesAKnownAgencyAndItsRecord()
    {
        var entities = TwoThousand.SelectMany(b => b.Entities).ToList();

        Assert.All(entities, e =>
        {
            Assert.True(Agencies.IsKnown(e.Provenance.SourceAgency), e.Provenance.SourceAgency);
            Assert.Matches(@"^[A-Z]+-20\d\d-\d{6}$", e.Provenance.SourceRecord!);
            Assert.StartsWith(e.Provenance.SourceAgency + "-", e.Provenance.SourceRecord!, StringComparison.Ordinal);
            Assert.Equal(DateTimeKind.Utc, e.Provenance.RecordedAt.Kind);
        });
        Assert.Equal(Agencies.All.Count, entities.Select(e => e.Provenance.SourceAgency).Distinct().Count());
    }

    [Fact]
    public void Generate_Ids_AreUniqueAcrossEntitiesFactsAndLinks()
    {
        var ids = TwoThousand.SelectMany(b => b.Entities.Select(e => e.Id)
            .Concat(b.Links.Select(l => l.Id))
            .Concat(b.People.SelectMany(p => p.Aliases.Select(a => a.Id).Concat(p.Nationalities.Select(n => n.Id)).Concat(p.Documents.Select(d => d.Id)))))
            .ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(7, id.Version));
    }

    [Fact]
    public void Generate_Entities_HaveDisplayNameAndSearchText()
    {
        Assert.All(TwoThousand.SelectMany(b => b.Entities), e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.DisplayName));
            Assert.False(string.IsNullOrWhiteSpace(e.SearchText));
        });
    }

    [Fact]
    public void TryParse_NamedAndNumericSizes_AreRead()
    {
        Assert.True(DemoSize.TryParse("small", out var small));
        Assert.Equal(500, small.People);
        Assert.True(DemoSize.TryParse("100k", out var large));
        Assert.Equal(100_000, large.People);
        Assert.True(DemoSize.TryParse("2000", out var exact));
        Assert.Equal(2000, exact.People);
        Assert.False(DemoSize.TryParse("many", out _));
        Assert.False(DemoSize.TryParse("-5", out _));
    }

    private static string Fingerprint(IEnumerable<DemoBatch> batches) => string.Join('\n', batches.SelectMany(b =>
        b.People.Select(p => $"{p.Id}|{p.DisplayName}|{p.Sex}|{p.BirthDateText}|{string.Join(',', p.Documents.Select(d => d.Number))}|{string.Join(',', p.Aliases.Select(a => a.FullName))}")
            .Concat(b.Entities.Where(e => e is not Person).Select(e => $"{e.Id}|{e.DisplayName}"))
            .Concat(b.Links.Select(l => $"{l.FromId}>{l.Type}>{l.ToId}|{l.Provenance.SourceRecord}"))));

    private static bool ImoCheckDigitIsValid(string imo)
    {
        if (imo.Length != 7 || !imo.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 6; i++)
        {
            sum += (imo[i] - '0') * (7 - i);
        }

        return sum % 10 == imo[6] - '0';
    }

    // 8-123-4567, 4PI-12-345, PE-12-345, E-8-12345, N-19-1234; provinces 1 to 13.
    [GeneratedRegex(@"^(?:(?:[1-9]|1[0-3])(?:PI)?|PE|E|N)-\d{1,4}-\d{1,6}$")]
    private static partial Regex CedulaPattern();
}
