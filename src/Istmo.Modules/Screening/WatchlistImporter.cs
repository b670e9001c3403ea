using System.Diagnostics;
using System.Security.Cryptography;
using Istmo.Core.Audit;
using Istmo.Core.Errors;
using Istmo.Data;
using Istmo.Data.Screening;
using Microsoft.EntityFrameworkCore;

namespace Istmo.Modules.Screening;

/// <summary>What an import did.</summary>
public sealed record ImportResult(
    Guid WatchlistId,
    string Watchlist,
    int ListVersion,
    bool Changed,
    int Read,
    int Added,
    int Updated,
    int Unchanged,
    int Removed,
    int Skipped,
    IReadOnlyDictionary<string, int> SkippedBySchema,
    IReadOnlyList<RecordIssue> Issues,
    bool RemovalsSkipped,
    TimeSpan Elapsed)
{
    public int Errors => Issues.Count(i => i.IsError);
}

/// <summary>
/// Imports a watchlist file idempotently: records are keyed by their source id and compared by content hash, so the
/// same file twice changes nothing, and the list version only moves when something changed. The whole import is one
/// transaction (a crash loses nothing and duplicates nothing); it is saved in batches, each with one audit entry that
/// names the source ids it added, changed or removed (per-row audit entries would make a 1M-entry list write 1M hashed
/// chain links under the chain lock).
/// </summary>
public sealed class WatchlistImporter(IstmoDbContext db)
{
    /// <summary>Rows saved per batch.</summary>
    public const int BatchSize = 2_000;

    /// <summary>Reads and imports a file into the named watchlist, creating the watchlist if needed.</summary>
    public async Task<ImportResult> ImportAsync(
        string name, Stream file, RecordFormat format, ColumnMap? map = null, string? description = null, string? source = null,
        IProgress<string>? progress = null, DateOrder? dateOrder = null, CancellationToken ct = default)
    {
        var clean = RecordText.Clean(name);
        if (clean is null || clean.Length > 128)
        {
            throw new ValidationFailedException("name", clean is null ? "The watchlist name is required." : "The watchlist name has at most 128 characters.");
        }

        var stopwatch = Stopwatch.StartNew();
        // The hashing stream cannot seek, so the dates' order is read from the file before it is wrapped.
        dateOrder ??= format == RecordFormat.Csv && file.CanSeek ? RecordReaders.DetectDateOrder(file, map) : null;
        var hashing = new HashingStream(file);
        ReadResult read;
        try
        {
            read = RecordReaders.Read(hashing, format, map, new Progress<int>(n => progress?.Report($"read {n:N0} records")), dateOrder: dateOrder);
        }
        catch (FormatException ex)
        {
            throw new ValidationFailedException("file", FileFormatException.For(ex));
        }

        var fileHash = hashing.Hash();
        progress?.Report($"read {read.Records.Count:N0} records, {read.ErrorCount:N0} errors, {read.SkippedCount:N0} skipped");

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var watchlist = await db.Watchlists.FirstOrDefaultAsync(w => w.Name == clean, ct);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        if (watchlist is null)
        {
            watchlist = new Watchlist { Name = clean, Description = description, Source = source, CreatedAt = now, UpdatedAt = now };
            db.Watchlists.Add(watchlist);
        }

        var existing = await db.WatchlistEntries.AsNoTracking()
            .Where(e => e.WatchlistId == watchlist.Id)
            .Select(e => new { e.Id, e.SourceId, e.ContentHash, e.Removed })
            .ToDictionaryAsync(e => e.SourceId, StringComparer.Ordinal, ct);
        var toAdd = new List<(SourceRecord Record, string Hash)>();
        var toUpdate = new List<(SourceRecord Record, string Hash, Guid Id)>();
        var unchanged = 0;
        foreach (var record in read.Records)
        {
            var hash = record.ContentHash();
            if (!existing.TryGetValue(record.Id, out var old))
            {
                toAdd.Add((record, hash));
            }
            else if (old.Removed || old.ContentHash != hash)
            {
                toUpdate.Add((record, hash, old.Id));
            }
            else
            {
                unchanged++;
            }
        }

        // When some lines could not be read their ids are unknown, so nothing is removed rather than removing them by mistake.
        var removalsSkipped = read.ErrorCount > 0;
        var present = read.Records.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var toRemove = removalsSkipped ? [] : existing.Values.Where(e => !e.Removed && !present.Contains(e.SourceId)).Select(e => (e.Id, e.SourceId)).ToList();
        var changed = toAdd.Count + toUpdate.Count + toRemove.Count > 0;
        if (!changed && db.Entry(watchlist).State != EntityState.Added)
        {
            return Result(false);
        }

        var version = watchlist.ListVersion + 1;
        watchlist.ListVersion = version;
        watchlist.UpdatedAt = now;
        watchlist.LastFileHash = fileHash;
        watchlist.EntryCount = existing.Values.Count(e => !e.Removed) + toAdd.Count + toUpdate.Count(u => existing[u.Record.Id].Removed) - toRemove.Count;
        if (description is not null)
        {
            watchlist.Description = description;
        }

        if (source is not null)
        {
            watchlist.Source = source;
        }

        db.RecordAudit("import", "Watchlist", watchlist.Id.ToString(), null, new
        {
            watchlist = watchlist.Name,
            version,
            file = fileHash,
            format = format.ToString(),
            added = toAdd.Count,
            updated = toUpdate.Count,
            removed = toRemove.Count,
            unchanged,
            errors = read.ErrorCount,
            skipped = read.SkippedCount,
        });
        await db.SaveChangesAsync(ct);

        var done = 0;
        foreach (var batch in toAdd.Chunk(BatchSize))
        {
            foreach (var (record, hash) in batch)
            {
                var entry = new WatchlistEntry { WatchlistId = watchlist.Id, SourceId = record.Id, FirstSeenVersion = version };
                Apply(entry, record, hash, version, now);
                db.WatchlistEntries.Add(entry);
            }

            await SaveBatchAsync(watchlist, version, "added", batch.Select(b => b.Record.Id), ct);
            done += batch.Length;
            progress?.Report($"saved {done:N0} of {toAdd.Count + toUpdate.Count:N0}");
        }

        foreach (var batch in toUpdate.Chunk(BatchSize))
        {
            var ids = batch.Select(b => b.Id).ToList();
            var rows = await db.WatchlistEntries.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
            foreach (var (record, hash, id) in batch)
            {
                Apply(rows[id], record, hash, version, now);
                rows[id].Removed = false;
            }

            await SaveBatchAsync(watchlist, version, "updated", batch.Select(b => b.Record.Id), ct);
            done += batch.Length;
            progress?.Report($"saved {done:N0} of {toAdd.Count + toUpdate.Count:N0}");
        }

        foreach (var batch in toRemove.Chunk(BatchSize))
        {
            var ids = batch.Select(b => b.Id).ToList();
            await db.WatchlistEntries.Where(e => ids.Contains(e.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Removed, true).SetProperty(e => e.UpdatedAt, now), ct);
            await SaveBatchAsync(watchlist, version, "removed", batch.Select(b => b.SourceId), ct);
        }

        // Unchanged records were seen in this version too.
        await db.WatchlistEntries.Where(e => e.WatchlistId == watchlist.Id && !e.Removed && e.LastSeenVersion < version)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LastSeenVersion, version), ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return Result(true);

        ImportResult Result(bool didChange) => new(
            watchlist.Id, watchlist.Name, watchlist.ListVersion, didChange, read.Records.Count, didChange ? toAdd.Count : 0, didChange ? toUpdate.Count : 0,
            unchanged, didChange ? toRemove.Count : 0, read.SkippedCount, read.Skipped, read.Issues, removalsSkipped, stopwatch.Elapsed);
    }

    /// <summary>Every watchlist with its entry count, newest change first.</summary>
    public Task<List<Watchlist>> ListAsync(CancellationToken ct = default) =>
        db.Watchlists.AsNoTracking().OrderBy(w => w.Name).ToListAsync(ct);

    private static void Apply(WatchlistEntry entry, SourceRecord record, string hash, int version, DateTime now)
    {
        entry.Schema = record.Schema.ToString();
        entry.Caption = record.Caption;
        entry.Names = [.. record.Names];
        entry.GivenNames = record.GivenNames;
        entry.PaternalSurname = record.PaternalSurname;
        entry.MaternalSurname = record.MaternalSurname;
        entry.BirthDate = record.BirthDate;
        entry.Gender = record.Gender;
        entry.Nationalities = [.. record.Nationalities];
        entry.DocumentNumbers = [.. record.DocumentNumbers];
        entry.Properties = record.PropertiesJson();
        entry.ContentHash = hash;
        entry.LastSeenVersion = version;
        entry.UpdatedAt = now;
    }

    private async Task SaveBatchAsync(Watchlist watchlist, int version, string what, IEnumerable<string> sourceIds, CancellationToken ct)
    {
        var ids = sourceIds.ToList();
        db.RecordAudit(AuditActions.Update, "Watchlist", watchlist.Id.ToString(), null, new { watchlist = watchlist.Name, version, entries = what, count = ids.Count, sourceIds = ids });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        db.Attach(watchlist);
    }

    /// <summary>Passes reads through while hashing them, so the file's SHA-256 is known without reading it twice.</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private string? final;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        /// <summary>The SHA-256 of everything read (the readers dispose this stream when done, which fixes the value).</summary>
        public string Hash() => final ??= Convert.ToHexStringLower(hash.GetHashAndReset());

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            hash.AppendData(buffer, offset, n);
            return n;
        }

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            hash.AppendData(buffer[..n]);
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Hash();
                hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
