using Istmo.Core.Errors;
using Istmo.Data.Registry;
using Istmo.IntegrationTests.Infrastructure;
using Istmo.Modules.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.IntegrationTests;

public sealed class RegistryServiceTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines();

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task CreateAsync_ValidPerson_StoresFactsWithProvenanceAndAudit(string engine)
    {
        // Arrange
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var platform = Platform.For(db, TestActors.Analyst);

        // Act
        var id = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Inputs.Person()));
        var view = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().GetAsync(id));

        // Assert
        Assert.Equal("José Ángel Rodríguez Núñez", view.DisplayName);
        Assert.Equal("1987-04", view.Fields["birthDate"]);
        Assert.Equal("SNM", view.SourceAgency);
        Assert.Equal("SNM-2026-000001", view.SourceRecord);
        Assert.Single(view.Aliases, a => a.Value == "Pepe Rodríguez" && a.SourceAgency == "SNM");
        Assert.Single(view.Documents, d => d.Value == "8-123-4567");
        Assert.Contains(view.History, h => h.Action == "create" && h.Actor == "ana.analista");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task SearchAsync_QueryWithoutAccentsOrCase_FindsAccentedName(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var platform = Platform.For(db, TestActors.Analyst);
        var id = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Inputs.Person()));
        var maria = Inputs.Person("María", "González", "Pérez");
        maria.Aliases = [];
        maria.Documents = [];
        await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(maria));

        var byName = await platform.InScope(sp => sp.GetRequiredService<RegistrySearch>().SearchAsync("JOSE angel rodriguez"));
        var byPrefix = await platform.InScope(sp => sp.GetRequiredService<RegistrySearch>().SearchAsync("rodr nun"));
        var byAlias = await platform.InScope(sp => sp.GetRequiredService<RegistrySearch>().SearchAsync("pepe"));
        var byDocument = await platform.InScope(sp => sp.GetRequiredService<RegistrySearch>().SearchAsync("8-123-4567"));
        var none = await platform.InScope(sp => sp.GetRequiredService<RegistrySearch>().SearchAsync("rodriguez gonzalez"));

        Assert.Equal(id, Assert.Single(byName.Hits).Id);
        Assert.Equal(id, Assert.Single(byPrefix.Hits).Id);
        Assert.Equal(id, Assert.Single(byAlias.Hits).Id);
        Assert.Equal(id, Assert.Single(byDocument.Hits).Id);
        Assert.Empty(none.Hits);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task CreateAsync_InvalidInput_NamesEachFieldAndWritesNothing(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var platform = Platform.For(db, TestActors.Analyst);
        var input = Inputs.Person(given: " ", paternal: new string('x', 5000));
        input.BirthDate = "1987-13-01";
        input.Nationalities = ["Panama"];
        input.Documents = [new DocumentInput("passport", "", "PA")];
        input.Aliases = ["bad\u0000alias"];

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(input)));

        Assert.Contains("givenNames", error.Errors.Keys);
        Assert.Contains("paternalSurname", error.Errors.Keys);
        Assert.Contains("birthDate", error.Errors.Keys);
        Assert.Contains("nationalities[0]", error.Errors.Keys);
        Assert.Contains("documents[0].number", error.Errors.Keys);
        Assert.Contains("aliases[0]", error.Errors.Keys);
        Assert.Equal("Este campo es obligatorio.", error.Errors["givenNames"][0]);
        await using var context = db.NewContext();
        Assert.Equal(0, await context.Entities.CountAsync());
        Assert.Equal(0, await context.AuditEntries.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task UpdateAsync_TwoEditsOfSameVersion_SecondIsToldRecordChanged(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var platform = Platform.For(db, TestActors.Analyst);
        var id = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Inputs.Person()));
        var first = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().GetForEditAsync(id));
        var second = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().GetForEditAsync(id));
        first.MaternalSurname = "Batista";
        second.MaternalSurname = "Castillo";

        var newVersion = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().UpdateAsync(id, first));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => platform.InScope(sp => sp.GetRequiredService<RegistryService>().UpdateAsync(id, second)));

        var view = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().GetAsync(id));
        Assert.Equal(first.Version + 1, newVersion);
        Assert.Equal("Batista", view.Fields["maternalSurname"]);
        Assert.Single(view.History, h => h.Action == "update");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task UpdateAsync_KeptAlias_KeepsItsOriginalProvenance(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var platform = Platform.For(db, TestActors.Analyst);
        var id = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Inputs.Person()));
        var edit = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().GetForEditAsync(id));
        edit.SourceAgency = "PNP";
        edit.Aliases.Add("Chepe");

        await platform.InScope(sp => sp.GetRequiredService<RegistryService>().UpdateAsync(id, edit));
        var view = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().GetAsync(id));

        Assert.Equal("SNM", view.Aliases.Single(a => a.Value == "Pepe Rodríguez").SourceAgency);
        Assert.Equal("PNP", view.Aliases.Single(a => a.Value == "Chepe").SourceAgency);
        var found = await platform.InScope(sp => sp.GetRequiredService<RegistrySearch>().SearchAsync("chepe"));
        Assert.Equal(id, Assert.Single(found.Hits).Id);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task LinkAsync_PersonAndOrganisation_ShowsOnBothEnds(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var platform = Platform.For(db, TestActors.Analyst);
        var person = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Inputs.Person()));
        var org = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Inputs.Organisation()));

        await platform.InScope(sp => sp.GetRequiredService<RegistryService>().LinkAsync(new LinkInput(org, person, LinkTypes.Employs, "chofer", "MITRADEL", "MT-1")));
        var personView = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().GetAsync(person));
        var orgView = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().GetAsync(org));

        var incoming = Assert.Single(personView.Links);
        Assert.False(incoming.Outgoing);
        Assert.Equal("Transportes del Istmo, S.A.", incoming.OtherName);
        Assert.Equal("MITRADEL", incoming.SourceAgency);
        Assert.True(Assert.Single(orgView.Links).Outgoing);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task LinkAsync_UnknownTypeOrTarget_IsRejected(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var platform = Platform.For(db, TestActors.Analyst);
        var person = await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Inputs.Person()));

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            platform.InScope(sp => sp.GetRequiredService<RegistryService>().LinkAsync(new LinkInput(person, Guid.NewGuid(), "loves", null, null, null))));

        Assert.Contains("type", error.Errors.Keys);
        Assert.Contains("toId", error.Errors.Keys);
    }
}
