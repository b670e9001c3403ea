namespace Istmo.Data.Registry;

/// <summary>The kinds of registry entity; stored as the discriminator.</summary>
public enum EntityKind
{
    Person = 1,
    Organisation = 2,
    Vessel = 3,
    Vehicle = 4,
    Phone = 5,
    BankAccount = 6,
    Address = 7,
}
