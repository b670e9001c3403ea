using Istmo.Data.Screening;
using Microsoft.EntityFrameworkCore;

namespace Istmo.Data;

public sealed partial class IstmoDbContext
{
    public DbSet<Watchlist> Watchlists => Set<Watchlist>();

    public DbSet<WatchlistEntry> WatchlistEntries => Set<WatchlistEntry>();

    public DbSet<ScreeningAlert> ScreeningAlerts => Set<ScreeningAlert>();

    public DbSet<AlertComment> AlertComments => Set<AlertComment>();

    public DbSet<ScreeningCheckpoint> ScreeningCheckpoints => Set<ScreeningCheckpoint>();

    public DbSet<DuplicateCluster> DuplicateClusters => Set<DuplicateCluster>();

    public DbSet<MergeRecord> MergeRecords => Set<MergeRecord>();
}
