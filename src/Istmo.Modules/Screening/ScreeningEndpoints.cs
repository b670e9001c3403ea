using Istmo.Core.Errors;
using Istmo.Data.Screening;
using Istmo.Modules.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Istmo.Modules.Screening;

/// <summary>The screening HTTP API under /api/v1/screening.</summary>
public static class ScreeningEndpoints
{
    public static RouteGroupBuilder MapScreeningApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/screening").WithTags("Screening");

        group.MapPost("/match", async (MatchRequest request, ScreeningService screening, CancellationToken ct) =>
                TypedResults.Ok(await screening.MatchAsync(request, ct)))
            .RequireAuthorization(Policies.ScreeningRead)
            .WithSummary("Scores query entities (FollowTheMoney properties) against the watchlists, as yente's /match does: score, match flag, features, explanation.");

        group.MapGet("/watchlists", async (WatchlistImporter importer, CancellationToken ct) =>
                TypedResults.Ok((await importer.ListAsync(ct)).Select(w => new { w.Id, w.Name, w.Description, w.Source, w.ListVersion, w.EntryCount, w.CreatedAt, w.UpdatedAt })))
            .RequireAuthorization(Policies.ScreeningRead);

        group.MapPost("/watchlists/{name}/import", async (string name, string? format, string? map, string? description, string? source, string? dateOrder, HttpRequest request, WatchlistImporter importer, CancellationToken ct) =>
            {
                var parsedFormat = RecordReaders.ParseFormat(format ?? (request.ContentType?.Contains("csv", StringComparison.OrdinalIgnoreCase) == true ? "csv" : "ftm"))
                    ?? throw new ValidationFailedException("format", Msg.T("Use csv o ftm.", "Use csv or ftm."));
                ColumnMap columns;
                DateOrder? order;
                try
                {
                    columns = ColumnMap.Parse(map);
                }
                catch (FormatException ex)
                {
                    throw new ValidationFailedException("map", FileFormatException.For(ex));
                }

                try
                {
                    order = DateForms.ParseOrder(dateOrder);
                }
                catch (FormatException)
                {
                    throw new ValidationFailedException("dateOrder", Msg.T("Use dmy (día primero), mdy (mes primero) o auto.", "Use dmy (day first), mdy (month first) or auto."));
                }

                // The readers are synchronous; the body is buffered to a temporary file first so no request thread blocks on the network.
                var temp = Path.GetTempFileName();
                try
                {
                    await using (var file = File.Create(temp))
                    {
                        await request.Body.CopyToAsync(file, ct);
                    }

                    await using var input = File.OpenRead(temp);
                    var result = await importer.ImportAsync(name, input, parsedFormat, columns, description, source, null, order, ct);
                    return TypedResults.Ok(new
                    {
                        result.WatchlistId,
                        result.Watchlist,
                        result.ListVersion,
                        result.Changed,
                        result.Read,
                        result.Added,
                        result.Updated,
                        result.Unchanged,
                        result.Removed,
                        result.Skipped,
                        result.RemovalsSkipped,
                        errors = result.Issues.Select(i => new { i.Line, i.RecordId, i.Field, i.Message, i.IsError }),
                    });
                }
                finally
                {
                    File.Delete(temp);
                }
            })
            .RequireAuthorization(Policies.ScreeningWrite)
            .WithSummary("Imports a CSV (?format=csv&map=id=uid,name=full_name) or FtM JSON lines body into the named watchlist; the same file twice changes nothing.");

        group.MapPost("/registry/{personId:guid}", async (Guid personId, ScreeningService screening, CancellationToken ct) =>
                TypedResults.Ok(await screening.ScreenPersonAsync(personId, ct)))
            .RequireAuthorization(Policies.ScreeningWrite)
            .WithSummary("Screens one registry person now; matches become alerts (a pair is never raised twice).");

        group.MapGet("/alerts", async (AlertStatus? status, int? limit, AlertService alerts, CancellationToken ct) =>
                TypedResults.Ok(await alerts.ListAsync(status, limit ?? 100, ct)))
            .RequireAuthorization(Policies.ScreeningRead);

        group.MapGet("/alerts/{id:guid}", async (Guid id, AlertService alerts, CancellationToken ct) => TypedResults.Ok(await alerts.GetAsync(id, ct)))
            .RequireAuthorization(Policies.ScreeningRead);

        group.MapPost("/alerts/{id:guid}/decision", async (Guid id, AlertDecision decision, AlertService alerts, CancellationToken ct) =>
                TypedResults.Ok(new { id, version = await alerts.DecideAsync(id, decision, ct) }))
            .RequireAuthorization(Policies.ScreeningWrite)
            .WithSummary("Adjudicates an alert: Match, FalsePositive or NeedsInformation, with an optional comment.");

        group.MapPost("/alerts/{id:guid}/comments", async (Guid id, CommentInput input, AlertService alerts, CancellationToken ct) =>
            {
                var commentId = await alerts.CommentAsync(id, input.Text, ct);
                return TypedResults.Created($"/api/v1/screening/alerts/{id}", new { id = commentId });
            })
            .RequireAuthorization(Policies.ScreeningWrite);

        group.MapPost("/alerts/{id:guid}/assign", async (Guid id, AssignInput input, AlertService alerts, CancellationToken ct) =>
            {
                await alerts.AssignAsync(id, input.AssignedTo, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ScreeningWrite);

        group.MapPost("/resolve", async (double? threshold, ResolutionService resolution, CancellationToken ct) =>
                TypedResults.Ok(await resolution.ProposeAsync(threshold ?? ResolutionService.DefaultThreshold, ct)))
            .RequireAuthorization(Policies.ScreeningWrite)
            .WithSummary("Runs entity resolution over registry people and stores new duplicate clusters as Proposed.");

        group.MapGet("/clusters", async (ClusterStatus? status, ResolutionService resolution, CancellationToken ct) =>
                TypedResults.Ok(await resolution.ListAsync(status, 200, ct)))
            .RequireAuthorization(Policies.ScreeningRead);

        group.MapPost("/clusters/{id:guid}/confirm", async (Guid id, ConfirmInput? input, ResolutionService resolution, CancellationToken ct) =>
                TypedResults.Ok(new { mergeId = await resolution.ConfirmAsync(id, input?.SurvivorId, input?.Version, ct) }))
            .RequireAuthorization(Policies.ScreeningWrite)
            .RequireAuthorization(Policies.RegistryWrite)
            .WithSummary("Merges the cluster's members into a survivor (facts copied with their provenance, links re-pointed).");

        group.MapPost("/clusters/{id:guid}/reject", async (Guid id, ResolutionService resolution, CancellationToken ct) =>
            {
                await resolution.RejectAsync(id, null, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ScreeningWrite);

        group.MapPost("/merges/{id:guid}/undo", async (Guid id, ResolutionService resolution, CancellationToken ct) =>
            {
                await resolution.UndoAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ScreeningWrite)
            .RequireAuthorization(Policies.RegistryWrite)
            .WithSummary("Undoes a merge exactly.");
        return group;
    }
}
