namespace Istmo.Data.Registry;

/// <summary>A natural person. Paternal and maternal surnames are kept apart, as Hispanic names need.</summary>
public sealed class Person : RegistryEntity
{
    public Person() => Kind = EntityKind.Person;

    public string GivenNames { get; set; } = string.Empty;

    public string PaternalSurname { get; set; } = string.Empty;

    public string? MaternalSurname { get; set; }

    /// <summary>M, F, X (other) or U (unknown).</summary>
    public string Sex { get; set; } = "U";

    public int? BirthYear { get; set; }

    public int? BirthMonth { get; set; }

    public int? BirthDay { get; set; }

    public List<PersonAlias> Aliases { get; set; } = [];

    public List<PersonNationality> Nationalities { get; set; } = [];

    public List<IdentityDocument> Documents { get; set; } = [];

    /// <summary>Birth date with the precision known, e.g. "1987" or "1987-04-12".</summary>
    public string? BirthDateText => BirthYear is null ? null : new Core.Registry.PartialDate(BirthYear.Value, BirthMonth, BirthDay).ToString();

    public override string Describe() =>
        string.Join(' ', new[] { GivenNames, PaternalSurname, MaternalSurname }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public override IEnumerable<string?> SearchableValues() =>
        new[] { GivenNames, PaternalSurname, MaternalSurname }
            .Concat(Aliases.Select(a => a.FullName))
            .Concat(Documents.Select(d => d.Number));
}
