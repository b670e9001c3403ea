using Istmo.Core.Audit;
using Istmo.IntegrationTests.Infrastructure;
using Istmo.Modules.Audit;
using Istmo.Modules.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.IntegrationTests;

public sealed class AuditChainTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines();

    private static async Task<TestDatabase> WithHistoryAsync(string engine)
    {
        var db = await TestDatabase.CreateAsync(engine);
        await using var platform = Platform.For(db, TestActors.Analyst);
        for (var i = 0; i < 3; i++)
        {
            await platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Inputs.Person(paternal: "Quintero" + i)));
        }

        return db;
    }

    private static async Task<AuditVerification> VerifyAsync(TestDatabase db)
    {
        await using var platform = Platform.For(db, TestActors.Analyst);
        return await platform.InScope(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task VerifyAsync_UntouchedChain_IsIntactAndLinked(string engine)
    {
        await using var db = await WithHistoryAsync(engine);
        await using var context = db.NewContext();
        var entries = await context.AuditEntries.OrderBy(a => a.Sequence).ToListAsync();

        var result = await VerifyAsync(db);

        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(entries.Count, result.EntriesChecked);
        Assert.Equal(AuditHash.Genesis, entries[0].PreviousHash);
        Assert.All(entries.Skip(1).Zip(entries), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.All(entries, e => Assert.Equal(e.ComputeHash(), e.Hash));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task VerifyAsync_SummaryAlteredInDatabase_NamesThatEntry(string engine)
    {
        await using var db = await WithHistoryAsync(engine);
        await using (var context = db.NewContext())
        {
            await context.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"Summary\" = {0} WHERE \"Sequence\" = 3", "{\"record\":\"nothing to see\"}");
        }

        var result = await VerifyAsync(db);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("altered", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task VerifyAsync_EntryDeleted_NamesTheGap(string engine)
    {
        await using var db = await WithHistoryAsync(engine);
        await using (var context = db.NewContext())
        {
            await context.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries WHERE \"Sequence\" = 2");
        }

        var result = await VerifyAsync(db);

        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task VerifyAsync_EntryRewrittenWithFreshHash_BreaksTheNextLink(string engine)
    {
        // A forger who recomputes the altered entry's own hash still breaks the link from the entry after it.
        await using var db = await WithHistoryAsync(engine);
        await using (var context = db.NewContext())
        {
            var entry = await context.AuditEntries.SingleAsync(a => a.Sequence == 2);
            entry.Actor = "someone-else";
            var forged = entry.ComputeHash();
            await context.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"Actor\" = 'someone-else', \"Hash\" = {0} WHERE \"Sequence\" = 2", forged);
        }

        var result = await VerifyAsync(db);

        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("does not link", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task SaveChanges_ConcurrentWriters_KeepOneUnbrokenChain(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var platform = Platform.For(db, TestActors.Analyst);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            platform.InScope(sp => sp.GetRequiredService<RegistryService>().CreateAsync(Inputs.Person(paternal: "Concurrente" + i))))));

        var result = await VerifyAsync(db);
        Assert.True(result.IsIntact, result.Problem);
        await using var context = db.NewContext();
        Assert.Equal(12, await context.People.CountAsync());
        Assert.Equal(12, await context.AuditEntries.CountAsync(a => a.Action == "create" && a.EntityType == "Person" && a.Summary.Contains("\"Person\"")));
    }
}
