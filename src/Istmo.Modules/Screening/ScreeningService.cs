using System.Text.Json;
using Istmo.Core.Errors;
using Istmo.Data;
using Istmo.Data.Registry;
using Istmo.Data.Screening;
using Istmo.Matching;
using Microsoft.EntityFrameworkCore;

namespace Istmo.Modules.Screening;

/// <summary>The outcome of screening one registry person.</summary>
public sealed record PersonScreening(Guid PersonId, IReadOnlyList<ScoredCandidate> Results, IReadOnlyList<Guid> AlertsCreated);

/// <summary>
/// Screens query entities and registry people against the watchlists. Registry hits at or above the threshold become
/// alerts; a pair already alerted (whatever its decision) is not raised again, and pairs ruled false positives are passed
/// to the engine as adjudications so they are never flagged as matches.
/// </summary>
public sealed class ScreeningService(IstmoDbContext db, ScreeningIndexCache cache)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly HashSet<string> KnownSchemata = new(StringComparer.OrdinalIgnoreCase) { "Person", "Organization", "Company", "LegalEntity", "PublicBody" };

    /// <summary>The indexes of every imported watchlist, or of the one named.</summary>
    public async Task<IReadOnlyList<LoadedIndex>> IndexesAsync(string? watchlist = null, CancellationToken ct = default)
    {
        var lists = await db.Watchlists.AsNoTracking()
            .Where(w => w.ListVersion > 0 && (watchlist == null || w.Name == watchlist))
            .OrderBy(w => w.Name)
            .ToListAsync(ct);
        if (watchlist is not null && lists.Count == 0)
        {
            throw new ValidationFailedException("watchlist", Msg.T($"No existe la lista de vigilancia '{watchlist}'.", $"There is no watchlist named '{watchlist}'."));
        }

        var result = new List<LoadedIndex>(lists.Count);
        foreach (var w in lists)
        {
            result.Add(await cache.GetAsync(db, w, ct));
        }

        return result;
    }

    /// <summary>Scores each query entity against the watchlists (yente /match semantics). Bad input throws <see cref="ValidationFailedException"/> naming e.g. queries.q1.properties.name.</summary>
    public async Task<MatchResponse> MatchAsync(MatchRequest request, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var options = Options(request.Threshold, request.Cutoff, request.Limit, errors);
        if (request.Queries is null || request.Queries.Count == 0)
        {
            errors["queries"] = [Msg.T("Envíe al menos una consulta.", "Send at least one query.")];
        }
        else if (request.Queries.Count > 1000)
        {
            errors["queries"] = [Msg.T("Como máximo 1000 consultas por solicitud.", "At most 1000 queries per request.")];
        }

        var entities = new List<(string Key, MatchQuery Query, MatchEntity Entity)>();
        foreach (var (key, query) in request.Queries ?? [])
        {
            var entity = ToEntity(key, query, $"queries.{key}", errors);
            if (entity is not null)
            {
                entities.Add((key, query, entity));
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var indexes = await IndexesAsync(RecordText.Clean(request.Watchlist), ct);
        var responses = new Dictionary<string, QueryMatches>(StringComparer.Ordinal);
        foreach (var (key, query, entity) in entities)
        {
            var results = Search(indexes, entity, options, $"queries.{key}");
            responses[key] = new QueryMatches(query, results, results.Count);
        }

        return new MatchResponse(responses, options.Threshold, options.Cutoff);
    }

    /// <summary>Screens a registry person now; hits at or above the threshold become alerts (no duplicates).</summary>
    public async Task<PersonScreening> ScreenPersonAsync(Guid personId, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().Include(p => p.Aliases).Include(p => p.Nationalities).Include(p => p.Documents)
            .FirstOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException("Person", personId.ToString());
        return await ScreenPeopleAsync([person], await IndexesAsync(null, ct), ct) is { Count: > 0 } done ? done[0] : new PersonScreening(personId, [], []);
    }

    /// <summary>Screens loaded people against the given indexes and raises alerts for new matching pairs.</summary>
    public async Task<IReadOnlyList<PersonScreening>> ScreenPeopleAsync(IReadOnlyList<Person> people, IReadOnlyList<LoadedIndex> indexes, CancellationToken ct = default)
    {
        var ids = people.Select(p => p.Id).ToList();
        var existing = await db.ScreeningAlerts.AsNoTracking().Where(a => ids.Contains(a.PersonId))
            .Select(a => new { a.PersonId, a.WatchlistEntryId, a.Status }).ToListAsync(ct);
        var adjudications = new Adjudications();
        foreach (var a in existing.Where(a => a.Status == AlertStatus.FalsePositive))
        {
            adjudications.AddFalsePositive(a.PersonId.ToString(), a.WatchlistEntryId.ToString());
        }

        var alerted = existing.Select(a => (a.PersonId, a.WatchlistEntryId)).ToHashSet();
        var options = new MatchOptions { Adjudications = adjudications, Limit = 10 };
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var outcome = new List<PersonScreening>();
        var created = new List<ScreeningAlert>();
        foreach (var person in people.Where(p => p.MergedIntoId is null))
        {
            var entity = ToMatchEntity(person);
            if (entity.Names.Count == 0 && entity.DocumentNumbers.Count == 0)
            {
                outcome.Add(new PersonScreening(person.Id, [], []));
                continue;
            }

            var results = new List<ScoredCandidate>();
            var mine = new List<Guid>();
            foreach (var index in indexes)
            {
                foreach (var r in index.Index.Search(entity, options))
                {
                    var info = index.Candidates[r.CandidateId];
                    results.Add(View(r, info, index.Watchlist));
                    if (r.IsMatch && alerted.Add((person.Id, info.EntryId)))
                    {
                        var alert = new ScreeningAlert
                        {
                            PersonId = person.Id,
                            WatchlistEntryId = info.EntryId,
                            WatchlistId = index.WatchlistId,
                            Score = Math.Round(r.Score, 4),
                            Explanation = JsonSerializer.Serialize(new { features = r.Features, items = r.Items }, Json),
                            ExplanationText = r.Explanation.Length > 4000 ? r.Explanation[..4000] : r.Explanation,
                            Status = AlertStatus.Open,
                            CreatedAt = now,
                            CreatedBy = db.Actor.Name,
                        };
                        created.Add(alert);
                        mine.Add(alert.Id);
                    }
                }
            }

            outcome.Add(new PersonScreening(person.Id, [.. results.OrderByDescending(r => r.Score)], mine));
        }

        if (created.Count > 0)
        {
            db.ScreeningAlerts.AddRange(created);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another node or the background worker raised the same pair first; the unique index kept one.
                db.ChangeTracker.Clear();
                return [.. outcome.Select(o => o with { AlertsCreated = [] })];
            }
        }

        return outcome;
    }

    /// <summary>A registry person as the engine sees it: full name and aliases, structured surnames, birth date, sex, nationalities, documents.</summary>
    public static MatchEntity ToMatchEntity(Person p) => new()
    {
        Id = p.Id.ToString(),
        Schema = EntitySchema.Person,
        Names = [.. new[] { p.Describe() }.Concat(p.Aliases.Select(a => a.FullName)).Select(RecordText.Clean).OfType<string>().Distinct(StringComparer.Ordinal)],
        GivenNames = RecordText.Clean(p.GivenNames),
        PaternalSurname = RecordText.Clean(p.PaternalSurname),
        MaternalSurname = RecordText.Clean(p.MaternalSurname),
        BirthDate = p.BirthYear is int y && y is >= 1 and <= 9999 ? SafeDate(y, p.BirthMonth, p.BirthDay) : null,
        Sex = p.Sex is "M" or "F" ? p.Sex : null,
        Nationalities = [.. p.Nationalities.Select(n => n.Country)],
        DocumentNumbers = [.. p.Documents.Select(d => d.Number)],
    };

    internal static ScoredCandidate View(MatchResult r, CandidateInfo info, string watchlist) => new(
        info.SourceId,
        info.EntryId,
        info.Caption,
        info.Schema,
        Math.Round(r.Score, 4),
        r.IsMatch,
        r.Features.GroupBy(f => f.Name).ToDictionary(g => g.Key, g => new FeatureView(Math.Round(g.First().Value, 4), g.First().Weight, Math.Round(g.First().Contribution, 4))),
        r.Explanation,
        [.. r.Items.Select(i => new ExplanationView(i.Code, i.Args, i.Text))],
        [watchlist]);

    private static PartialDate? SafeDate(int year, int? month, int? day)
    {
        try
        {
            return new PartialDate(year, month, month is null ? null : day);
        }
        catch (ArgumentOutOfRangeException)
        {
            return new PartialDate(year);
        }
    }

    private static List<ScoredCandidate> Search(IReadOnlyList<LoadedIndex> indexes, MatchEntity entity, MatchOptions options, string field)
    {
        var results = new List<ScoredCandidate>();
        foreach (var index in indexes)
        {
            try
            {
                results.AddRange(index.Index.Search(entity, options).Select(r => View(r, index.Candidates[r.CandidateId], index.Watchlist)));
            }
            catch (ArgumentException ex)
            {
                throw new ValidationFailedException(field, ex.Message);
            }
        }

        return [.. results.OrderByDescending(r => r.Score).ThenBy(r => r.Id, StringComparer.Ordinal).Take(options.Limit)];
    }

    private static MatchOptions Options(double? threshold, double? cutoff, int? limit, Dictionary<string, string[]> errors)
    {
        var options = new MatchOptions { Limit = 5 };
        if (threshold is { } t)
        {
            if (double.IsNaN(t) || t is < 0 or > 1)
            {
                errors["threshold"] = [Msg.T("Debe estar entre 0 y 1.", "Must be between 0 and 1.")];
            }
            else
            {
                options = options with { Threshold = t };
            }
        }

        if (cutoff is { } c)
        {
            if (double.IsNaN(c) || c is < 0 or > 1)
            {
                errors["cutoff"] = [Msg.T("Debe estar entre 0 y 1.", "Must be between 0 and 1.")];
            }
            else
            {
                options = options with { Cutoff = c };
            }
        }

        if (limit is { } l)
        {
            if (l is < 1 or > 100)
            {
                errors["limit"] = [Msg.T("Debe estar entre 1 y 100.", "Must be between 1 and 100.")];
            }
            else
            {
                options = options with { Limit = l };
            }
        }

        return options with { Candidates = Math.Max(50, options.Limit * 10) };
    }

    /// <summary>Turns an FtM query into an engine entity, or records why it cannot be one.</summary>
    internal static MatchEntity? ToEntity(string key, MatchQuery? query, string path, Dictionary<string, string[]> errors)
    {
        if (query is null)
        {
            errors[path] = [Msg.T("La consulta está vacía.", "The query is empty.")];
            return null;
        }

        var schemaText = query.Schema ?? "Person";
        if (!KnownSchemata.Contains(schemaText) || !EntitySchemas.TryParse(schemaText, out var schema))
        {
            errors[path + ".schema"] = [Msg.T($"'{Short(schemaText)}' no es Person, Organization ni LegalEntity.", EntitySchemas.NotASchema(Short(schemaText)) + ".")];
            return null;
        }

        var props = query.Properties ?? [];
        List<string> Values(string prop)
        {
            if (!props.TryGetValue(prop, out var list) || list is null)
            {
                return [];
            }

            var values = new List<string>();
            for (int i = 0; i < list.Count; i++)
            {
                var clean = RecordText.Clean(list[i]);
                if (clean is { Length: > RecordText.MaxNameLength })
                {
                    errors[$"{path}.properties.{prop}"] = [Msg.T($"El valor {i + 1} tiene {clean.Length} caracteres; se aceptan como máximo {RecordText.MaxNameLength}.", $"Value {i + 1} has {clean.Length} characters; at most {RecordText.MaxNameLength} are accepted.")];
                }
                else if (clean is not null)
                {
                    values.Add(clean);
                }
            }

            return values;
        }

        var names = Values("name").Concat(Values("alias")).Concat(Values("weakAlias")).Concat(Values("previousName")).Distinct(StringComparer.Ordinal).ToList();
        var parts = FtmNameParts.Read(Values);
        var given = Join(parts.Given);
        var paternal = Join(parts.Paternal);
        var maternal = Join(parts.Maternal);
        if (names.Count == 0 && (given ?? paternal) is { } built)
        {
            names.Add(Join(new[] { given, paternal, maternal }.OfType<string>())!);
        }

        var docs = Values("idNumber").Concat(Values("passportNumber")).Concat(Values("registrationNumber")).Concat(Values("taxNumber")).ToList();
        if (names.Count == 0 && docs.Count == 0)
        {
            errors[$"{path}.properties.name"] = [Msg.T("Se necesita al menos un nombre con letras o un número de documento.", "At least one name with letters, or a document number, is required.")];
        }
        else if (names.Count > 0 && !names.Any(n => n.Any(char.IsLetterOrDigit)))
        {
            errors[$"{path}.properties.name"] = [Msg.T("El nombre no tiene letras ni dígitos.", "The name has no letters or digits.")];
        }

        PartialDate? birth = null;
        var dates = Values("birthDate");
        if (dates.Count > 0)
        {
            var (text, problem) = RecordText.Date(dates[0]);
            if (problem is not null)
            {
                errors[$"{path}.properties.birthDate"] = [Msg.T($"Fecha no válida: {problem} Use AAAA, AAAA-MM o AAAA-MM-DD.", $"Invalid date: {problem} Use YYYY, YYYY-MM or YYYY-MM-DD.")];
            }
            else if (text is not null)
            {
                birth = PartialDate.Parse(text);
            }
        }

        var nationalities = Values("nationality").Concat(Values("citizenship")).Concat(Values("country")).Select(n => n.ToUpperInvariant()).Distinct().ToList();
        var badCountry = nationalities.FirstOrDefault(n => n.Length is < 2 or > 3 || !n.All(char.IsAsciiLetter));
        if (badCountry is not null)
        {
            errors[$"{path}.properties.nationality"] = [Msg.T($"'{Short(badCountry)}' no es un código de país ISO 3166.", $"'{Short(badCountry)}' is not an ISO 3166 country code.")];
        }

        return errors.Keys.Any(k => k.StartsWith(path, StringComparison.Ordinal)) ? null : new MatchEntity
        {
            Id = key,
            Schema = schema,
            Names = names,
            GivenNames = given,
            PaternalSurname = paternal,
            MaternalSurname = maternal,
            BirthDate = birth,
            Sex = Values("gender").FirstOrDefault(),
            Nationalities = nationalities,
            DocumentNumbers = docs,
            Phones = Values("phone"),
        };
    }

    private static string? Join(IEnumerable<string> parts)
    {
        var s = string.Join(' ', parts);
        return s.Length == 0 ? null : s;
    }

    private static string Short(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
