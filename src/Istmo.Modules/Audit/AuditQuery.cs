using Istmo.Data;
using Istmo.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Istmo.Modules.Audit;

/// <summary>Filters for the audit page and API; every filter is optional.</summary>
public sealed record AuditFilter(string? Actor = null, string? EntityType = null, string? EntityId = null, DateTime? FromUtc = null, DateTime? ToUtc = null, long? BeforeSequence = null, int Limit = 100);

/// <summary>Reads the audit chain for administrators, newest first, paged by sequence.</summary>
public sealed class AuditQuery(IstmoDbContext db)
{
    public async Task<List<AuditEntry>> ListAsync(AuditFilter filter, CancellationToken ct = default)
    {
        var query = db.AuditEntries.AsNoTracking().AsQueryable();
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim();
            query = query.Where(a => a.Actor == actor);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            var type = filter.EntityType.Trim();
            query = query.Where(a => a.EntityType == type);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            var id = filter.EntityId.Trim();
            query = query.Where(a => a.EntityId == id);
        }

        if (filter.FromUtc is { } from)
        {
            query = query.Where(a => a.At >= from);
        }

        if (filter.ToUtc is { } to)
        {
            query = query.Where(a => a.At < to);
        }

        if (filter.BeforeSequence is { } before)
        {
            query = query.Where(a => a.Sequence < before);
        }

        return await query.OrderByDescending(a => a.Sequence).Take(Math.Clamp(filter.Limit, 1, 500)).ToListAsync(ct);
    }
}
