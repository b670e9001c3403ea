using Istmo.Core.Errors;
using Istmo.Data;
using Istmo.Data.Registry;
using Istmo.Modules.Access;
using Microsoft.EntityFrameworkCore;

namespace Istmo.Modules.Registry;

/// <summary>
/// Creates, edits and reads registry entities and their links. Every write is one transaction with its audit
/// entries; every read of a compartmented record checks the compartment and the stated purpose.
/// </summary>
public sealed class RegistryService(IstmoDbContext db, ValidationMessages messages)
{
    /// <summary>Creates an entity from validated input; returns its id.</summary>
    public async Task<Guid> CreateAsync(EntityInput input, CancellationToken ct = default)
    {
        Validate(input);
        var entity = EntityMapper.Create(input.Kind);
        EntityMapper.Apply(entity, input, ProvenanceOf(input));
        entity.Provenance = ProvenanceOf(input);
        db.Entities.Add(entity);
        await db.SaveChangesAsync(ct);
        return entity.Id;
    }

    /// <summary>Applies an edit made on the given version; a concurrent edit makes it fail with a conflict.</summary>
    public async Task<int> UpdateAsync(Guid id, EntityInput input, string? purpose = null, CancellationToken ct = default)
    {
        if (input.Version is null)
        {
            throw new ValidationFailedException(messages.Localize(new Dictionary<string, string[]> { ["version"] = ["VersionRequired"] }));
        }

        var entity = await LoadAsync(id, ct);
        if (entity.Kind != input.Kind)
        {
            throw new ValidationFailedException(messages.Localize(new Dictionary<string, string[]> { ["kind"] = ["Kind"] }));
        }

        Validate(input);
        CompartmentGuard.AuthorizeRead(db, db.Actor, entity.Compartment, entity.Kind.ToString(), id, purpose);
        db.ExpectVersion(entity, input.Version.Value);
        EntityMapper.Apply(entity, input, ProvenanceOf(input));
        await db.SaveChangesAsync(ct);
        return entity.Version;
    }

    /// <summary>The entity with links and history; compartmented records need a purpose, and the read is audited.</summary>
    public async Task<EntityView> GetAsync(Guid id, string? purpose = null, CancellationToken ct = default)
    {
        var entity = await LoadAsync(id, ct);
        CompartmentGuard.AuthorizeRead(db, db.Actor, entity.Compartment, entity.Kind.ToString(), id, purpose);
        if (entity.Compartment is not null)
        {
            await db.SaveChangesAsync(ct);
        }

        var links = await LinksOfAsync(id, ct);
        var idText = id.ToString();
        var history = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityId == idText)
            .OrderByDescending(a => a.Sequence)
            .Take(100)
            .Select(a => new HistoryView(a.Sequence, a.At, a.Actor, a.Agency, a.Action, a.Purpose, a.Summary))
            .ToListAsync(ct);
        var person = entity as Person;
        return new EntityView(
            entity.Id,
            entity.Kind,
            entity.DisplayName,
            entity.Compartment,
            entity.Version,
            entity.CreatedAt,
            entity.UpdatedAt,
            entity.Provenance.SourceAgency,
            entity.Provenance.SourceRecord,
            entity.Provenance.RecordedAt,
            entity.MergedIntoId,
            EntityMapper.Fields(entity),
            person?.Aliases.Select(a => Fact(a.Id, a.FullName, null, a.Provenance)).ToList() ?? [],
            person?.Nationalities.Select(n => Fact(n.Id, n.Country, null, n.Provenance)).ToList() ?? [],
            person?.Documents.Select(d => Fact(d.Id, d.Number, d.Type + (d.IssuingCountry is null ? string.Empty : " · " + d.IssuingCountry), d.Provenance)).ToList() ?? [],
            links,
            history);
    }

    /// <summary>The input that reproduces the entity, for an edit form (same access rules as reading it).</summary>
    public async Task<EntityInput> GetForEditAsync(Guid id, string? purpose = null, CancellationToken ct = default)
    {
        var entity = await LoadAsync(id, ct);
        CompartmentGuard.AuthorizeRead(db, db.Actor, entity.Compartment, entity.Kind.ToString(), id, purpose);
        if (entity.Compartment is not null)
        {
            await db.SaveChangesAsync(ct);
        }

        return EntityMapper.ToInput(entity);
    }

    /// <summary>Links two existing entities; returns the link id.</summary>
    public async Task<Guid> LinkAsync(LinkInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (!LinkTypes.All.Contains(input.Type))
        {
            errors["type"] = ["LinkType"];
        }

        if (input.FromId == input.ToId)
        {
            errors["toId"] = ["LinkSelf"];
        }

        var found = await db.Entities.CountAsync(e => e.Id == input.FromId || e.Id == input.ToId, ct);
        if (found < 2 && input.FromId != input.ToId)
        {
            errors["toId"] = ["LinkTarget"];
        }

        if (input.Note is { Length: > 1000 })
        {
            errors["note"] = ["TooLong"];
        }

        if (input.SourceAgency is not null && !Core.Access.Agencies.IsKnown(input.SourceAgency))
        {
            errors["sourceAgency"] = ["UnknownAgency"];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(messages.Localize(errors));
        }

        var link = new EntityLink
        {
            FromId = input.FromId,
            ToId = input.ToId,
            Type = input.Type,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            Provenance = new Provenance { SourceAgency = input.SourceAgency ?? db.Actor.Agency, SourceRecord = input.SourceRecord },
        };
        db.Links.Add(link);
        await db.SaveChangesAsync(ct);
        return link.Id;
    }

    /// <summary>Removes a link (the audit chain keeps what it was).</summary>
    public async Task DeleteLinkAsync(Guid linkId, CancellationToken ct = default)
    {
        var link = await db.Links.FirstOrDefaultAsync(l => l.Id == linkId, ct) ?? throw new NotFoundException("Link", linkId.ToString());
        db.Links.Remove(link);
        await db.SaveChangesAsync(ct);
    }

    private async Task<List<LinkView>> LinksOfAsync(Guid id, CancellationToken ct)
    {
        var rows = await db.Links.AsNoTracking()
            .Where(l => l.FromId == id || l.ToId == id)
            .Select(l => new
            {
                Link = l,
                Other = l.FromId == id ? l.To! : l.From!,
            })
            .Select(x => new { x.Link, x.Other.Id, x.Other.Kind, x.Other.DisplayName, x.Other.Compartment })
            .Take(500)
            .ToListAsync(ct);
        var actor = db.Actor;
        return rows.Select(r => new LinkView(
                r.Link.Id,
                r.Link.Type,
                r.Link.FromId == id,
                r.Id,
                r.Kind,
                CompartmentGuard.MaySee(actor, r.Compartment) ? r.DisplayName : CompartmentGuard.Pseudonym(r.Id),
                r.Link.Note,
                r.Link.Provenance.SourceAgency,
                r.Link.Provenance.SourceRecord,
                r.Link.Provenance.RecordedAt,
                r.Link.Version))
            .OrderBy(l => l.Type, StringComparer.Ordinal).ThenBy(l => l.OtherName, StringComparer.CurrentCulture)
            .ToList();
    }

    private async Task<RegistryEntity> LoadAsync(Guid id, CancellationToken ct)
    {
        var entity = await db.Entities.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException("Entity", id.ToString());
        if (entity is Person person)
        {
            await db.Entry(person).Collection(p => p.Aliases).LoadAsync(ct);
            await db.Entry(person).Collection(p => p.Nationalities).LoadAsync(ct);
            await db.Entry(person).Collection(p => p.Documents).LoadAsync(ct);
        }

        return entity;
    }

    private void Validate(EntityInput input)
    {
        var errors = EntityValidator.Validate(input);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(messages.Localize(errors));
        }
    }

    private Provenance ProvenanceOf(EntityInput input) =>
        new() { SourceAgency = input.SourceAgency ?? db.Actor.Agency, SourceRecord = string.IsNullOrWhiteSpace(input.SourceRecord) ? null : input.SourceRecord.Trim() };

    private static FactView Fact(Guid id, string value, string? detail, Provenance p) => new(id, value, detail, p.SourceAgency, p.SourceRecord, p.RecordedAt);
}
