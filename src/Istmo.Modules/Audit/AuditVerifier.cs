using Istmo.Core.Audit;
using Istmo.Data;
using Microsoft.EntityFrameworkCore;

namespace Istmo.Modules.Audit;

/// <summary>The outcome of walking the chain: how many entries were checked and the first broken one, if any.</summary>
public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenSequence, string? Problem)
{
    public bool IsIntact => FirstBrokenSequence is null;
}

/// <summary>Walks the audit chain from the first entry and names the first entry that was altered, removed or inserted.</summary>
public sealed class AuditVerifier(IstmoDbContext db)
{
    private const int BatchSize = 5000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        long checkedCount = 0;
        long expectedSequence = 1;
        var previousHash = AuditHash.Genesis;
        while (true)
        {
            var from = expectedSequence;
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence >= from).OrderBy(a => a.Sequence).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return new AuditVerification(checkedCount, null, null);
            }

            foreach (var entry in batch)
            {
                if (entry.Sequence != expectedSequence)
                {
                    return new AuditVerification(checkedCount, expectedSequence, $"entry {expectedSequence} is missing");
                }

                if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
                {
                    return new AuditVerification(checkedCount, entry.Sequence, $"entry {entry.Sequence} does not link to entry {entry.Sequence - 1}");
                }

                if (!string.Equals(entry.ComputeHash(), entry.Hash, StringComparison.Ordinal))
                {
                    return new AuditVerification(checkedCount, entry.Sequence, $"entry {entry.Sequence} was altered after it was written");
                }

                previousHash = entry.Hash;
                expectedSequence++;
                checkedCount++;
            }
        }
    }
}
