using System.Security.Claims;
using Istmo.Core.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Istmo.Modules.Access;

/// <summary>Token and user administration under /api/v1.</summary>
public static class AccessEndpoints
{
    /// <summary>A request for a new token.</summary>
    public sealed record NewToken(string Name, List<string> Scopes, DateTime? ExpiresAt);

    public static RouteGroupBuilder MapAccessApi(this RouteGroupBuilder api)
    {
        var tokens = api.MapGroup("/tokens").WithTags("Access").RequireAuthorization(Policies.TokensManage);
        tokens.MapGet("/", async (ClaimsPrincipal user, ApiTokenService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(UserId(user), ct)));
        tokens.MapPost("/", async (NewToken request, ClaimsPrincipal user, ApiTokenService service, CancellationToken ct) =>
        {
            var (info, secret) = await service.CreateAsync(UserId(user), request.Name, request.Scopes ?? [], request.ExpiresAt?.ToUniversalTime(), ct);
            return TypedResults.Created($"/api/v1/tokens/{info.Id}", new { info, secret });
        }).WithSummary("Issues a token; the secret is returned once and never again.");
        tokens.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, ApiTokenService service, CancellationToken ct) =>
            await service.RevokeAsync(UserId(user), id, ct) ? Results.NoContent() : Results.NotFound());

        api.MapGet("/users", async (UserAdminService users, CancellationToken ct) => TypedResults.Ok(await users.ListAsync(ct)))
            .WithTags("Access").RequireAuthorization(Policies.UsersManage);
        api.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(HttpActorAccessor.FromPrincipal(user)))
            .WithTags("Access").RequireAuthorization();
        return api;
    }

    private static Guid UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : throw new AccessDeniedException("no user");
}
