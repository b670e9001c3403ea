using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Istmo.Cli;
using Istmo.Core.Access;
using Istmo.IntegrationTests.Infrastructure;
using Istmo.Modules.Access;
using Istmo.Modules.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.IntegrationTests;

/// <summary>The real server process: refusing to start, dying mid-write, and stopping gracefully.</summary>
public sealed class ServerLifecycleTests
{
    public static TheoryData<string> Engines => TestDatabase.Engines();

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Serve_UnmigratedDatabase_RefusesToStartWithOneLine(string engine)
    {
        await using var db = await TestDatabase.CreateEmptyAsync(engine);

        var result = await CliRunner.RunAsync("serve", "--urls", "http://127.0.0.1:0", "--database", db.ConnectionString);

        Assert.Equal(ExitCodes.DatabaseUnavailable, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("istmo db migrate", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Serve_KilledDuringWrites_LosesNoCommittedDataAndLeavesNoHalfRecord(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var secret = await CreateTokenAsync(db);
        await using var server = ServerProcess.Start(db.DataDirectory, "--database", db.ConnectionString);
        await server.WaitReadyAsync(TimeSpan.FromSeconds(60));
        using var client = new HttpClient { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var acknowledged = new ConcurrentBag<Guid>();
        using var stop = new CancellationTokenSource();

        // Four writers create people with two aliases each until the server dies under them.
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 10_000 && !stop.IsCancellationRequested; i++)
            {
                try
                {
                    var response = await client.PostAsJsonAsync("/api/v1/registry/entities", new
                    {
                        kind = "Person",
                        givenNames = $"Escritor{w}",
                        paternalSurname = $"Prueba{i}",
                        aliases = new[] { $"Alias A {w}-{i}", $"Alias B {w}-{i}" },
                    });
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
                    }
                }
                catch (HttpRequestException)
                {
                    return;
                }
                catch (TaskCanceledException)
                {
                    return;
                }
            }
        })).ToList();
        while (acknowledged.Count < 40)
        {
            await Task.Delay(50);
        }

        server.KillHard();
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        await using var context = db.NewContext();
        var people = await context.People.Include(p => p.Aliases).ToListAsync();
        var creates = await context.AuditEntries.Where(a => a.Action == "create" && a.EntityType == "Person").Select(a => a.EntityId).ToListAsync();
        Assert.All(acknowledged, id => Assert.Contains(people, p => p.Id == id));
        Assert.All(people, p => Assert.Equal(2, p.Aliases.Count));
        Assert.All(people, p => Assert.Contains(p.Id.ToString(), creates));
        await using var platform = Platform.For(db, Actor.System);
        var verification = await platform.InScope(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync());
        Assert.True(verification.IsIntact, verification.Problem);
    }

    [Fact]
    public async Task Serve_Terminated_FinishesInFlightRequestsAndExitsCleanly()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite");
        var secret = await CreateTokenAsync(db);
        await using var server = ServerProcess.Start(db.DataDirectory, "--database", db.ConnectionString);
        await server.WaitReadyAsync(TimeSpan.FromSeconds(60));
        using var client = new HttpClient { BaseAddress = new Uri(server.Url) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

        var inFlight = Enumerable.Range(0, 8).Select(i => client.PostAsJsonAsync("/api/v1/registry/entities", new { kind = "Phone", number = $"+507 6000-00{i:D2}" })).ToList();
        server.Terminate();
        var responses = await Task.WhenAll(inFlight.Select(async t =>
        {
            try
            {
                return (await t).StatusCode;
            }
            catch (HttpRequestException)
            {
                // A request that had not reached the server before it stopped listening is refused, not half-done.
                return HttpStatusCode.ServiceUnavailable;
            }
        }));

        Assert.True(await server.WaitForExitAsync(TimeSpan.FromSeconds(40)), server.Output);
        Assert.Equal(0, server.ExitCode);
        await using var context = db.NewContext();
        Assert.Equal(responses.Count(s => s == HttpStatusCode.Created), await context.Phones.CountAsync());
    }

    private static async Task<string> CreateTokenAsync(TestDatabase db)
    {
        await using var platform = Platform.For(db, Actor.System);
        return await platform.InScope(async sp =>
        {
            var user = await sp.GetRequiredService<UserAdminService>().AddAsync("escritor", "Escritor", Agencies.Police, "Clave-Segura-2026", [Roles.Analyst]);
            return (await sp.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, "kill-test", [Policies.RegistryRead, Policies.RegistryWrite], null)).Secret;
        });
    }
}
