using System.Text.Json;
using Istmo.Core.Audit;
using Istmo.Core.Errors;
using Istmo.Data.Audit;
using Istmo.Data.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Istmo.Data;

public sealed partial class IstmoDbContext
{
    private static readonly JsonSerializerOptions SummaryJson = new() { WriteIndented = false };

    private sealed record PendingAudit(string Action, string EntityType, string? EntityId, string? Purpose, object? Summary);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        RefreshParentsOfChangedFacts();
        var now = Truncate(clock.GetUtcNow().UtcDateTime);
        StampAndVersion(now);
        var changes = DescribeChanges();
        var reindex = ChangeTracker.Entries<RegistryEntity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (e.Entity.Id, e.State == EntityState.Deleted ? string.Empty : e.Entity.SearchText, e.State == EntityState.Added))
            .ToList();
        if (changes.Count == 0 && pendingAudits.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null;
        var transaction = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await AuditChainLock.AcquireAsync(this, cancellationToken);
            await AppendAuditAsync(changes, now, cancellationToken);
            await ReindexAsync(reindex, cancellationToken);
            int written;
            try
            {
                written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            catch (DbUpdateConcurrencyException ex)
            {
                var entry = ex.Entries.FirstOrDefault();
                var id = entry?.Entity is IAudited audited ? audited.AuditEntityId : Guid.Empty;
                throw new ConcurrencyConflictException(entry?.Metadata.ClrType.Name ?? "record", id);
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            pendingAudits.Clear();
            return written;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    /// <summary>A person whose alias, nationality or document changed is itself changed: new search text, new version.</summary>
    private void RefreshParentsOfChangedFacts()
    {
        var parentIds = ChangeTracker.Entries()
            .Where(e => e.Entity is IAudited and not RegistryEntity and not EntityLink && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => ((IAudited)e.Entity).AuditEntityId)
            .ToHashSet();
        if (parentIds.Count == 0)
        {
            return;
        }

        foreach (var parent in ChangeTracker.Entries<RegistryEntity>().Where(e => parentIds.Contains(e.Entity.Id)))
        {
            parent.Entity.RefreshSearch();
            if (parent.State == EntityState.Unchanged)
            {
                parent.State = EntityState.Modified;
            }
        }
    }

    private static DateTime Truncate(DateTime utc) => new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    private void StampAndVersion(DateTime now)
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is RegistryEntity entity)
            {
                if (entry.State == EntityState.Added)
                {
                    entity.CreatedAt = now;
                    if (entity.Provenance.RecordedAt == default)
                    {
                        entity.Provenance.RecordedAt = now;
                    }
                }

                if (entry.State is EntityState.Added or EntityState.Modified)
                {
                    entity.UpdatedAt = now;
                    entity.RefreshSearch();
                }
            }

            if (entry.Entity is EntityLink link && entry.State == EntityState.Added)
            {
                link.CreatedAt = now;
                if (link.Provenance.RecordedAt == default)
                {
                    link.Provenance.RecordedAt = now;
                }
            }

            if (entry.State == EntityState.Added && entry.Entity is IAudited && entry.Metadata.FindNavigation(nameof(Provenance)) is { } nav
                && nav.GetGetter().GetClrValue(entry.Entity) is Provenance { RecordedAt.Ticks: 0 } childProvenance)
            {
                childProvenance.RecordedAt = now;
            }

            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
            {
                // The original value stays as the concurrency check; the new one is what later readers must send back.
                versioned.Version = (int)entry.Property(nameof(IVersioned.Version)).OriginalValue! + 1;
            }
        }
    }

    private List<PendingAudit> DescribeChanges()
    {
        var list = new List<PendingAudit>();
        foreach (var entry in ChangeTracker.Entries().Where(e => e.Entity is IAudited && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            var audited = (IAudited)entry.Entity;
            var action = entry.State switch
            {
                EntityState.Added => AuditActions.Create,
                EntityState.Deleted => AuditActions.Delete,
                _ => AuditActions.Update,
            };
            var summary = new Dictionary<string, object?> { ["record"] = entry.Metadata.ClrType.Name };
            var fields = new Dictionary<string, object?>();
            foreach (var property in entry.Properties.Where(p => !p.Metadata.IsShadowProperty() && !p.Metadata.IsPrimaryKey()))
            {
                if (entry.State == EntityState.Modified && !property.IsModified)
                {
                    continue;
                }

                if (property.Metadata.Name is nameof(RegistryEntity.SearchText) or nameof(RegistryEntity.UpdatedAt) or nameof(IVersioned.Version))
                {
                    continue;
                }

                fields[property.Metadata.Name] = entry.State == EntityState.Modified
                    ? new { from = property.OriginalValue, to = property.CurrentValue }
                    : entry.State == EntityState.Added ? property.CurrentValue : property.OriginalValue;
            }

            foreach (var owned in entry.References.Where(r => r.TargetEntry is not null && r.Metadata.TargetEntityType.IsOwned()))
            {
                foreach (var property in owned.TargetEntry!.Properties.Where(p => !p.Metadata.IsShadowProperty() && !p.Metadata.IsKey()))
                {
                    if (entry.State == EntityState.Modified && !property.IsModified)
                    {
                        continue;
                    }

                    fields[owned.Metadata.Name + "." + property.Metadata.Name] = property.CurrentValue;
                }
            }

            if (entry.State == EntityState.Modified && fields.Count == 0)
            {
                continue;
            }

            summary["fields"] = fields;
            list.Add(new PendingAudit(action, audited.AuditEntityType, audited.AuditEntityId.ToString(), Actor.Purpose, summary));
        }

        return list;
    }

    private async Task AppendAuditAsync(List<PendingAudit> changes, DateTime now, CancellationToken cancellationToken)
    {
        var last = await AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? AuditHash.Genesis;
        var actor = Actor;
        foreach (var pending in changes.Concat(pendingAudits))
        {
            var entry = new AuditEntry
            {
                Sequence = ++sequence,
                At = now,
                ActorId = actor.UserId,
                Actor = actor.Name,
                Agency = actor.Agency,
                Action = pending.Action,
                EntityType = pending.EntityType,
                EntityId = pending.EntityId,
                Purpose = pending.Purpose ?? actor.Purpose,
                Summary = pending.Summary is null ? "{}" : JsonSerializer.Serialize(pending.Summary, SummaryJson),
                PreviousHash = previous,
            };
            entry.Hash = entry.ComputeHash();
            previous = entry.Hash;
            AuditEntries.Add(entry);
        }
    }

    private async Task ReindexAsync(List<(Guid Id, string SearchText, bool IsNew)> entities, CancellationToken cancellationToken)
    {
        foreach (var (id, text, isNew) in entities)
        {
            if (!isNew)
            {
                await SearchTokens.Where(t => t.EntityId == id).ExecuteDeleteAsync(cancellationToken);
                foreach (var tracked in ChangeTracker.Entries<SearchToken>().Where(t => t.Entity.EntityId == id).ToList())
                {
                    tracked.State = EntityState.Detached;
                }
            }

            // Tokens are capped so that a hostile 10,000-character name cannot bloat the index.
            var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(t => t.Length > SearchToken.MaxLength ? t[..SearchToken.MaxLength] : t)
                .Distinct(StringComparer.Ordinal)
                .Take(SearchToken.MaxPerEntity);
            foreach (var token in tokens)
            {
                SearchTokens.Add(new SearchToken { Token = token, EntityId = id });
            }
        }
    }

    /// <summary>Marks the entity's version as the one the caller read, so a save fails if someone saved in between.</summary>
    public void ExpectVersion<T>(T entity, int version)
        where T : class, IVersioned
    {
        PropertyEntry property = Entry(entity).Property(nameof(IVersioned.Version));
        property.OriginalValue = version;
    }
}
