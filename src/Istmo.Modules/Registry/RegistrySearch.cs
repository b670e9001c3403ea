using Istmo.Core.Text;
using Istmo.Data;
using Istmo.Data.Registry;
using Microsoft.EntityFrameworkCore;

namespace Istmo.Modules.Registry;

/// <summary>
/// Accent- and case-insensitive search by word prefixes: "rodriguez per" finds "Rodríguez Pérez". Each typed word
/// must prefix some word of the record's names or numbers. Uses the indexed token table on both databases.
/// </summary>
public sealed class RegistrySearch(IstmoDbContext db)
{
    /// <summary>Most words of a query that are used; the rest are ignored.</summary>
    public const int MaxQueryTokens = 6;

    public async Task<SearchResult> SearchAsync(string? query, EntityKind? kind = null, int limit = 50, CancellationToken ct = default)
    {
        limit = Math.Clamp(limit, 1, 200);
        var tokens = TextFolding.Tokens(query)
            .Select(t => t.Length > SearchToken.MaxLength ? t[..SearchToken.MaxLength] : t)
            .OrderByDescending(t => t.Length)
            .Take(MaxQueryTokens)
            .ToList();
        if (tokens.Count == 0 || tokens.Sum(t => t.Length) < 2)
        {
            return new SearchResult(query ?? string.Empty, [], false);
        }

        // The longest word drives the scan (likely the most selective); the others must also prefix-match.
        var (lo, hi) = Range(tokens[0]);
        var candidates = db.SearchTokens.Where(t => string.Compare(t.Token, lo) >= 0 && string.Compare(t.Token, hi) < 0).Select(t => t.EntityId);
        var entities = db.Entities.AsNoTracking().Where(e => candidates.Contains(e.Id) && e.MergedIntoId == null);
        foreach (var token in tokens.Skip(1))
        {
            var (l, h) = Range(token);
            entities = entities.Where(e => db.SearchTokens.Any(t => t.EntityId == e.Id && string.Compare(t.Token, l) >= 0 && string.Compare(t.Token, h) < 0));
        }

        if (kind is not null)
        {
            entities = entities.Where(e => e.Kind == kind);
        }

        // A compartmented record is invisible to search unless the reader holds its compartment: even a
        // pseudonymous hit would confirm that, say, a named person is a registered victim.
        var actor = db.Actor;
        var held = actor.Compartments.ToList();
        entities = entities.Where(e => e.Compartment == null || held.Contains(e.Compartment));

        var rows = await entities
            .OrderBy(e => e.DisplayName)
            .Select(e => new { e.Id, e.Kind, e.DisplayName, e.Compartment })
            .Take(limit + 1)
            .ToListAsync(ct);
        var hits = rows.Take(limit).Select(r => new SearchHit(r.Id, r.Kind, r.DisplayName, null, r.Compartment is not null)).ToList();
        return new SearchResult(query ?? string.Empty, hits, rows.Count > limit);
    }

    /// <summary>The half-open ordinal range of strings starting with the prefix.</summary>
    private static (string Low, string High) Range(string prefix) => (prefix, prefix + '\uffff');
}
