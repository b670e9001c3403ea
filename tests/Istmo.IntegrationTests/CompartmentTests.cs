using Istmo.Core.Access;
using Istmo.Core.Errors;
using Istmo.IntegrationTests.Infrastructure;
using Istmo.Modules.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.IntegrationTests;

public sealed class CompartmentTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines();

    private static async Task<Guid> CreateVictimAsync(TestDatabase db)
    {
        await using var platform = Platform.For(db, TestActors.Caseworker);
        var input = Inputs.Person("Yariela", "Saldaña", "Ábrego");
        input.Compartment = Compartments.Victims;
        return await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(input));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task SearchAsync_ActorWithoutCompartment_DoesNotSeeProtectedRecord(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await CreateVictimAsync(db);
        await using var analyst = Platform.For(db, TestActors.Analyst);
        await using var caseworker = Platform.For(db, TestActors.Caseworker);

        var hidden = await analyst.InScope(sp => sp.GetRequiredService<RegistrySearch>().SearchAsync("yariela saldana"));
        var shown = await caseworker.InScope(sp => sp.GetRequiredService<RegistrySearch>().SearchAsync("yariela saldana"));

        Assert.Empty(hidden.Hits);
        Assert.True(Assert.Single(shown.Hits).Protected);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task GetAsync_ProtectedRecord_RequiresCompartmentAndPurposeAndAuditsTheRead(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var id = await CreateVictimAsync(db);
        await using var analyst = Platform.For(db, TestActors.Analyst);
        await using var caseworker = Platform.For(db, TestActors.Caseworker);

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() => analyst.InScope(sp => sp.GetRequiredService<RegistryService>().GetAsync(id, "curiosidad")));
        var noPurpose = await Assert.ThrowsAsync<AccessDeniedException>(() => caseworker.InScope(sp => sp.GetRequiredService<RegistryService>().GetAsync(id)));
        var view = await caseworker.InScope(sp => sp.GetRequiredService<RegistryService>().GetAsync(id, "Seguimiento de referencia a albergue"));

        Assert.False(denied.PurposeRequired);
        Assert.True(noPurpose.PurposeRequired);
        Assert.Equal("Yariela Saldaña Ábrego", view.DisplayName);
        await using var context = db.NewContext();
        var read = await context.AuditEntries.SingleAsync(a => a.Action == "sensitive-read");
        Assert.Equal("Seguimiento de referencia a albergue", read.Purpose);
        Assert.Equal("carla.caso", read.Actor);
        Assert.Equal(id.ToString(), read.EntityId);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task GetAsync_LinkToProtectedRecord_ShowsPseudonymToOthers(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var victim = await CreateVictimAsync(db);
        await using var analyst = Platform.For(db, TestActors.Analyst);
        var org = await analyst.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Inputs.Organisation()));
        await analyst.InScope(sp => sp.GetRequiredService<RegistryService>().LinkAsync(new LinkInput(org, victim, "employs", null, null, null)));

        var view = await analyst.InScope(sp => sp.GetRequiredService<RegistryService>().GetAsync(org));

        var link = Assert.Single(view.Links);
        Assert.StartsWith("REG-", link.OtherName, StringComparison.Ordinal);
        Assert.DoesNotContain("Yariela", link.OtherName, StringComparison.Ordinal);
    }
}
