using Istmo.Data.Registry;
using Istmo.Modules.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Istmo.Modules.Registry;

/// <summary>The registry's HTTP API under /api/v1/registry.</summary>
public static class RegistryEndpoints
{
    public static RouteGroupBuilder MapRegistryApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/registry").WithTags("Registry");

        group.MapGet("/search", async (string? q, EntityKind? kind, int? limit, RegistrySearch search, CancellationToken ct) =>
                TypedResults.Ok(await search.SearchAsync(q, kind, limit ?? 50, ct)))
            .RequireAuthorization(Policies.RegistryRead)
            .WithSummary("Accent- and case-insensitive search by name or number prefix.");

        group.MapGet("/entities/{id:guid}", async (Guid id, [FromHeader(Name = IstmoClaims.PurposeHeader)] string? purpose, HttpActorAccessor actor, RegistryService registry, CancellationToken ct) =>
            {
                actor.SetPurpose(purpose);
                return TypedResults.Ok(await registry.GetAsync(id, purpose, ct));
            })
            .RequireAuthorization(Policies.RegistryRead)
            .WithSummary("An entity with its facts, links and history. Compartmented records need the X-Istmo-Purpose header.");

        group.MapPost("/entities", async (EntityInput input, RegistryService registry, CancellationToken ct) =>
            {
                var id = await registry.CreateAsync(input, ct);
                return TypedResults.Created($"/api/v1/registry/entities/{id}", new { id });
            })
            .RequireAuthorization(Policies.RegistryWrite)
            .WithSummary("Creates a person, organisation, vessel, vehicle, phone, bank account or address.");

        group.MapPut("/entities/{id:guid}", async (Guid id, EntityInput input, [FromHeader(Name = IstmoClaims.PurposeHeader)] string? purpose, HttpActorAccessor actor, RegistryService registry, CancellationToken ct) =>
            {
                actor.SetPurpose(purpose);
                var version = await registry.UpdateAsync(id, input, purpose, ct);
                return TypedResults.Ok(new { id, version });
            })
            .RequireAuthorization(Policies.RegistryWrite)
            .WithSummary("Edits an entity; send the version you read. 409 when someone else saved first.");

        group.MapPost("/links", async (LinkInput input, RegistryService registry, CancellationToken ct) =>
            {
                var id = await registry.LinkAsync(input, ct);
                return TypedResults.Created($"/api/v1/registry/links/{id}", new { id });
            })
            .RequireAuthorization(Policies.RegistryWrite)
            .WithSummary("Links two entities (employs, owns, relative-of, uses-phone, ...).");

        group.MapDelete("/links/{id:guid}", async (Guid id, RegistryService registry, CancellationToken ct) =>
            {
                await registry.DeleteLinkAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.RegistryWrite);

        group.MapGet("/link-types", () => TypedResults.Ok(LinkTypes.All)).RequireAuthorization(Policies.RegistryRead);
        return group;
    }
}
