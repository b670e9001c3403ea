using System.Diagnostics;
using System.Runtime;
using Istmo.Data;
using Microsoft.EntityFrameworkCore;

namespace Istmo.Modules.Demo;

/// <summary>Whether a demo seed ran.</summary>
public enum DemoSeedOutcome
{
    /// <summary>The demo data was written.</summary>
    Seeded,

    /// <summary>Nothing was written because the registry already holds people.</summary>
    RegistryNotEmpty,
}

/// <summary>What a demo seed wrote and how long it took.</summary>
public sealed record DemoSeedResult(
    DemoSeedOutcome Outcome,
    int People,
    int Entities,
    int Facts,
    int Links,
    TimeSpan Elapsed)
{
    /// <summary>True when the data was written.</summary>
    public bool Seeded => Outcome == DemoSeedOutcome.Seeded;

    /// <summary>Every row written and audited: entities, their facts and links.</summary>
    public int Rows => Entities + Facts + Links;

    /// <summary>A one-line account for logs and the command line.</summary>
    public string Message => Outcome == DemoSeedOutcome.Seeded
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Seeded {People:N0} people, {Entities:N0} entities, {Facts:N0} facts and {Links:N0} links in {Elapsed.TotalSeconds:F1} s.")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Not seeded: the registry already holds {People:N0} people.");
}

/// <summary>
/// Writes demo data batch by batch: one save (one transaction with its audit entries and search tokens) per batch,
/// with the change tracker cleared between batches so memory stays flat. Refuses when the registry has people, so
/// seeding twice never duplicates.
/// </summary>
public sealed class DemoSeeder(IstmoDbContext db)
{
    // SQLite's default page cache is 2 MB; 256 MB keeps the search-token and audit indexes in memory while they grow.
    private const string LargeSqliteCache = "PRAGMA cache_size = -262144";
    private const string DefaultSqliteCache = "PRAGMA cache_size = -2000";

    /// <summary>Seeds <paramref name="people"/> people and what surrounds them; progress reports people saved so far.</summary>
    public async Task<DemoSeedResult> SeedAsync(
        int people,
        int seed = DemoDataGenerator.DefaultSeed,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(people);
        var stopwatch = Stopwatch.StartNew();
        var existing = await db.People.CountAsync(cancellationToken);
        if (existing > 0)
        {
            return new DemoSeedResult(DemoSeedOutcome.RegistryNotEmpty, existing, 0, 0, 0, stopwatch.Elapsed);
        }

        int savedPeople = 0, entities = 0, facts = 0, links = 0;
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        var latency = GCSettings.LatencyMode;
        var sqlite = db.Database.IsSqlite();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        // One connection for the whole run; on SQLite with a page cache big enough for the indexes being filled.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync(LargeSqliteCache, cancellationToken);
            }

            // Each batch keeps tens of thousands of tracked objects alive across collections; avoid blocking gen 2.
            GCSettings.LatencyMode = GCLatencyMode.SustainedLowLatency;
            foreach (var batch in DemoDataGenerator.Generate(people, seed))
            {
                cancellationToken.ThrowIfCancellationRequested();
                db.Entities.AddRange(batch.Entities);
                db.Links.AddRange(batch.Links);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();

                savedPeople += batch.People.Count;
                entities += batch.EntityCount;
                facts += batch.FactCount;
                links += batch.Links.Count;
                progress?.Report(savedPeople);
            }
        }
        finally
        {
            GCSettings.LatencyMode = latency;
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync(DefaultSqliteCache, CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }

        return new DemoSeedResult(DemoSeedOutcome.Seeded, savedPeople, entities, facts, links, stopwatch.Elapsed);
    }
}
