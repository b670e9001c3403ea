using Istmo.Cli;
using Istmo.Core.Access;
using Istmo.Modules.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.IntegrationTests.Infrastructure;

/// <summary>The platform's services over a test database, as the CLI builds them, acting as a chosen actor.</summary>
public sealed class Platform : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly Actor actor;

    private Platform(ServiceProvider services, Actor actor)
    {
        this.services = services;
        this.actor = actor;
    }

    public static Platform For(TestDatabase db, Actor actor) => new(CliServices.Build(db.ConnectionString), actor);

    /// <summary>Runs the body in a new scope (a new DbContext), as one request would.</summary>
    public async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> body)
    {
        using var acting = ScopedActor.Use(actor);
        await using var scope = services.CreateAsyncScope();
        return await body(scope.ServiceProvider);
    }

    public async Task InScope(Func<IServiceProvider, Task> body)
    {
        using var acting = ScopedActor.Use(actor);
        await using var scope = services.CreateAsyncScope();
        await body(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
    }
}

/// <summary>Actors used by the tests.</summary>
public static class TestActors
{
    public static Actor Analyst { get; } = new(Guid.NewGuid(), "ana.analista", Agencies.Police, new HashSet<string> { Roles.Analyst }, new HashSet<string>());

    public static Actor Caseworker { get; } = new(Guid.NewGuid(), "carla.caso", Agencies.Upavit, new HashSet<string> { Roles.VictimCaseworker }, new HashSet<string> { Compartments.Victims });
}
