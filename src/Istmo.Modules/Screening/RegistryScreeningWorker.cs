using Istmo.Data;
using Istmo.Data.Screening;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Istmo.Modules.Screening;

/// <summary>
/// Screens registry people created or changed since the last pass, every Istmo:Screening:PollSeconds (default 30; 0 turns it
/// off). Progress is kept per watchlist version in screening_checkpoints, so a new import rescreens everyone against it
/// and a restart resumes where it stopped. Alerts are unique per pair, so two nodes polling at once raise each pair once.
/// </summary>
public sealed class RegistryScreeningWorker(IServiceScopeFactory scopes, ILogger<RegistryScreeningWorker> logger, IConfiguration? configuration = null) : BackgroundService
{
    private const int BatchSize = 500;

    /// <summary>Runs one pass over every watchlist; returns the number of people screened.</summary>
    public static async Task<int> RunOnceAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<IstmoDbContext>();
        var screening = services.GetRequiredService<ScreeningService>();
        var total = 0;
        foreach (var index in await screening.IndexesAsync(null, ct))
        {
            var name = $"people@{index.WatchlistId:N}:{index.ListVersion}";
            while (true)
            {
                var checkpoint = await db.ScreeningCheckpoints.FirstOrDefaultAsync(c => c.Name == name, ct);
                var since = checkpoint?.LastUpdatedAt ?? DateTime.MinValue;
                var batch = await db.People.AsNoTracking().AsSplitQuery().Include(p => p.Aliases).Include(p => p.Nationalities).Include(p => p.Documents)
                    .Where(p => p.UpdatedAt > since && p.MergedIntoId == null).OrderBy(p => p.UpdatedAt).Take(BatchSize).ToListAsync(ct);
                if (batch.Count == 0)
                {
                    break;
                }

                // Everyone stamped with the batch's last instant is taken too, so the checkpoint never splits a tie.
                var last = batch[^1].UpdatedAt;
                var seen = batch.Select(p => p.Id).ToHashSet();
                batch.AddRange((await db.People.AsNoTracking().AsSplitQuery().Include(p => p.Aliases).Include(p => p.Nationalities).Include(p => p.Documents)
                    .Where(p => p.UpdatedAt == last && p.MergedIntoId == null).ToListAsync(ct)).Where(p => !seen.Contains(p.Id)));
                await screening.ScreenPeopleAsync(batch, [index], ct);
                db.ChangeTracker.Clear();
                if (checkpoint is null)
                {
                    db.ScreeningCheckpoints.Add(new ScreeningCheckpoint { Name = name, LastUpdatedAt = last });
                }
                else
                {
                    checkpoint.LastUpdatedAt = last;
                    db.Attach(checkpoint).Property(c => c.LastUpdatedAt).IsModified = true;
                }

                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                total += batch.Count;
            }
        }

        return total;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = int.TryParse(configuration?["Istmo:Screening:PollSeconds"], out var s) ? s : 30;
        if (seconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var n = await RunOnceAsync(scope.ServiceProvider, stoppingToken);
                if (n > 0)
                {
                    logger.LogInformation("Screened {Count} registry people against the watchlists", n);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or Core.Errors.ValidationFailedException)
            {
                logger.LogWarning(ex, "Registry screening pass failed; it will be retried");
            }
        }
    }
}
