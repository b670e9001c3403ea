using System.Security.Claims;
using Istmo.Core.Access;
using Microsoft.AspNetCore.Http;

namespace Istmo.Modules.Access;

/// <summary>Builds the actor from the request's principal; outside a request the actor is the system.</summary>
public sealed class HttpActorAccessor(IHttpContextAccessor http) : IActorAccessor
{
    private const string ItemKey = "istmo:actor";

    public Actor Current
    {
        get
        {
            var context = http.HttpContext;
            if (context is null)
            {
                return ScopedActor.Override ?? Actor.System;
            }

            if (context.Items.TryGetValue(ItemKey, out var cached) && cached is Actor actor)
            {
                return actor;
            }

            actor = FromPrincipal(context.User);
            context.Items[ItemKey] = actor;
            return actor;
        }
    }

    /// <summary>Sets the purpose the current request stated, for the audit entries it will write.</summary>
    public void SetPurpose(string? purpose)
    {
        var context = http.HttpContext;
        if (context is not null)
        {
            context.Items[ItemKey] = Current with { Purpose = string.IsNullOrWhiteSpace(purpose) ? null : purpose.Trim() };
        }
    }

    /// <summary>The actor a principal represents.</summary>
    public static Actor FromPrincipal(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return new Actor(null, "anonymous", "PUBLIC", new HashSet<string>(), new HashSet<string>());
        }

        var id = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : (Guid?)null;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var compartments = principal.FindAll(IstmoClaims.Compartment).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Actor(id, principal.Identity.Name ?? "unknown", principal.FindFirstValue(IstmoClaims.Agency) ?? "?", roles, compartments);
    }
}

/// <summary>Lets CLI commands and workers act as a named user instead of the system.</summary>
public static class ScopedActor
{
    private static readonly AsyncLocal<Actor?> Current = new();

    /// <summary>The actor set for the current async flow, if any.</summary>
    public static Actor? Override => Current.Value;

    /// <summary>Acts as the actor until the returned scope is disposed.</summary>
    public static IDisposable Use(Actor actor)
    {
        var previous = Current.Value;
        Current.Value = actor;
        return new Restore(() => Current.Value = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
