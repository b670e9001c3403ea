using Istmo.Data.Screening;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Istmo.Data.Configurations;

internal sealed class ScreeningConfigurations :
    IEntityTypeConfiguration<Watchlist>, IEntityTypeConfiguration<WatchlistEntry>, IEntityTypeConfiguration<ScreeningAlert>,
    IEntityTypeConfiguration<AlertComment>, IEntityTypeConfiguration<ScreeningCheckpoint>, IEntityTypeConfiguration<DuplicateCluster>,
    IEntityTypeConfiguration<MergeRecord>
{
    public void Configure(EntityTypeBuilder<Watchlist> builder)
    {
        builder.ToTable("watchlists");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Name).HasMaxLength(128).IsRequired();
        builder.Property(w => w.Description).HasMaxLength(1000);
        builder.Property(w => w.Source).HasMaxLength(500);
        builder.Property(w => w.LastFileHash).HasMaxLength(64);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasIndex(w => w.Name).IsUnique();
    }

    public void Configure(EntityTypeBuilder<WatchlistEntry> builder)
    {
        builder.ToTable("watchlist_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.SourceId).HasMaxLength(256).IsRequired();
        builder.Property(e => e.Schema).HasMaxLength(32).IsRequired();
        builder.Property(e => e.Caption).HasMaxLength(1000).IsRequired();
        builder.Property(e => e.GivenNames).HasMaxLength(500);
        builder.Property(e => e.PaternalSurname).HasMaxLength(500);
        builder.Property(e => e.MaternalSurname).HasMaxLength(500);
        builder.Property(e => e.BirthDate).HasMaxLength(32);
        builder.Property(e => e.Gender).HasMaxLength(16);
        builder.Property(e => e.ContentHash).HasMaxLength(64).IsRequired();
        builder.HasOne<Watchlist>().WithMany().HasForeignKey(e => e.WatchlistId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.WatchlistId, e.SourceId }).IsUnique();
        builder.HasIndex(e => new { e.WatchlistId, e.Removed });
    }

    public void Configure(EntityTypeBuilder<ScreeningAlert> builder)
    {
        builder.ToTable("screening_alerts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ExplanationText).HasMaxLength(4000).IsRequired();
        builder.Property(a => a.AssignedTo).HasMaxLength(256);
        builder.Property(a => a.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(a => a.DecidedBy).HasMaxLength(256);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(a => a.Version).IsConcurrencyToken();

        // One alert per (person, entry) pair, whatever its status: a decided pair is never raised again.
        builder.HasIndex(a => new { a.PersonId, a.WatchlistEntryId }).IsUnique();
        builder.HasIndex(a => new { a.Status, a.CreatedAt });
        builder.HasMany(a => a.Comments).WithOne().HasForeignKey(c => c.AlertId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AlertComment> builder)
    {
        builder.ToTable("screening_alert_comments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Author).HasMaxLength(256).IsRequired();
        builder.Property(c => c.Text).HasMaxLength(4000).IsRequired();
    }

    public void Configure(EntityTypeBuilder<ScreeningCheckpoint> builder)
    {
        builder.ToTable("screening_checkpoints");
        builder.HasKey(c => c.Name);
        builder.Property(c => c.Name).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<DuplicateCluster> builder)
    {
        builder.ToTable("duplicate_clusters");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.DecidedBy).HasMaxLength(256);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.Status, c.CreatedAt });
    }

    public void Configure(EntityTypeBuilder<MergeRecord> builder)
    {
        builder.ToTable("merge_records");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.MergedBy).HasMaxLength(256).IsRequired();
        builder.Property(m => m.UndoneBy).HasMaxLength(256);
        builder.HasIndex(m => m.SurvivorId);
    }
}
