using Microsoft.EntityFrameworkCore;

namespace Istmo.Data;

/// <summary>
/// Serialises writers of the audit chain within their transaction, so two saves never link to the same previous
/// entry. SQLite needs nothing: Microsoft.Data.Sqlite begins transactions IMMEDIATE, which already admits one writer.
/// </summary>
internal static class AuditChainLock
{
    // Arbitrary constant naming the audit chain among PostgreSQL advisory locks.
    private const long ChainLockKey = 0x15_7_40_A0D17;

    public static async Task AcquireAsync(IstmoDbContext context, CancellationToken cancellationToken)
    {
        if (context.Database.IsNpgsql())
        {
            await context.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", cancellationToken);
        }
    }
}
