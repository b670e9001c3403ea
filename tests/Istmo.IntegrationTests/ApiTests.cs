using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Istmo.Core.Access;
using Istmo.IntegrationTests.Infrastructure;
using Istmo.Modules.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.IntegrationTests;

public sealed class ApiTests
{
    private static readonly string[] AnalystRoles = [Roles.Analyst];
    private static readonly string[] ReadWrite = [Policies.RegistryRead, Policies.RegistryWrite];

    public static TheoryData<string> Engines => TestDatabase.Engines();

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task PostEntity_ThenSearchAndGet_ReturnsPersonWithLinks(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var host = await ApiHost.StartAsync(db);
        var (client, _, _) = await host.ClientWithTokenAsync(AnalystRoles, ReadWrite);

        var person = await client.PostAsJsonAsync("/api/v1/registry/entities", new
        {
            kind = "Person",
            givenNames = "Itzel",
            paternalSurname = "Jaén",
            maternalSurname = "Araúz",
            birthDate = "1990",
            nationalities = new[] { "PA" },
        });
        var org = await client.PostAsJsonAsync("/api/v1/registry/entities", new { kind = "Organisation", legalName = "Agencia Empleos Globales S.A." });
        var personId = (await person.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var orgId = (await org.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var link = await client.PostAsJsonAsync("/api/v1/registry/links", new { fromId = orgId, toId = personId, type = "employs" });
        var search = await client.GetFromJsonAsync<JsonElement>("/api/v1/registry/search?q=itzel%20jaen%20arauz");
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/registry/entities/{personId}");

        Assert.Equal(HttpStatusCode.Created, person.StatusCode);
        Assert.Equal($"/api/v1/registry/entities/{personId}", person.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Created, link.StatusCode);
        Assert.Equal(personId, search.GetProperty("hits")[0].GetProperty("id").GetGuid());
        Assert.Equal("Itzel Jaén Araúz", detail.GetProperty("displayName").GetString());
        Assert.Equal("Person", detail.GetProperty("kind").GetString());
        Assert.Equal("employs", detail.GetProperty("links")[0].GetProperty("type").GetString());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task PostEntity_InvalidFields_ReturnsProblemDetailsNamingFieldsInLanguage(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var host = await ApiHost.StartAsync(db);
        var (client, _, _) = await host.ClientWithTokenAsync(AnalystRoles, ReadWrite);

        var spanish = await client.PostAsJsonAsync("/api/v1/registry/entities", new { kind = "Person", givenNames = "", paternalSurname = "Núñez", birthDate = "1990-02-30" });
        var english = await client.PostAsJsonAsync("/api/v1/registry/entities?culture=en", new { kind = "Person", givenNames = "", paternalSurname = "Núñez" });
        var problem = await spanish.Content.ReadFromJsonAsync<JsonElement>();
        var englishProblem = await english.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, spanish.StatusCode);
        Assert.Equal("application/problem+json", spanish.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Este campo es obligatorio.", problem.GetProperty("errors").GetProperty("givenNames")[0].GetString());
        Assert.Equal("Ese día no existe en ese mes.", problem.GetProperty("errors").GetProperty("birthDate")[0].GetString());
        Assert.Equal("This field is required.", englishProblem.GetProperty("errors").GetProperty("givenNames")[0].GetString());
        await using var context = db.NewContext();
        Assert.Equal(0, await context.Entities.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task PostEntity_MalformedJson_ReturnsProblemNamingTheField(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var host = await ApiHost.StartAsync(db);
        var (client, _, _) = await host.ClientWithTokenAsync(AnalystRoles, ReadWrite);

        var wrongEnum = await client.PostAsync("/api/v1/registry/entities", new StringContent("{\"kind\":\"Dragon\"}", Encoding.UTF8, "application/json"));
        var truncated = await client.PostAsync("/api/v1/registry/entities", new StringContent("{\"kind\":\"Person\",", Encoding.UTF8, "application/json"));
        var problem = await wrongEnum.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, wrongEnum.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("kind", out _));
        Assert.Equal(HttpStatusCode.BadRequest, truncated.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task PutEntity_StaleVersion_Returns409(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var host = await ApiHost.StartAsync(db);
        var (client, _, _) = await host.ClientWithTokenAsync(AnalystRoles, ReadWrite);
        var created = await client.PostAsJsonAsync("/api/v1/registry/entities", new { kind = "Phone", number = "+507 6123-4567" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var first = await client.PutAsJsonAsync($"/api/v1/registry/entities/{id}", new { kind = "Phone", number = "+507 6123-4568", version = 0 });
        var second = await client.PutAsJsonAsync($"/api/v1/registry/entities/{id}", new { kind = "Phone", number = "+507 6123-4569", version = 0 });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/registry/entities/{id}");
        Assert.Equal("+507 6123-4568", detail.GetProperty("fields").GetProperty("number").GetString());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Tokens_ScopeRevocationAndAnonymous_AreEnforced(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var host = await ApiHost.StartAsync(db);
        var (reader, tokenId, userId) = await host.ClientWithTokenAsync(AnalystRoles, [Policies.RegistryRead]);

        var anonymous = await host.Anonymous().GetAsync("/api/v1/registry/search?q=ana");
        var bogus = host.Anonymous();
        bogus.DefaultRequestHeaders.Authorization = new("Bearer", "istmo_not-a-real-token");
        var bogusResponse = await bogus.GetAsync("/api/v1/registry/search?q=ana");
        var read = await reader.GetAsync("/api/v1/registry/search?q=ana");
        var write = await reader.PostAsJsonAsync("/api/v1/registry/entities", new { kind = "Phone", number = "+50761234567" });
        var audit = await reader.GetAsync("/api/v1/audit");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApiTokenService>().RevokeAsync(userId, tokenId);
        }

        var afterRevoke = await reader.GetAsync("/api/v1/registry/search?q=ana");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, bogusResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        await using var context = db.NewContext();
        var stored = await context.ApiTokens.SingleAsync();
        Assert.DoesNotContain("istmo_", stored.Hash, StringComparison.Ordinal);
        Assert.Equal(64, stored.Hash.Length);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task GetProtectedEntity_WithoutPurposeHeader_Returns403AskingForPurpose(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var host = await ApiHost.StartAsync(db);
        var (client, _, _) = await host.ClientWithTokenAsync([Roles.VictimCaseworker], ReadWrite);
        var created = await client.PostAsJsonAsync("/api/v1/registry/entities", new { kind = "Person", givenNames = "Kathia", paternalSurname = "Vergara", compartment = "victims" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var withoutPurpose = await client.GetAsync($"/api/v1/registry/entities/{id}");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/registry/entities/{id}");
        request.Headers.Add(IstmoClaims.PurposeHeader, "Verificar datos para referencia");
        var withPurpose = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, withoutPurpose.StatusCode);
        Assert.True((await withoutPurpose.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("purposeRequired").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, withPurpose.StatusCode);
        await using var context = db.NewContext();
        Assert.Equal("Verificar datos para referencia", (await context.AuditEntries.SingleAsync(a => a.Action == "sensitive-read")).Purpose);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task HealthAndOpenApi_AreServed(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var host = await ApiHost.StartAsync(db);
        var client = host.Anonymous();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");
        var openApi = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/v1/registry/search", out _));
    }
}
