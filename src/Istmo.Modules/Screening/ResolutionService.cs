using System.Text.Json;
using Istmo.Core.Audit;
using Istmo.Core.Errors;
using Istmo.Data;
using Istmo.Data.Registry;
using Istmo.Data.Screening;
using Istmo.Matching;
using Microsoft.EntityFrameworkCore;

namespace Istmo.Modules.Screening;

/// <summary>A group of records believed to be one entity, with the scored pairs that joined them.</summary>
public sealed record ResolvedCluster(IReadOnlyList<string> Members, IReadOnlyList<(string A, string B, double Score, IReadOnlyList<LinkFactor> Factors)> Pairs)
{
    /// <summary>The best pair score.</summary>
    public double MaxScore => Pairs.Count == 0 ? 0 : Pairs.Max(p => p.Score);
}

/// <summary>A proposed or decided duplicate cluster, with member names.</summary>
public sealed record ClusterView(Guid Id, ClusterStatus Status, double MaxScore, IReadOnlyList<ClusterMember> Members, IReadOnlyList<PairView> Pairs, DateTime CreatedAt, string? DecidedBy, Guid? MergeRecordId, int Version);

/// <summary>One member of a cluster.</summary>
public sealed record ClusterMember(Guid Id, string Name, string? BirthDate, Guid? MergedIntoId);

/// <summary>
/// The score of one pair of members, and the resolver's evidence for it (stored when the cluster is proposed; absent in
/// clusters proposed before it was kept).
/// </summary>
public sealed record PairScore(Guid A, Guid B, double Score, IReadOnlyList<StoredFactor>? Factors = null);

/// <summary>One factor of a pair's evidence as stored: feature, level index, weight in bits, name-frequency adjustment.</summary>
public sealed record StoredFactor(string F, int L, double W, double Tf = 0);

/// <summary>
/// A linked pair of a cluster as shown for review: its match probability, why the two look alike (the screening engine's
/// explanation of the pair: aligned name parts, birth date, nationality, documents) and the resolver's evidence (the prior
/// and each compared feature's level and weight in bits, codes <c>resolver.prior</c> and <c>resolver.FEATURE.LEVEL</c>).
/// Both are empty when either person is in a compartment: their facts are read one record at a time, with a stated
/// purpose.
/// </summary>
public sealed record PairView(Guid A, Guid B, double Score, IReadOnlyList<ExplanationView> Items, IReadOnlyList<ExplanationView> Evidence);

/// <summary>Confirming a cluster: which member survives (default: the oldest record).</summary>
public sealed record ConfirmInput(Guid? SurvivorId, int? Version);

/// <summary>
/// Entity resolution: finds records that are the same person (the matching engine's <see cref="EntityResolver"/>, the one
/// resolver the CLI and the benchmark also use), proposes registry clusters for review (rejected clusters are remembered
/// as false positives), merges confirmed clusters into a survivor keeping every fact's provenance, and undoes merges exactly.
/// </summary>
public sealed class ResolutionService(IstmoDbContext db)
{
    /// <summary>
    /// Default match probability for two records to be joined (the engine's Fellegi–Sunter posterior): an even chance,
    /// which gave the best pairwise F1 on generated registry data and on public deduplication sets; proposed registry
    /// clusters are reviewed by an analyst before any merge, and a stricter value can be passed.
    /// </summary>
    public const double DefaultThreshold = 0.50;

    /// <summary>
    /// Clusters records (no database) with the engine's <see cref="EntityResolver"/>: blocking, Fellegi–Sunter weights
    /// trained by EM on the records themselves, links at <paramref name="threshold"/> (a match probability) and clusters
    /// that refuse contradictory facts. Adjudicated false positives are never joined; confirmed pairs always are.
    /// Singletons are not returned; clusters come in the order of their first record.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="threshold">Match probability at or above which two records are joined.</param>
    /// <param name="progress">Told the records resolved.</param>
    /// <param name="adjudications">Analysts' decisions on pairs.</param>
    /// <param name="explain">Give each pair its evidence (each feature's level and weight; one more comparison per pair).</param>
    public static IReadOnlyList<ResolvedCluster> Resolve(IReadOnlyList<MatchEntity> records, double threshold = DefaultThreshold, IProgress<int>? progress = null, Adjudications? adjudications = null, bool explain = false)
    {
        if (records.Count < 2)
        {
            return [];
        }

        var options = new ResolverOptions { MatchProbability = Math.Clamp(threshold, 0.01, 0.999), ExplainLinks = explain };
        var result = new EntityResolver(options).Resolve(records, adjudications);
        progress?.Report(records.Count);
        var position = new Dictionary<string, int>(records.Count, StringComparer.Ordinal);
        for (int i = 0; i < records.Count; i++)
        {
            position.TryAdd(records[i].Id, i);
        }

        var clusterOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var multi = result.Clusters.Where(c => c.Count > 1).ToList();
        for (int c = 0; c < multi.Count; c++)
        {
            foreach (var id in multi[c])
            {
                clusterOf[id] = c;
            }
        }

        var pairs = multi.Select(_ => new List<(string, string, double, IReadOnlyList<LinkFactor>)>()).ToList();
        foreach (var link in result.Links)
        {
            if (clusterOf.TryGetValue(link.A, out var c))
            {
                pairs[c].Add((link.A, link.B, Math.Round(link.Probability, 4), link.Factors));
            }
        }

        return [.. multi.Select((members, c) => (members, c))
            .OrderBy(x => x.members.Min(id => position.GetValueOrDefault(id, int.MaxValue)))
            .Select(x => new ResolvedCluster([.. x.members.OrderBy(id => position.GetValueOrDefault(id, int.MaxValue))], pairs[x.c]))];
    }

    /// <summary>Runs resolution over the registry's people (not merged) and stores new clusters as Proposed; returns those created.</summary>
    public async Task<IReadOnlyList<ClusterView>> ProposeAsync(double threshold = DefaultThreshold, CancellationToken ct = default)
    {
        if (double.IsNaN(threshold) || threshold is < 0.5 or > 1)
        {
            throw new ValidationFailedException("threshold", Msg.T("Debe estar entre 0.5 y 1.", "Must be between 0.5 and 1."));
        }

        var people = await db.People.AsNoTracking().AsSplitQuery().Where(p => p.MergedIntoId == null)
            .Include(p => p.Aliases).Include(p => p.Nationalities).Include(p => p.Documents).ToListAsync(ct);
        var entities = people.Select(ScreeningService.ToMatchEntity).Where(e => e.Names.Count > 0 || e.DocumentNumbers.Count > 0).ToList();
        // Analysts' decisions: members of a rejected cluster are false positives for each other and are never joined again.
        var decided = await db.DuplicateClusters.AsNoTracking().Select(c => new { c.MemberIds, c.Status }).ToListAsync(ct);
        var adjudications = new Adjudications();
        foreach (var rejected in decided.Where(d => d.Status == ClusterStatus.Rejected))
        {
            for (int x = 0; x < rejected.MemberIds.Count; x++)
            {
                for (int y = x + 1; y < rejected.MemberIds.Count; y++)
                {
                    adjudications.AddFalsePositive(rejected.MemberIds[x].ToString(), rejected.MemberIds[y].ToString());
                }
            }
        }

        // Two people with different cédulas are two people: their pairs in the proposed clusters are forbidden and the
        // registry resolved again (a few rounds: the new clusters may join another such pair); a cluster still joining one
        // after that is not proposed.
        var documents = people.ToDictionary(p => p.Id.ToString(), p => (IReadOnlyCollection<IdentityDocument>)p.Documents, StringComparer.Ordinal);
        List<(string A, string B)> Conflicts(IEnumerable<ResolvedCluster> found) =>
            [.. found.SelectMany(c => c.Members.SelectMany((a, x) => c.Members.Skip(x + 1).Select(b => (a, b))))
                .Where(p => DocumentConflicts.Conflict(documents[p.a], documents[p.b]))];

        var clusters = Resolve(entities, threshold, adjudications: adjudications, explain: true);
        for (int round = 0; round < 3; round++)
        {
            var conflicts = Conflicts(clusters);
            if (conflicts.Count == 0)
            {
                break;
            }

            conflicts.ForEach(p => adjudications.AddFalsePositive(p.A, p.B));
            clusters = Resolve(entities, threshold, adjudications: adjudications, explain: true);
        }

        clusters = [.. clusters.Where(c => Conflicts([c]).Count == 0)];
        var known = decided.Select(c => Key(c.MemberIds)).ToHashSet(StringComparer.Ordinal);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var created = new List<DuplicateCluster>();
        foreach (var c in clusters)
        {
            var members = c.Members.Select(Guid.Parse).Order().ToList();
            if (!known.Add(Key(members)))
            {
                continue;
            }

            created.Add(new DuplicateCluster
            {
                MemberIds = members,
                Scores = JsonSerializer.Serialize(c.Pairs.Select(p => new PairScore(Guid.Parse(p.A), Guid.Parse(p.B), p.Score, Stored(p.Factors))), ScreeningService.Json),
                MaxScore = c.MaxScore,
                Status = ClusterStatus.Proposed,
                CreatedAt = now,
            });
        }

        if (created.Count > 0)
        {
            db.DuplicateClusters.AddRange(created);
            await db.SaveChangesAsync(ct);
        }

        return await ViewsAsync(created, ct);
    }

    /// <summary>Clusters, best score first, optionally of one status.</summary>
    public async Task<IReadOnlyList<ClusterView>> ListAsync(ClusterStatus? status = null, int limit = 200, CancellationToken ct = default)
    {
        var query = db.DuplicateClusters.AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(c => c.Status == s);
        }

        var rows = await query.OrderByDescending(c => c.CreatedAt).Take(Math.Clamp(limit, 1, 1000)).ToListAsync(ct);
        return await ViewsAsync([.. rows.OrderByDescending(r => r.MaxScore)], ct);
    }

    /// <summary>Rejects a proposed cluster: its members are not duplicates.</summary>
    public async Task RejectAsync(Guid id, int? version = null, CancellationToken ct = default)
    {
        var cluster = await LoadProposedAsync(id, version, ct);
        cluster.Status = ClusterStatus.Rejected;
        cluster.DecidedAt = db.Clock.GetUtcNow().UtcDateTime;
        cluster.DecidedBy = db.Actor.Name;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Confirms a cluster and merges its members into the survivor; returns the merge record id.</summary>
    public async Task<Guid> ConfirmAsync(Guid id, Guid? survivorId = null, int? version = null, CancellationToken ct = default)
    {
        var cluster = await LoadProposedAsync(id, version, ct);
        var members = await db.People.AsSplitQuery().Include(p => p.Aliases).Include(p => p.Nationalities).Include(p => p.Documents)
            .Where(p => cluster.MemberIds.Contains(p.Id)).ToListAsync(ct);
        if (members.Count != cluster.MemberIds.Count || members.Any(m => m.MergedIntoId is not null))
        {
            throw new ValidationFailedException("members", Msg.T("Algún miembro ya no existe o ya fue fusionado; vuelva a ejecutar la resolución.", "A member no longer exists or was already merged; run resolution again."));
        }

        var survivor = survivorId is { } sid
            ? members.FirstOrDefault(m => m.Id == sid) ?? throw new ValidationFailedException("survivorId", Msg.T("El sobreviviente debe ser miembro del grupo.", "The survivor must be a member of the cluster."))
            : members.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).First();
        var merged = members.Where(m => m.Id != survivor.Id).ToList();
        var mergedIds = merged.Select(m => m.Id).ToHashSet();
        var details = new MergeDetails();
        foreach (var m in merged)
        {
            var names = survivor.Aliases.Select(a => a.FullName).Append(survivor.Describe()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var name in new[] { (Name: m.Describe(), m.Provenance) }.Concat(m.Aliases.Select(a => (Name: a.FullName, a.Provenance))))
            {
                if (names.Add(name.Name))
                {
                    var alias = new PersonAlias { PersonId = survivor.Id, FullName = name.Name, Provenance = name.Provenance.Copy() };
                    survivor.Aliases.Add(alias);
                    details.Facts.Add(new MovedFact("alias", alias.Id, m.Id));
                }
            }

            foreach (var n in m.Nationalities.Where(n => !survivor.Nationalities.Any(s => s.Country == n.Country)).ToList())
            {
                var copy = new PersonNationality { PersonId = survivor.Id, Country = n.Country, Provenance = n.Provenance.Copy() };
                survivor.Nationalities.Add(copy);
                details.Facts.Add(new MovedFact("nationality", copy.Id, m.Id));
            }

            foreach (var d in m.Documents.Where(d => !survivor.Documents.Any(s => s.Type == d.Type && s.NumberNormalized == d.NumberNormalized)).ToList())
            {
                var copy = new IdentityDocument { PersonId = survivor.Id, Type = d.Type, Number = d.Number, NumberNormalized = d.NumberNormalized, IssuingCountry = d.IssuingCountry, Provenance = d.Provenance.Copy() };
                survivor.Documents.Add(copy);
                details.Facts.Add(new MovedFact("document", copy.Id, m.Id));
            }

            m.MergedIntoId = survivor.Id;
        }

        var links = await db.Links.Where(l => mergedIds.Contains(l.FromId) || mergedIds.Contains(l.ToId)).ToListAsync(ct);
        foreach (var link in links)
        {
            var from = mergedIds.Contains(link.FromId) ? survivor.Id : link.FromId;
            var to = mergedIds.Contains(link.ToId) ? survivor.Id : link.ToId;
            if (from == to)
            {
                continue; // a link between two members stays as it was
            }

            details.Links.Add(new MovedLink(link.Id, link.FromId, link.ToId));
            link.FromId = from;
            link.ToId = to;
        }

        var now = db.Clock.GetUtcNow().UtcDateTime;
        var record = new MergeRecord
        {
            ClusterId = cluster.Id,
            SurvivorId = survivor.Id,
            MergedIds = [.. mergedIds.Order()],
            Details = JsonSerializer.Serialize(details, ScreeningService.Json),
            MergedAt = now,
            MergedBy = db.Actor.Name,
        };
        db.MergeRecords.Add(record);
        cluster.Status = ClusterStatus.Confirmed;
        cluster.DecidedAt = now;
        cluster.DecidedBy = db.Actor.Name;
        cluster.MergeRecordId = record.Id;
        db.RecordAudit(AuditActions.Merge, nameof(EntityKind.Person), survivor.Id.ToString(), null, new { merge = record.Id, merged = record.MergedIds, facts = details.Facts.Count, links = details.Links.Count });
        await db.SaveChangesAsync(ct);
        return record.Id;
    }

    /// <summary>Undoes a merge exactly: removes the copied facts, restores link ends, un-merges the records, reopens nothing.</summary>
    public async Task UndoAsync(Guid mergeId, CancellationToken ct = default)
    {
        var record = await db.MergeRecords.FirstOrDefaultAsync(m => m.Id == mergeId, ct) ?? throw new NotFoundException("Merge", mergeId.ToString());
        if (record.UndoneAt is not null)
        {
            throw new ValidationFailedException("merge", Msg.T("Esta fusión ya fue deshecha.", "This merge was already undone."));
        }

        var details = JsonSerializer.Deserialize<MergeDetails>(record.Details, ScreeningService.Json) ?? new MergeDetails();
        var survivor = await db.People.AsSplitQuery().Include(p => p.Aliases).Include(p => p.Nationalities).Include(p => p.Documents)
            .FirstOrDefaultAsync(p => p.Id == record.SurvivorId, ct) ?? throw new NotFoundException("Person", record.SurvivorId.ToString());
        var factIds = details.Facts.Select(f => f.Id).ToHashSet();
        foreach (var a in survivor.Aliases.Where(a => factIds.Contains(a.Id)).ToList())
        {
            survivor.Aliases.Remove(a);
            db.Remove(a);
        }

        foreach (var n in survivor.Nationalities.Where(n => factIds.Contains(n.Id)).ToList())
        {
            survivor.Nationalities.Remove(n);
            db.Remove(n);
        }

        foreach (var d in survivor.Documents.Where(d => factIds.Contains(d.Id)).ToList())
        {
            survivor.Documents.Remove(d);
            db.Remove(d);
        }

        // The merged records are loaded before the links, so that restoring a link's end fixes its navigation to a tracked record.
        var merged = await db.People.Where(p => record.MergedIds.Contains(p.Id) && p.MergedIntoId == record.SurvivorId).ToListAsync(ct);
        foreach (var m in merged)
        {
            m.MergedIntoId = null;
        }

        var linkIds = details.Links.Select(l => l.Id).ToList();
        var links = await db.Links.Where(l => linkIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        foreach (var moved in details.Links)
        {
            if (links.TryGetValue(moved.Id, out var link))
            {
                link.FromId = moved.FromId;
                link.ToId = moved.ToId;
            }
        }

        var now = db.Clock.GetUtcNow().UtcDateTime;
        record.UndoneAt = now;
        record.UndoneBy = db.Actor.Name;
        if (record.ClusterId is { } cid && await db.DuplicateClusters.FirstOrDefaultAsync(c => c.Id == cid, ct) is { } cluster)
        {
            cluster.Status = ClusterStatus.Undone;
            cluster.DecidedAt = now;
            cluster.DecidedBy = db.Actor.Name;
        }

        db.RecordAudit("merge-undo", nameof(EntityKind.Person), record.SurvivorId.ToString(), null, new { merge = record.Id, restored = record.MergedIds });
        await db.SaveChangesAsync(ct);
    }

    private static string Key(IEnumerable<Guid> ids) => string.Join(',', ids.Order());

    private async Task<DuplicateCluster> LoadProposedAsync(Guid id, int? version, CancellationToken ct)
    {
        var cluster = await db.DuplicateClusters.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("Cluster", id.ToString());
        if (cluster.Status != ClusterStatus.Proposed)
        {
            throw new ValidationFailedException("status", Msg.T($"El grupo ya fue decidido ({cluster.Status}).", $"The cluster was already decided ({cluster.Status})."));
        }

        if (version is { } v)
        {
            db.ExpectVersion(cluster, v);
        }

        return cluster;
    }

    /// <summary>A link's factors as stored with its cluster (the level names are looked up again when shown).</summary>
    private static List<StoredFactor> Stored(IReadOnlyList<LinkFactor> factors) =>
        [.. factors.Select(f => new StoredFactor(f.Feature, f.Level, Math.Round(f.Weight, 2), Math.Round(f.FrequencyAdjustment, 2)))];

    private async Task<IReadOnlyList<ClusterView>> ViewsAsync(IReadOnlyList<DuplicateCluster> clusters, CancellationToken ct)
    {
        var ids = clusters.SelectMany(c => c.MemberIds).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.DisplayName, p.Compartment, p.BirthYear, p.BirthMonth, p.BirthDay, p.MergedIntoId }).ToDictionaryAsync(p => p.Id, ct);
        var actor = db.Actor;

        // The facts that explain a pair, for people outside any compartment only. A second query on purpose: a protected
        // person's aliases and documents are read one record at a time with a stated purpose, never in bulk for a list.
        var open = people.Values.Where(p => p.Compartment is null).Select(p => p.Id).ToList();
        var entities = (await db.People.AsNoTracking().AsSplitQuery().Where(p => open.Contains(p.Id))
            .Include(p => p.Aliases).Include(p => p.Nationalities).Include(p => p.Documents).ToListAsync(ct))
            .ToDictionary(p => p.Id, ScreeningService.ToMatchEntity);
        IReadOnlyList<ExplanationView> Explain(PairScore pair) =>
            entities.TryGetValue(pair.A, out var a) && entities.TryGetValue(pair.B, out var b) && a.Names.Count > 0 && b.Names.Count > 0
                ? [.. Scorer.ScorePair(a, b).Items.Select(i => new ExplanationView(i.Code, i.Args, i.Text))]
                : [];
        IReadOnlyList<ExplanationView> Evidence(PairScore pair) =>
            entities.ContainsKey(pair.A) && entities.ContainsKey(pair.B) ? LinkEvidence.Views(pair.Factors ?? []) : [];

        return [.. clusters.Select(c => new ClusterView(
            c.Id,
            c.Status,
            c.MaxScore,
            [.. c.MemberIds.Select(m => people.TryGetValue(m, out var p)
                ? new ClusterMember(m, Access.CompartmentGuard.MaySee(actor, p.Compartment) ? p.DisplayName : Access.CompartmentGuard.Pseudonym(m), p.BirthYear is null ? null : string.Join('-', new[] { p.BirthYear, p.BirthMonth, p.BirthDay }.Where(x => x is not null).Select(x => x!.Value.ToString("00", System.Globalization.CultureInfo.InvariantCulture))), p.MergedIntoId)
                : new ClusterMember(m, "?", null, null))],
            [.. (JsonSerializer.Deserialize<List<PairScore>>(c.Scores, ScreeningService.Json) ?? []).Select(p => new PairView(p.A, p.B, p.Score, Explain(p), Evidence(p)))],
            c.CreatedAt,
            c.DecidedBy,
            c.MergeRecordId,
            c.Version))];
    }

    private sealed class MergeDetails
    {
        public List<MovedFact> Facts { get; set; } = [];

        public List<MovedLink> Links { get; set; } = [];
    }

    private sealed record MovedFact(string Type, Guid Id, Guid From);

    private sealed record MovedLink(Guid Id, Guid FromId, Guid ToId);
}
