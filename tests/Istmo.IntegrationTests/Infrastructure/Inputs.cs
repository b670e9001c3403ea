using Istmo.Data.Registry;
using Istmo.Modules.Registry;

namespace Istmo.IntegrationTests.Infrastructure;

/// <summary>Builders of valid input for tests.</summary>
public static class Inputs
{
    public static EntityInput Person(string given = "José Ángel", string paternal = "Rodríguez", string? maternal = "Núñez") => new()
    {
        Kind = EntityKind.Person,
        GivenNames = given,
        PaternalSurname = paternal,
        MaternalSurname = maternal,
        Sex = "M",
        BirthDate = "1987-04",
        Nationalities = ["PA"],
        Aliases = ["Pepe Rodríguez"],
        Documents = [new DocumentInput("cedula", "8-123-4567", "PA")],
        SourceAgency = "SNM",
        SourceRecord = "SNM-2026-000001",
    };

    public static EntityInput Organisation(string name = "Transportes del Istmo, S.A.") => new()
    {
        Kind = EntityKind.Organisation,
        LegalName = name,
        RegistrationNumber = "155612345",
        Country = "PA",
    };
}
