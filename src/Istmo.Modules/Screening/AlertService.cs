using System.Text.Json;
using Istmo.Core.Errors;
using Istmo.Data;
using Istmo.Data.Screening;
using Istmo.Modules.Access;
using Microsoft.EntityFrameworkCore;

namespace Istmo.Modules.Screening;

/// <summary>One row of the alert queue.</summary>
public sealed record AlertSummary(
    Guid Id, Guid PersonId, string PersonName, string Watchlist, Guid EntryId, string EntrySourceId, string EntryCaption, double Score,
    AlertStatus Status, string? AssignedTo, DateTime CreatedAt, DateTime? DecidedAt, string? DecidedBy, int Version);

/// <summary>The facts of one side of an alert, for side-by-side review.</summary>
public sealed record SideView(string Name, IReadOnlyList<string> Names, string? BirthDate, string? Sex, IReadOnlyList<string> Nationalities, IReadOnlyList<string> Documents);

/// <summary>A comment on an alert.</summary>
public sealed record CommentView(Guid Id, string Author, string Text, DateTime CreatedAt);

/// <summary>An alert with both sides, the feature contributions, the explanation and the comments.</summary>
public sealed record AlertDetail(
    AlertSummary Alert, SideView Person, SideView Candidate, IReadOnlyList<FeatureRow> Features, IReadOnlyList<ExplanationView> Items, string Explanation,
    IReadOnlyList<CommentView> Comments);

/// <summary>One feature's similarity, weight and contribution.</summary>
public sealed record FeatureRow(string Name, double Value, double Weight, double Contribution);

/// <summary>A decision on an alert: Match, FalsePositive or NeedsInformation (Open reopens it); send the version read.</summary>
public sealed record AlertDecision(AlertStatus Status, string? Comment, int? Version);

/// <summary>A comment to add.</summary>
public sealed record CommentInput(string? Text);

/// <summary>Who the alert is assigned to (null clears).</summary>
public sealed record AssignInput(string? AssignedTo);

/// <summary>The alert queue: list, read, decide, comment, assign. Every change is one audited save.</summary>
public sealed class AlertService(IstmoDbContext db)
{
    /// <summary>Alerts, newest first, optionally of one status.</summary>
    public async Task<IReadOnlyList<AlertSummary>> ListAsync(AlertStatus? status = null, int limit = 100, CancellationToken ct = default)
    {
        limit = Math.Clamp(limit, 1, 1000);
        var query = db.ScreeningAlerts.AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(a => a.Status == s);
        }

        var alerts = await query.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id).Take(limit).ToListAsync(ct);
        return await SummariesAsync(alerts, ct);
    }

    /// <summary>Counts per status.</summary>
    public async Task<IReadOnlyDictionary<AlertStatus, int>> CountsAsync(CancellationToken ct = default)
    {
        var rows = await db.ScreeningAlerts.AsNoTracking().GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return Enum.GetValues<AlertStatus>().ToDictionary(s => s, s => rows.FirstOrDefault(r => r.Key == s)?.Count ?? 0);
    }

    /// <summary>One alert with both sides and its explanation.</summary>
    public async Task<AlertDetail> GetAsync(Guid id, CancellationToken ct = default)
    {
        var alert = await db.ScreeningAlerts.AsNoTracking().Include(a => a.Comments).FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new NotFoundException("Alert", id.ToString());
        var summary = (await SummariesAsync([alert], ct))[0];
        var person = await db.People.AsNoTracking().Include(p => p.Aliases).Include(p => p.Nationalities).Include(p => p.Documents)
            .FirstOrDefaultAsync(p => p.Id == alert.PersonId, ct);
        var entry = await db.WatchlistEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == alert.WatchlistEntryId, ct);
        var visible = person is not null && CompartmentGuard.MaySee(db.Actor, person.Compartment);
        var personSide = person is null
            ? new SideView("?", [], null, null, [], [])
            : visible
                ? new SideView(person.DisplayName, [person.DisplayName, .. person.Aliases.Select(a => a.FullName)], person.BirthDateText, person.Sex, [.. person.Nationalities.Select(n => n.Country)], [.. person.Documents.Select(d => $"{d.Type} {d.Number}")])
                : new SideView(CompartmentGuard.Pseudonym(person.Id), [], null, null, [], []);
        var candidate = entry is null
            ? new SideView("?", [], null, null, [], [])
            : new SideView(entry.Caption, entry.Names, entry.BirthDate, entry.Gender, entry.Nationalities, entry.DocumentNumbers);
        var stored = JsonSerializer.Deserialize<StoredExplanation>(alert.Explanation, ScreeningService.Json) ?? new StoredExplanation();
        return new AlertDetail(
            summary,
            personSide,
            candidate,
            [.. stored.Features.Select(f => new FeatureRow(f.Name, Math.Round(f.Value, 4), f.Weight, Math.Round(f.Contribution, 4)))],
            [.. stored.Items.Select(i => new ExplanationView(i.Code, i.Args, i.Text))],
            alert.ExplanationText,
            [.. alert.Comments.OrderBy(c => c.CreatedAt).Select(c => new CommentView(c.Id, c.Author, c.Text, c.CreatedAt))]);
    }

    /// <summary>Records a decision (and an optional comment); a false positive keeps the pair from being raised again.</summary>
    public async Task<int> DecideAsync(Guid id, AlertDecision decision, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(decision.Status))
        {
            throw new ValidationFailedException("status", Msg.T("Decisión no válida: use Match, FalsePositive, NeedsInformation u Open.", "Invalid decision: use Match, FalsePositive, NeedsInformation or Open."));
        }

        var comment = CheckComment(decision.Comment, required: false);
        var alert = await db.ScreeningAlerts.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Alert", id.ToString());
        if (decision.Version is { } v)
        {
            db.ExpectVersion(alert, v);
        }

        alert.Status = decision.Status;
        alert.DecidedAt = decision.Status == AlertStatus.Open ? null : db.Clock.GetUtcNow().UtcDateTime;
        alert.DecidedBy = decision.Status == AlertStatus.Open ? null : db.Actor.Name;
        if (comment is not null)
        {
            db.AlertComments.Add(new AlertComment { AlertId = id, Author = db.Actor.Name, Text = comment, CreatedAt = db.Clock.GetUtcNow().UtcDateTime });
        }

        await db.SaveChangesAsync(ct);
        return alert.Version;
    }

    /// <summary>Adds a comment.</summary>
    public async Task<Guid> CommentAsync(Guid id, string? text, CancellationToken ct = default)
    {
        var clean = CheckComment(text, required: true)!;
        if (!await db.ScreeningAlerts.AnyAsync(a => a.Id == id, ct))
        {
            throw new NotFoundException("Alert", id.ToString());
        }

        var comment = new AlertComment { AlertId = id, Author = db.Actor.Name, Text = clean, CreatedAt = db.Clock.GetUtcNow().UtcDateTime };
        db.AlertComments.Add(comment);
        await db.SaveChangesAsync(ct);
        return comment.Id;
    }

    /// <summary>Assigns the alert to a reviewer (by user name), or clears the assignment.</summary>
    public async Task AssignAsync(Guid id, string? userName, CancellationToken ct = default)
    {
        var clean = RecordText.Clean(userName);
        if (clean is { Length: > 256 })
        {
            throw new ValidationFailedException("assignedTo", Msg.T("Como máximo 256 caracteres.", "At most 256 characters."));
        }

        var alert = await db.ScreeningAlerts.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Alert", id.ToString());
        alert.AssignedTo = clean;
        await db.SaveChangesAsync(ct);
    }

    private static string? CheckComment(string? text, bool required)
    {
        var clean = text?.Trim();
        if (string.IsNullOrEmpty(clean))
        {
            return required ? throw new ValidationFailedException("text", Msg.T("Escriba el comentario.", "Write the comment.")) : null;
        }

        if (clean.Length > 4000)
        {
            throw new ValidationFailedException(required ? "text" : "comment", Msg.T($"El comentario tiene {clean.Length} caracteres; como máximo 4000.", $"The comment has {clean.Length} characters; at most 4000."));
        }

        return clean;
    }

    private async Task<List<AlertSummary>> SummariesAsync(List<ScreeningAlert> alerts, CancellationToken ct)
    {
        var personIds = alerts.Select(a => a.PersonId).Distinct().ToList();
        var entryIds = alerts.Select(a => a.WatchlistEntryId).Distinct().ToList();
        var listIds = alerts.Select(a => a.WatchlistId).Distinct().ToList();
        var people = await db.Entities.AsNoTracking().Where(e => personIds.Contains(e.Id)).Select(e => new { e.Id, e.DisplayName, e.Compartment }).ToDictionaryAsync(e => e.Id, ct);
        var entries = await db.WatchlistEntries.AsNoTracking().Where(e => entryIds.Contains(e.Id)).Select(e => new { e.Id, e.SourceId, e.Caption }).ToDictionaryAsync(e => e.Id, ct);
        var lists = await db.Watchlists.AsNoTracking().Where(w => listIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, ct);
        var actor = db.Actor;
        return [.. alerts.Select(a =>
        {
            var p = people.GetValueOrDefault(a.PersonId);
            var e = entries.GetValueOrDefault(a.WatchlistEntryId);
            var name = p is null ? "?" : CompartmentGuard.MaySee(actor, p.Compartment) ? p.DisplayName : CompartmentGuard.Pseudonym(p.Id);
            return new AlertSummary(a.Id, a.PersonId, name, lists.GetValueOrDefault(a.WatchlistId) ?? "?", a.WatchlistEntryId, e?.SourceId ?? "?", e?.Caption ?? "?",
                a.Score, a.Status, a.AssignedTo, a.CreatedAt, a.DecidedAt, a.DecidedBy, a.Version);
        })];
    }

    private sealed class StoredExplanation
    {
        public List<StoredFeature> Features { get; set; } = [];

        public List<StoredItem> Items { get; set; } = [];
    }

    private sealed class StoredFeature
    {
        public string Name { get; set; } = string.Empty;

        public double Value { get; set; }

        public double Weight { get; set; }

        public double Contribution { get; set; }
    }

    private sealed class StoredItem
    {
        public string Code { get; set; } = string.Empty;

        public List<string> Args { get; set; } = [];

        public string Text { get; set; } = string.Empty;
    }
}
