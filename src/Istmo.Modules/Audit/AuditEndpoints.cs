using Istmo.Modules.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Istmo.Modules.Audit;

/// <summary>The audit chain's HTTP API under /api/v1/audit (administrators only).</summary>
public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Policies.AuditRead);
        group.MapGet("/", async (string? actor, string? entityType, string? entityId, DateTime? from, DateTime? to, long? before, int? limit, AuditQuery query, CancellationToken ct) =>
            TypedResults.Ok(await query.ListAsync(new AuditFilter(actor, entityType, entityId, from?.ToUniversalTime(), to?.ToUniversalTime(), before, limit ?? 100), ct)));
        group.MapGet("/verify", async (AuditVerifier verifier, CancellationToken ct) => TypedResults.Ok(await verifier.VerifyAsync(ct)));
        return group;
    }
}
