using System.Net.Http.Headers;
using Istmo.Core.Access;
using Istmo.Hosting;
using Istmo.Modules.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.IntegrationTests.Infrastructure;

/// <summary>The real web host, served in memory, over a test database.</summary>
public sealed class ApiHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private ApiHost(WebApplication app) => this.app = app;

    public static async Task<ApiHost> StartAsync(TestDatabase db)
    {
        var app = WebHost.Build(
            new WebHostOptions(db.ConnectionString, "http://127.0.0.1:0", "Production", db.DataDirectory),
            builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return new ApiHost(app);
    }

    /// <summary>A client with no credentials.</summary>
    public HttpClient Anonymous() => app.GetTestClient();

    /// <summary>Creates a user with the roles and a token with the scopes; returns a client sending that token.</summary>
    public async Task<(HttpClient Client, Guid TokenId, Guid UserId)> ClientWithTokenAsync(string[] roles, string[] scopes, string? userName = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserAdminService>()
            .AddAsync(userName ?? "u" + Guid.NewGuid().ToString("N")[..8], "Usuario de prueba", Agencies.Police, "Clave-Segura-2026", roles);
        var (info, secret) = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, "tests", scopes, null);
        var client = app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return (client, info.Id, user.Id);
    }

    public IServiceProvider Services => app.Services;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
