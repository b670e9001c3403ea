using System.Collections.Concurrent;
using Istmo.Data;
using Istmo.Data.Screening;
using Istmo.Matching;
using Microsoft.EntityFrameworkCore;

namespace Istmo.Modules.Screening;

/// <summary>An index over one version of a watchlist, with what results need to show about each candidate.</summary>
public sealed record LoadedIndex(Guid WatchlistId, string Watchlist, int ListVersion, MatchIndex Index, IReadOnlyDictionary<string, CandidateInfo> Candidates);

/// <summary>What a result shows of a watchlist entry without another query.</summary>
public sealed record CandidateInfo(Guid EntryId, string SourceId, string Caption, string Schema);

/// <summary>
/// Built match indexes, one per watchlist, rebuilt when the watchlist's import version moves. Thread-safe: one build per
/// watchlist at a time; searches run on the immutable index without locks. Each node builds its own (see ARCHITECTURE).
/// </summary>
public sealed class ScreeningIndexCache
{
    private readonly ConcurrentDictionary<Guid, LoadedIndex> built = new();
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> gates = new();

    /// <summary>The index of the watchlist's current version, built on first use.</summary>
    public async Task<LoadedIndex> GetAsync(IstmoDbContext db, Watchlist watchlist, CancellationToken ct = default)
    {
        if (built.TryGetValue(watchlist.Id, out var ready) && ready.ListVersion == watchlist.ListVersion)
        {
            return ready;
        }

        var gate = gates.GetOrAdd(watchlist.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            if (built.TryGetValue(watchlist.Id, out ready) && ready.ListVersion == watchlist.ListVersion)
            {
                return ready;
            }

            var entries = await db.WatchlistEntries.AsNoTracking().Where(e => e.WatchlistId == watchlist.Id && !e.Removed).ToListAsync(ct);
            var index = MatchIndex.Build(entries.Select(ToMatchEntity));
            var candidates = entries.ToDictionary(e => e.Id.ToString(), e => new CandidateInfo(e.Id, e.SourceId, e.Caption, e.Schema), StringComparer.Ordinal);
            ready = new LoadedIndex(watchlist.Id, watchlist.Name, watchlist.ListVersion, index, candidates);
            built[watchlist.Id] = ready;
            return ready;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Drops every built index (tests, or after a restore).</summary>
    public void Clear() => built.Clear();

    /// <summary>A watchlist entry as the engine sees it; its id is the entry's GUID.</summary>
    public static MatchEntity ToMatchEntity(WatchlistEntry e) => new()
    {
        Id = e.Id.ToString(),
        Schema = Enum.TryParse<EntitySchema>(e.Schema, out var schema) && Enum.IsDefined(schema) ? schema : EntitySchema.Person,
        Names = e.Names,
        GivenNames = e.GivenNames,
        PaternalSurname = e.PaternalSurname,
        MaternalSurname = e.MaternalSurname,
        BirthDate = e.BirthDate is not null && PartialDate.TryParse(e.BirthDate, out var d, out _) ? d : null,
        Sex = e.Gender,
        Nationalities = e.Nationalities,
        DocumentNumbers = e.DocumentNumbers,
    };
}
