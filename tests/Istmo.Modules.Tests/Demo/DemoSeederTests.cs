using Istmo.Data;
using Istmo.Data.Registry;
using Istmo.Modules.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Istmo.Modules.Tests.Demo;

public sealed class DemoSeederTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("istmo-demo-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(directory, "istmo.db")}";

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SeedAsync_SqliteFileWith500People_HasExpectedCounts()
    {
        var expected = DemoDataGenerator.Generate(500, seed: 11).ToList();
        await using var db = await CreateMigratedAsync();
        var reported = new List<int>();

        var result = await new DemoSeeder(db).SeedAsync(500, seed: 11, new SynchronousProgress(reported.Add), CancellationToken.None);

        Assert.True(result.Seeded);
        Assert.Equal(500, result.People);
        Assert.Equal([500], reported);
        await using var check = NewContext();
        Assert.Equal(500, await check.People.CountAsync());
        Assert.Equal(expected.Sum(b => b.Organisations.Count), await check.Organisations.CountAsync());
        Assert.Equal(expected.Sum(b => b.Addresses.Count), await check.Addresses.CountAsync());
        Assert.Equal(expected.Sum(b => b.Phones.Count), await check.Phones.CountAsync());
        Assert.Equal(expected.Sum(b => b.Vessels.Count), await check.Vessels.CountAsync());
        Assert.Equal(expected.Sum(b => b.EntityCount), await check.Entities.CountAsync());
        Assert.Equal(expected.Sum(b => b.Links.Count), await check.Links.CountAsync());
        Assert.Equal(expected.Sum(b => b.People.Sum(p => p.Documents.Count)), await check.IdentityDocuments.CountAsync());
        Assert.Equal(result.Rows, await check.AuditEntries.CountAsync());
        Assert.True(await check.SearchTokens.CountAsync() > result.Entities);
        Assert.Equal(expected.Sum(b => b.People.Count(p => p.Compartment == "victims")), await check.People.CountAsync(p => p.Compartment == "victims"));
    }

    [Fact]
    public async Task SeedAsync_SavedPeople_ReadBackWithTheirFactsAndAccents()
    {
        var expected = DemoDataGenerator.Generate(120, seed: 5).SelectMany(b => b.People).ToDictionary(p => p.Id);
        await using (var db = await CreateMigratedAsync())
        {
            await new DemoSeeder(db).SeedAsync(120, seed: 5, null, CancellationToken.None);
        }

        await using var check = NewContext();
        var people = await check.People.Include(p => p.Documents).Include(p => p.Nationalities).Include(p => p.Aliases).ToListAsync();
        Assert.All(people, p =>
        {
            var source = expected[p.Id];
            Assert.Equal(source.DisplayName, p.DisplayName);
            Assert.Equal(source.Documents.Select(d => d.Number).Order(), p.Documents.Select(d => d.Number).Order());
            Assert.Equal(source.Nationalities.Count, p.Nationalities.Count);
            Assert.Equal(source.Aliases.Count, p.Aliases.Count);
            Assert.Equal(source.Provenance.SourceRecord, p.Provenance.SourceRecord);
        });
        var links = await check.Links.ToListAsync();
        var ids = (await check.Entities.Select(e => e.Id).ToListAsync()).ToHashSet();
        Assert.All(links, l => Assert.True(ids.Contains(l.FromId) && ids.Contains(l.ToId)));
    }

    [Fact]
    public async Task SeedAsync_Twice_DoesNotDuplicate()
    {
        await using var db = await CreateMigratedAsync();
        var seeder = new DemoSeeder(db);

        var first = await seeder.SeedAsync(150, seed: 3, null, CancellationToken.None);
        var second = await seeder.SeedAsync(150, seed: 3, null, CancellationToken.None);

        Assert.True(first.Seeded);
        Assert.False(second.Seeded);
        Assert.Equal(DemoSeedOutcome.RegistryNotEmpty, second.Outcome);
        Assert.Equal(150, second.People);
        Assert.Contains("already", second.Message, StringComparison.Ordinal);
        await using var check = NewContext();
        Assert.Equal(150, await check.People.CountAsync());
        Assert.Equal(first.Rows, await check.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task SeedAsync_Cancelled_StopsBetweenBatches()
    {
        await using var db = await CreateMigratedAsync();
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(_ => cancellation.Cancel());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new DemoSeeder(db).SeedAsync(2500, seed: 3, progress, cancellation.Token));

        await using var check = NewContext();
        Assert.Equal(DemoDataGenerator.BatchSize, await check.People.CountAsync());
    }

    [Fact]
    public async Task SeedAsync_AfterwardsTheContext_TracksNothingAndDetectsChangesAgain()
    {
        await using var db = await CreateMigratedAsync();

        await new DemoSeeder(db).SeedAsync(50, seed: 3, null, CancellationToken.None);

        Assert.Empty(db.ChangeTracker.Entries());
        Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);
        var person = await db.People.FirstAsync();
        person.GivenNames = "Cambiado";
        Assert.True(db.ChangeTracker.HasChanges());
    }

    private IstmoDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<IstmoDbContext>();
        DatabaseProvider.Configure(options, ConnectionString);
        return new IstmoDbContext(options.Options);
    }

    private async Task<IstmoDbContext> CreateMigratedAsync()
    {
        var db = NewContext();
        await db.Database.MigrateAsync();
        return db;
    }

    /// <summary>Reports at once on the caller's thread (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
