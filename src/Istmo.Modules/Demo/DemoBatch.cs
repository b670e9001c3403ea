using Istmo.Data.Registry;

namespace Istmo.Modules.Demo;

/// <summary>
/// One self-contained slice of demo data: people with their aliases, nationalities and documents, the
/// organisations, vessels, vehicles, phones, accounts and addresses around them, and the links between them.
/// Every link points at an entity of the same batch, so a batch can be saved on its own.
/// </summary>
public sealed record DemoBatch(
    int Index,
    IReadOnlyList<Person> People,
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Vessel> Vessels,
    IReadOnlyList<Vehicle> Vehicles,
    IReadOnlyList<Phone> Phones,
    IReadOnlyList<BankAccount> BankAccounts,
    IReadOnlyList<Address> Addresses,
    IReadOnlyList<EntityLink> Links)
{
    /// <summary>Every registry entity of the batch, people first.</summary>
    public IEnumerable<RegistryEntity> Entities =>
        People.Cast<RegistryEntity>().Concat(Organisations).Concat(Vessels).Concat(Vehicles).Concat(Phones)
            .Concat(BankAccounts).Concat(Addresses);

    /// <summary>How many registry entities the batch holds.</summary>
    public int EntityCount =>
        People.Count + Organisations.Count + Vessels.Count + Vehicles.Count + Phones.Count + BankAccounts.Count + Addresses.Count;

    /// <summary>How many aliases, nationalities and documents the batch's people hold.</summary>
    public int FactCount => People.Sum(p => p.Aliases.Count + p.Nationalities.Count + p.Documents.Count);
}

/// <summary>How much demo data to make, by number of people; the other entities scale with it.</summary>
public sealed record DemoSize(int People)
{
    /// <summary>Enough to click through: 500 people.</summary>
    public static readonly DemoSize Small = new(500);

    /// <summary>A realistic agency: 10,000 people.</summary>
    public static readonly DemoSize Medium = new(10_000);

    /// <summary>A national registry under load: 100,000 people.</summary>
    public static readonly DemoSize Large = new(100_000);

    /// <summary>Reads "small", "medium", "large", a number ("2000") or a number with k ("100k").</summary>
    public static bool TryParse(string? text, out DemoSize size)
    {
        size = Small;
        var value = text?.Trim().ToUpperInvariant();
        switch (value)
        {
            case null or "":
                return false;
            case "SMALL":
                return true;
            case "MEDIUM":
                size = Medium;
                return true;
            case "LARGE":
                size = Large;
                return true;
        }

        var multiplier = 1;
        if (value.EndsWith('K'))
        {
            multiplier = 1000;
            value = value[..^1];
        }

        value = value.Replace("_", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && number > 0 && number <= 10_000_000 / multiplier)
        {
            size = new DemoSize(number * multiplier);
            return true;
        }

        return false;
    }
}
